// The work-plan proposal (propose.h): scoring, the greedy construction, the
// local search, and the final check with repair.
//
// [SECTION] Score
// [SECTION] State and changes
// [SECTION] Greedy construction
// [SECTION] Moves
// [SECTION] Proposer
// [SECTION] Result
#include <algorithm>
#include <cmath>
#include <limits>
#include <set>

#include "core/propose.h"
#include "core/propose_detail.h"
#include "core/rules/rules.h"

namespace bpa {

using namespace propose_detail;

namespace {

// [SECTION] Score --------------------------------------------------------------------------
// One cost, lower is better. The weights keep CONTRACT.md's order: a minute of
// cover outweighs any change of hours one slot can make, and so on down.
constexpr double w_uncovered = 100.0;  // per assistant-minute of need without a slot holder
constexpr double w_hours = 10.0;       // per (hour a week off the contract)^2
constexpr double w_fair = 5.0;         // per (slot off the fair share)^2, per week of the period
constexpr double w_fragment = 20.0;    // per split day: two pieces less than 8 h apart
constexpr double w_continuity = 2.0;   // per slot held by someone else than the week before
constexpr double w_wish = 1.0;         // per slot on a day that is not a preferred weekday

constexpr int64_t split_gap = 8 * 60;

}  // namespace

// The proposer's state holds these (Proposer::State, propose.h): a named
// namespace, as a member's type must have a name outside this file.
namespace propose_state {

enum Category { Night, Weekend, Sunday, category_count };

struct Tally {
    int64_t minutes = 0;         // work inside the period, file shifts included
    int count[category_count] = {0, 0, 0};
    int fragments = 0;
    int wish_missed = 0;
};

// splitmix64: small, fast, and the same on every platform.
struct Random {
    uint64_t s;
    uint64_t next() {
        uint64_t z = (s += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    int below(int n) { return n <= 1 ? 0 : int(next() % uint64_t(n)); }
};

}  // namespace propose_state

using namespace propose_state;

namespace {

int split(const Piece* a, const Piece* b) {
    if (!a || !b) return 0;
    const int64_t gap = b->start - a->end;
    return gap > 0 && gap < split_gap ? 1 : 0;
}

}  // namespace

// [SECTION] State and changes ----------------------------------------------------------------
struct Proposer::State {
    Document doc;
    ProposeOptions options;
    Limits limits;
    Calendar cal;
    Demand demand;
    std::vector<Slot> slots;
    std::vector<Worker> workers;            // in document order of assistants
    std::vector<double> contract;           // hours a week
    std::vector<double> share;              // of nights, weekends and Sundays
    std::vector<Tally> tally;
    int totals[category_count] = {0, 0, 0};
    std::vector<int> holder;                // per slot: worker index or -1
    int64_t open_minutes = 0;               // slot minutes without a holder
    int continuity_breaks = 0;
    std::vector<std::vector<int>> slots_by_day;  // by day of the period the slot starts on

    Random random{1};
    std::vector<double> history;            // late acceptance
    int64_t iterations = 0;
    int64_t max_iterations = 0;
    bool stopped = false;
    double current = 0;
    std::vector<int> best;
    double best_cost = 0;
    int64_t best_open = 0;
    std::vector<std::pair<int, int>> journal;  // (slot, previous holder) of the move under way

    double cost() const {
        const double weeks = double(cal.weeks);
        double c = w_uncovered * double(open_minutes) + w_continuity * continuity_breaks;
        for (size_t a = 0; a < workers.size(); ++a) {
            const Tally& t = tally[a];
            const double off = double(t.minutes) / 60.0 / weeks - contract[a];
            c += w_hours * off * off + w_fragment * t.fragments + w_wish * t.wish_missed;
            for (int k = 0; k < category_count; ++k) {
                const double dev = double(t.count[k]) - share[a] * double(totals[k]);
                c += w_fair * dev * dev / weeks;
            }
        }
        return c;
    }

    int continuity_of(int i) const {
        const Slot& s = slots[size_t(i)];
        const int h = holder[size_t(i)];
        if (h < 0) return 0;
        int n = 0;
        for (int other : {s.week_before, s.week_after})
            if (other >= 0 && holder[size_t(other)] >= 0 && holder[size_t(other)] != h) ++n;
        return n;
    }

    void count(const Slot& s, int w, int sign) {
        Tally& t = tally[size_t(w)];
        t.minutes += sign * s.length();
        const bool in[category_count] = {s.night, s.weekend, s.sunday};
        for (int k = 0; k < category_count; ++k)
            if (in[k]) {
                t.count[k] += sign;
                totals[k] += sign;
            }
        const auto& preferred = workers[size_t(w)].preferred;
        if (!preferred.empty() && std::find(preferred.begin(), preferred.end(), int(s.weekday)) == preferred.end())
            t.wish_missed += sign;
    }

    // Gives slot i to worker w (-1: nobody); the caller has checked can_take.
    void set(int i, int w, bool record = true) {
        const int old = holder[size_t(i)];
        if (old == w) return;
        if (record) journal.emplace_back(i, old);
        const Slot& s = slots[size_t(i)];
        continuity_breaks -= continuity_of(i);
        if (old >= 0) {
            Worker& k = workers[size_t(old)];
            k.remove(s, i);
            const Piece self{s.start, s.end, i, s.passive};
            auto [before, after] = k.neighbours(s.start, s.end);
            tally[size_t(old)].fragments += split(before, after) - split(before, &self) - split(&self, after);
            count(s, old, -1);
            open_minutes += s.length();
        }
        holder[size_t(i)] = w;
        if (w >= 0) {
            Worker& k = workers[size_t(w)];
            const Piece self{s.start, s.end, i, s.passive};
            auto [before, after] = k.neighbours(s.start, s.end);
            tally[size_t(w)].fragments += split(before, &self) + split(&self, after) - split(before, after);
            k.add(s, i);
            count(s, w, +1);
            open_minutes -= s.length();
        }
        continuity_breaks += continuity_of(i);
    }

    void undo() {
        for (auto it = journal.rbegin(); it != journal.rend(); ++it) set(it->first, it->second, false);
        journal.clear();
    }

    bool can(int w, int i) const { return workers[size_t(w)].can_take(slots[size_t(i)]); }

    // The worker that can take slot i at the lowest cost; -1 if none.
    int best_worker(int i, int except = -1) {
        int chosen = -1;
        double lowest = std::numeric_limits<double>::infinity();
        for (int w = 0; w < int(workers.size()); ++w) {
            if (w == except || !can(w, i)) continue;
            set(i, w, false);
            const double c = cost();
            set(i, -1, false);
            if (c < lowest) {
                lowest = c;
                chosen = w;
            }
        }
        return chosen;
    }

    // [SECTION] Greedy construction ----------------------------------------------------------
    // Slots in time order, each to the worker that costs least now.
    void construct() {
        for (int i = 0; i < int(slots.size()); ++i) {
            const int w = best_worker(i);
            if (w >= 0) set(i, w, false);
        }
    }

    // [SECTION] Moves ---------------------------------------------------------------------------
    int random_open_slot() {
        for (int tries = 0; tries < 32; ++tries) {
            const int i = random.below(int(slots.size()));
            if (holder[size_t(i)] < 0) return i;
        }
        return -1;
    }

    // Slot i to another worker.
    bool change() {
        int i = open_minutes > 0 && random.below(2) == 0 ? random_open_slot() : -1;
        if (i < 0) i = random.below(int(slots.size()));
        const int w = random.below(int(workers.size()));
        if (w == holder[size_t(i)] || !can(w, i)) return false;
        set(i, w);
        return true;
    }

    // Two slots a few days apart change holders.
    bool swap() {
        const int i = random.below(int(slots.size()));
        const int a = holder[size_t(i)];
        if (a < 0) return false;
        const int day = std::clamp((slots[size_t(i)].first_day - cal.from).count + random.below(5) - 2, 0,
                                   int(slots_by_day.size()) - 1);
        const auto& candidates = slots_by_day[size_t(day)];
        if (candidates.empty()) return false;
        const int j = candidates[size_t(random.below(int(candidates.size())))];
        const int b = holder[size_t(j)];
        if (b < 0 || b == a) return false;
        set(i, -1);
        set(j, -1);
        if (!can(b, i)) return false;
        set(i, b);
        if (!can(a, j)) return false;
        set(j, a);
        return true;
    }

    // Two workers change all their slots on 1..7 following days.
    bool block_swap() {
        const int a = random.below(int(workers.size())), b = random.below(int(workers.size()));
        if (a == b) return false;
        const int first = random.below(int(slots_by_day.size()));
        const int last = std::min(int(slots_by_day.size()), first + 1 + random.below(7));
        std::vector<int> moved;
        for (int d = first; d < last; ++d)
            for (int i : slots_by_day[size_t(d)])
                if (holder[size_t(i)] == a || holder[size_t(i)] == b) moved.push_back(i);
        if (moved.empty()) return false;
        std::vector<int> to;
        for (int i : moved) to.push_back(holder[size_t(i)] == a ? b : a);
        for (int i : moved) set(i, -1);
        for (size_t k = 0; k < moved.size(); ++k) {
            if (!can(to[k], moved[k])) return false;
            set(moved[k], to[k]);
        }
        return true;
    }

    // An open slot to a worker who must first give up the slots near it; those go to the best other worker.
    bool kick() {
        const int i = random_open_slot();
        if (i < 0) return false;
        const int w = random.below(int(workers.size()));
        const Slot& s = slots[size_t(i)];
        std::vector<int> released;
        for (const Piece& p : workers[size_t(w)].pieces())
            if (p.slot >= 0 && p.end > s.start - 2 * minutes_per_day && p.start < s.end + 2 * minutes_per_day)
                released.push_back(p.slot);
        if (released.empty()) return false;
        for (int r : released) set(r, -1);
        if (!can(w, i)) return false;
        set(i, w);
        for (int r : released) {
            const int other = best_worker(r, w);
            if (other >= 0) set(r, other);
        }
        return true;
    }

    bool move() {
        const int roll = random.below(100);
        if (roll < 15 && open_minutes > 0) return kick();
        if (roll < 45) return change();
        if (roll < 80) return swap();
        return block_swap();
    }

    void keep_if_best() {
        if (current < best_cost - 1e-9) {
            best_cost = current;
            best = holder;
            best_open = open_minutes;
        }
    }
};

// [SECTION] Proposer -----------------------------------------------------------------------------
Proposer::Proposer(const Document& doc, const ProposeOptions& options) : state_(std::make_unique<State>()) {
    State& s = *state_;
    s.doc = doc;
    s.options = options;
    s.options.weeks = std::clamp(options.weeks, 1, 12);
    s.limits = limits_of(doc);
    s.cal = calendar_of(doc.arrangement.jurisdiction, options.from, s.options.weeks);
    s.demand = demand_of(doc, read_plan(doc).need, s.cal);
    s.slots = make_slots(s.demand, s.cal, s.limits);
    s.slots_by_day.assign(size_t(7 * s.cal.weeks), {});
    for (int i = 0; i < int(s.slots.size()); ++i) {
        const int day = std::clamp((s.slots[size_t(i)].first_day - s.cal.from).count, 0, 7 * s.cal.weeks - 1);
        s.slots_by_day[size_t(day)].push_back(i);
    }

    std::set<std::string> seen;
    const auto& included = options.assistants;
    for (const Assistant& a : doc.assistants) {
        if (!included.empty() && std::find(included.begin(), included.end(), a.id) == included.end()) continue;
        if (!seen.insert(a.id).second) continue;
        s.workers.emplace_back(s.doc, *s.doc.find_assistant(a.id), s.limits, s.cal);
        s.contract.push_back(a.contract_hours_per_week);
    }
    double total = 0;
    for (double c : s.contract) total += c;
    for (double c : s.contract) s.share.push_back(total > 0 ? c / total : 1.0 / double(s.contract.size()));

    // The file's own work in the period counts for hours and fairness.
    s.tally.assign(s.workers.size(), Tally{});
    for (size_t w = 0; w < s.workers.size(); ++w) {
        for (const Piece& p : s.workers[w].pieces()) {
            const int64_t a = std::max(p.start, s.cal.p0), b = std::min(p.end, s.cal.p1);
            if (b <= a) continue;
            s.tally[w].minutes += b - a;
            bool in[category_count] = {false, false, false};
            classify(s.cal, a, b, in[Night], in[Weekend], in[Sunday]);
            for (int k = 0; k < category_count; ++k)
                if (in[k]) {
                    s.tally[w].count[k]++;
                    s.totals[k]++;
                }
        }
    }
    s.holder.assign(s.slots.size(), -1);
    for (const Slot& slot : s.slots) s.open_minutes += slot.length();

    if (!s.workers.empty()) s.construct();
    s.random = Random{options.seed};
    s.current = s.cost();
    s.best = s.holder;
    s.best_cost = s.current;
    s.best_open = s.open_minutes;
    s.history.assign(size_t(std::max<size_t>(200, s.slots.size())), s.current);
    s.max_iterations = options.max_iterations >= 0 ? options.max_iterations
                                                   : std::clamp<int64_t>(int64_t(s.slots.size()) * 1500, 20000, 1500000);
    if (s.workers.empty() || s.slots.empty()) s.max_iterations = 0;
}

Proposer::~Proposer() = default;

bool Proposer::step(int64_t max_iterations) {
    State& s = *state_;
    for (int64_t n = 0; n < max_iterations && !s.stopped && s.iterations < s.max_iterations; ++n) {
        s.journal.clear();
        const bool moved = s.move();
        if (moved) {
            const double c = s.cost();
            double& past = s.history[size_t(s.iterations % int64_t(s.history.size()))];
            if (c <= s.current || c <= past) {
                s.current = c;
                s.keep_if_best();
            } else {
                s.undo();
            }
            if (s.current < past) past = s.current;
        } else {
            s.undo();
        }
        ++s.iterations;
    }
    return s.stopped || s.iterations >= s.max_iterations;
}

void Proposer::cancel() { state_->stopped = true; }

ProposeProgress Proposer::progress() const {
    const State& s = *state_;
    ProposeProgress p;
    p.iterations = s.iterations;
    p.max_iterations = s.max_iterations;
    p.done = s.stopped || s.iterations >= s.max_iterations;
    p.fraction = p.done || s.max_iterations == 0 ? 1.0 : double(s.iterations) / double(s.max_iterations);
    return p;
}

double Proposer::score() const { return state_->best_cost; }
int64_t Proposer::best_uncovered_minutes() const { return state_->best_open; }

// [SECTION] Result -------------------------------------------------------------------------------
Proposal Proposer::result() const {
    const State& s = *state_;
    Proposal out;

    // Each worker's slots, touching ones of the same kind joined into one shift.
    struct Stretch { int64_t start, end; bool passive; size_t worker; };
    std::vector<Stretch> stretches;
    for (size_t w = 0; w < s.workers.size(); ++w) {
        std::vector<const Slot*> mine;
        for (size_t i = 0; i < s.slots.size(); ++i)
            if (s.best[i] == int(w)) mine.push_back(&s.slots[i]);
        std::sort(mine.begin(), mine.end(), [](const Slot* a, const Slot* b) { return a->start < b->start; });
        for (const Slot* slot : mine) {
            if (!stretches.empty() && stretches.back().worker == w && stretches.back().end == slot->start &&
                stretches.back().passive == slot->passive)
                stretches.back().end = slot->end;
            else
                stretches.push_back(Stretch{slot->start, slot->end, slot->passive, w});
        }
    }
    // A break for each block of touching shifts, on its first shift.
    std::vector<int> breaks(stretches.size(), 0);
    for (size_t k = 0; k < stretches.size();) {
        size_t m = k + 1;
        while (m < stretches.size() && stretches[m].worker == stretches[k].worker && stretches[m].start == stretches[m - 1].end) ++m;
        breaks[k] = break_for(s.limits, stretches[m - 1].end - stretches[k].start);
        k = m;
    }

    const std::string first_id = s.doc.next_id("s");
    long long number = std::stoll(first_id.substr(1));
    std::vector<Shift> shifts;
    for (size_t k = 0; k < stretches.size(); ++k) {
        Shift shift;
        shift.id = "s" + std::to_string(number++);
        shift.assistant = s.workers[stretches[k].worker].assistant->id;
        shift.start = s.cal.local(stretches[k].start);
        shift.end = s.cal.local(stretches[k].end);
        shift.break_minutes = breaks[k];
        shift.passive_night = stretches[k].passive;
        shift.status = ShiftStatus::Planned;
        shift.extra = Json{{"origin", "proposal"}};
        shifts.push_back(std::move(shift));
    }

    // check() is the judge: a proposed shift in an error drops out, the latest
    // of the proposed shifts in each such violation first, until none is left.
    for (int round = 0; round < 1000; ++round) {
        Document d = s.doc;
        d.shifts.insert(d.shifts.end(), shifts.begin(), shifts.end());
        std::set<std::string> proposed;
        for (const Shift& x : shifts) proposed.insert(x.id);
        std::set<std::string> drop;
        for (const Violation& v : check(d)) {
            if (v.severity != Severity::Error) continue;
            const Shift* latest = nullptr;
            for (const std::string& id : v.shifts) {
                if (!proposed.count(id)) continue;
                auto it = std::find_if(shifts.begin(), shifts.end(), [&](const Shift& x) { return x.id == id; });
                if (!latest || latest->start < it->start) latest = &*it;
            }
            if (latest) drop.insert(latest->id);
        }
        if (drop.empty()) break;
        out.dropped_by_check += int(drop.size());
        std::erase_if(shifts, [&](const Shift& x) { return drop.count(x.id) > 0; });
    }

    std::stable_sort(shifts.begin(), shifts.end(), [](const Shift& a, const Shift& b) { return a.start < b.start; });
    std::vector<const Shift*> all;
    for (const Shift& x : s.doc.shifts) all.push_back(&x);
    for (const Shift& x : shifts) all.push_back(&x);
    out.uncovered_minutes = uncovered_minutes(s.demand, s.cal, all);
    out.uncovered = uncovered_spans(s.demand, s.cal, all);
    for (UncoveredSpan& span : out.uncovered) {
        const Date day = span.start.date;
        for (const Worker& w : s.workers) {
            if (w.free_on(day)) ++span.available;
            else if (w.absent_on(day)) span.absent.push_back(w.assistant->id);
        }
        span.why = span.available == 0 && span.absent.empty() ? UncoveredSpan::Why::NobodyAvailable
                 : !span.absent.empty()                        ? UncoveredSpan::Why::Absence
                                                               : UncoveredSpan::Why::Rules;
    }

    for (size_t w = 0; w < s.workers.size(); ++w) {
        const Assistant& a = *s.workers[w].assistant;
        int64_t minutes = 0;
        for (const Shift* x : all) {
            if (x->assistant != a.id || x->status == ShiftStatus::Cancelled) continue;
            const int64_t b = std::max(to_utc(x->start, s.cal.zone).count, s.cal.p0);
            const int64_t e = std::min(to_utc(x->end, s.cal.zone).count, s.cal.p1);
            if (e > b) minutes += e - b;
        }
        out.assistants.push_back(ProposedHours{a.id, double(minutes) / 60.0 / double(s.cal.weeks), a.contract_hours_per_week});
    }
    out.shifts = std::move(shifts);
    return out;
}

Proposal propose(const Document& doc, const ProposeOptions& options) {
    Proposer p(doc, options);
    while (!p.step(1 << 16)) {
    }
    return p.result();
}

Document with_proposal(const Document& doc, const Proposal& p) {
    Document d = doc;
    d.shifts.insert(d.shifts.end(), p.shifts.begin(), p.shifts.end());
    return d;
}

}  // namespace bpa
