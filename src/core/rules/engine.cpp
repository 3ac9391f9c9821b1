// The rule engine: each rule of RULES.md as a function over the plan. This
// file prepares the plan, collects the violations and runs the rules
// (engine_detail.h names the file of each group).
//
// Time is real elapsed time: every shift is turned into UTC minutes once
// (to_utc), so a night across the spring change lasts an hour less and one
// across the autumn change an hour more than the wall clock says.
//
// What counts as work: planned and worked shifts; cancelled shifts count for
// nothing. Breaks count as working time (AML § 10-9 (1): a break the
// assistant cannot leave is working time, which is usual in BPA; seed 002
// § 3.3.2). Passive night shifts count fully as working time for the rest and
// hours rules: working time is the time the employee is at the employer's
// disposal (AML § 10-1 (1); seed 002 § 3.3.2: "Arbeidstid er den tiden en
// arbeidstaker står til disposisjon for arbeidsgiver"), and on-call time at the
// workplace is working time, not rest (EU Court, Simap C-303/98 and Jaeger
// C-151/02; seed 003 § 4.3). The passive factor only affects pay (plan.h).
//
// [SECTION] Preparing the plan
// [SECTION] Violations
// [SECTION] check()
#include <algorithm>
#include <map>
#include <optional>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "core/command.h"
#include "core/rules/engine_detail.h"
#include "core/rules/rules.h"

namespace bpa {

namespace engine_detail {

// [SECTION] Preparing the plan ---------------------------------------------------------
std::vector<Person> prepare(const Document& doc, Zone zone) {
    std::vector<Person> people;
    std::map<std::string, size_t, std::less<>> index;
    for (const auto& a : doc.assistants) {
        if (index.count(a.id)) continue;  // a duplicate id (an invalid document): the first one wins
        index.emplace(a.id, people.size());
        people.push_back(Person{&a, {}, {}, {}});
    }
    for (const auto& s : doc.shifts) {
        if (s.status == ShiftStatus::Cancelled) continue;
        auto it = index.find(s.assistant);
        if (it == index.end()) continue;
        const int64_t start = to_utc(s.start, zone).count;
        const int64_t end = to_utc(s.end, zone).count;
        if (end <= start) continue;  // not a shift (an invalid document)
        const int64_t cut = std::max<int64_t>(0, end - start - max_shift_minutes);
        people[it->second].work.push_back(Work{start, end - cut, &s, 0, cut});
    }
    for (const auto& ab : doc.absences) {
        auto it = index.find(ab.assistant);
        if (it != index.end()) people[it->second].absences.push_back(&ab);
    }
    for (auto& p : people) {
        std::sort(p.work.begin(), p.work.end(), [](const Work& a, const Work& b) {
            return std::tie(a.start, a.end, a.shift->id) < std::tie(b.start, b.end, b.shift->id);
        });
        for (size_t i = 0; i < p.work.size(); ++i) {
            Work& w = p.work[i];
            if (p.blocks.empty() || w.start > p.blocks.back().end) {
                p.blocks.push_back(Block{w.start, w.end, i, i + 1});
            } else {
                p.blocks.back().end = std::max(p.blocks.back().end, w.end);
                p.blocks.back().last = i + 1;
            }
            w.block = p.blocks.size() - 1;
        }
        std::stable_sort(p.absences.begin(), p.absences.end(),
                         [](const Absence* a, const Absence* b) { return a->from < b->from; });
    }
    return people;
}

// [SECTION] Violations -----------------------------------------------------------------
Violation* add(Context& c, std::string_view rule, const Assistant* a, const LocalDateTime& at, int64_t at_utc,
               Args args, std::string variant) {
    const RuleInfo* info = find_rule(c.jurisdiction, rule);
    if (!info) return nullptr;
    Found f;
    f.v.rule = info->id;
    f.v.severity = info->severity;
    f.v.assistant = a ? a->id : "";
    f.v.at = at;
    f.v.args = std::move(args);
    f.v.variant = std::move(variant);
    f.v.source = info->source;
    f.at_utc = at_utc;
    c.found.push_back(std::move(f));
    return &c.found.back().v;
}

void add_shift(Violation& v, const Shift& s) {
    if (std::find(v.shifts.begin(), v.shifts.end(), s.id) == v.shifts.end()) v.shifts.push_back(s.id);
}

Args at_args(const LocalDateTime& t) { return {{"date", format_date(t.date)}, {"time", format_time(t)}}; }

}  // namespace engine_detail

using namespace engine_detail;

// [SECTION] check() ---------------------------------------------------------------------------------
std::vector<Violation> check(const Document& doc, const CheckOptions& options) {
    Context c{doc, doc.arrangement.jurisdiction, zone_of(doc.arrangement.jurisdiction),
              resolve_params(doc.arrangement), {}, {}};
    c.people = prepare(doc, c.zone);

    std::optional<Date> first, last;  // the plan's days, for the Sunday rule
    for (const Person& p : c.people) {
        rest_and_hours_rules(c, p);
        average_rule(c, p);
        stretch_rules(c, p);
        shift_rules(c, p);
        for (const Work& w : p.work) {
            if (!first || w.shift->start.date < *first) first = w.shift->start.date;
            const Date end = c.local(w.end).date;  // a cut shift: where the rules stop looking
            if (!last || end > *last) last = end;
        }
    }
    if (first && c.has("sunday_rest")) {
        // One day either side for the 18:00 and 22:00 edges; 26 weeks on for "every other".
        const std::vector<RestDay> days = rest_days(c.jurisdiction, c.zone, *first - Days{1}, *last + Days{1 + 26 * 7});
        for (const Person& p : c.people) sunday_rule(c, days, p);
    }
    week_rules(c);

    std::vector<Violation> out;
    out.reserve(c.found.size());
    std::stable_sort(c.found.begin(), c.found.end(), [](const Found& a, const Found& b) {
        return std::tie(a.at_utc, a.v.rule, a.v.assistant, a.v.shifts, a.v.variant) <
               std::tie(b.at_utc, b.v.rule, b.v.assistant, b.v.shifts, b.v.variant);
    });
    for (Found& f : c.found) {
        if (options.from && f.v.at.date < *options.from) continue;
        if (options.to && f.v.at.date > *options.to) continue;
        f.v.message = violation_message(f.v, c.jurisdiction, "en");
        out.push_back(std::move(f.v));
    }
    return out;
}

}  // namespace bpa
