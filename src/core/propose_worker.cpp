// Worker: one assistant's hard constraints for the proposal (propose_detail.h).
// Each check mirrors a rule of rules/engine*.cpp; only the windows and periods
// that a new slot can change are looked at.
//
// [SECTION] Setting up
// [SECTION] Days: employment, absence, locked timesheets, wishes, age
// [SECTION] Windows: rest and hours
// [SECTION] Sundays and public holidays (NO)
// [SECTION] Average weekly hours (DK)
// [SECTION] Adding and removing
#include <algorithm>
#include <limits>

#include "core/hours.h"
#include "core/propose_detail.h"

namespace bpa::propose_detail {

namespace {

bool before_start(const Piece& p, int64_t t) { return p.start < t; }

std::vector<int> weekdays_of(const Json& extra, const char* key) {
    std::vector<int> out;
    auto it = extra.find(key);
    if (it == extra.end() || !it->is_array()) return out;
    for (const Json& v : *it)
        if (v.is_number_integer() && v.get<int>() >= 1 && v.get<int>() <= 7) out.push_back(v.get<int>());
    return out;
}

constexpr int64_t longest_file_shift = 7 * minutes_per_day;  // how far back a piece may start and still reach t

}  // namespace

// [SECTION] Setting up ---------------------------------------------------------------------
Worker::Worker(const Document& doc, const Assistant& a, const Limits& l, const Calendar& cal)
    : assistant(&a), limits_(&l), cal_(&cal) {
    for (const Shift& s : doc.shifts) {
        if (s.assistant != a.id || s.status == ShiftStatus::Cancelled) continue;
        const int64_t start = to_utc(s.start, cal.zone).count, end = to_utc(s.end, cal.zone).count;
        if (end > start) pieces_.push_back(Piece{start, end, -1, s.passive_night});
    }
    std::sort(pieces_.begin(), pieces_.end(), [](const Piece& x, const Piece& y) { return x.start < y.start; });
    for (const Absence& ab : doc.absences)
        if (ab.assistant == a.id) absences_.emplace_back(ab.from, ab.to);

    const Date first = cal.from - Days{1};
    const int days = 7 * cal.weeks + 3;
    day_ok_.assign(size_t(days), 0);
    for (int i = 0; i < days; ++i) {
        const Date d = first + Days{i};
        bool ok = a.employed_on(d) && !locked(doc, a.id, d);
        for (const auto& [f, t] : absences_) ok = ok && !(f <= d && d <= t);
        day_ok_[size_t(i)] = ok ? 1 : 0;
    }
    unavailable_.assign(8, 0);
    for (int w : weekdays_of(a.extra, "unavailable_weekdays")) unavailable_[size_t(w)] = 1;
    preferred = weekdays_of(a.extra, "preferred_weekdays");
    adult_on = Date::from_days(std::numeric_limits<int32_t>::min() / 2);
    if (l.under_18_on && a.birth_date) adult_on = birthday(*a.birth_date, 18);
}

bool Worker::free_on(Date d) const {
    const int i = (d - (cal_->from - Days{1})).count;
    return i >= 0 && i < int(day_ok_.size()) && day_ok_[size_t(i)];
}

bool Worker::absent_on(Date d) const {
    for (const auto& [f, t] : absences_)
        if (f <= d && d <= t) return true;
    return false;
}

bool Worker::can_take(const Slot& s) const {
    if (!day_allowed(s)) return false;
    // No overlap, and no touching a shift of the file (its break is its own).
    auto it = std::lower_bound(pieces_.begin(), pieces_.end(), s.end + 1, before_start);
    while (it != pieces_.begin()) {
        --it;
        if (it->start < s.start - longest_file_shift) break;
        if (it->end < s.start) continue;
        if (it->end > s.start && it->start < s.end) return false;
        if (it->slot < 0 || it->passive != s.passive) return false;  // touching
    }
    return windows_ok(s) && sunday_ok(s) && average_ok(s);
}

// [SECTION] Days -----------------------------------------------------------------------------
bool Worker::day_allowed(const Slot& s) const {
    if (unavailable_[size_t(s.weekday)]) return false;
    if (s.first_day < adult_on) return false;  // seed 003 § 5.3: no assistant under 18
    const Date first = cal_->from - Days{1};
    for (Date d = s.first_day; d <= s.last_day; d += Days{1}) {
        const int i = (d - first).count;
        if (i < 0 || i >= int(day_ok_.size()) || !day_ok_[size_t(i)]) return false;
    }
    return true;
}

// [SECTION] Windows: rest and hours ---------------------------------------------------------
// As the engine: a window of 24 h or 7 days begins at every shift start; in it
// the longest time without work and the time worked are measured over blocks
// of touching shifts. A window that holds the new slot must keep every rule.
bool Worker::windows_ok(const Slot& s) const {
    const Limits& l = *limits_;
    const int64_t reach = 8 * minutes_per_day;
    scratch_.clear();
    auto it = std::lower_bound(pieces_.begin(), pieces_.end(), s.start - reach - longest_file_shift, before_start);
    for (; it != pieces_.end() && it->start < s.end + reach; ++it)
        if (it->end > s.start - reach) scratch_.push_back(*it);
    scratch_.push_back(Piece{s.start, s.end, -2, s.passive});
    std::sort(scratch_.begin(), scratch_.end(), [](const Piece& x, const Piece& y) { return x.start < y.start; });

    struct Block { int64_t start, end; };
    Block blocks[128];
    size_t count = 0;
    for (const Piece& p : scratch_) {
        if (count > 0 && p.start <= blocks[count - 1].end) {
            blocks[count - 1].end = std::max(blocks[count - 1].end, p.end);
        } else {
            if (count == std::size(blocks)) return false;  // far more work than any lawful plan
            blocks[count++] = Block{p.start, p.end};
        }
    }
    // No proposed stretch of 24 hours (seed 003 § 4.3, and beyond any daily limit).
    for (size_t b = 0; b < count; ++b)
        if (blocks[b].start <= s.start && s.end <= blocks[b].end && blocks[b].end - blocks[b].start >= minutes_per_day)
            return false;

    auto scan = [&](int64_t ws, int64_t we, int64_t& longest_free, int64_t& worked) {
        longest_free = 0;
        worked = 0;
        int64_t cursor = ws;
        for (size_t b = 0; b < count && blocks[b].start < we; ++b) {
            if (blocks[b].end <= ws) continue;
            const int64_t bs = std::max(blocks[b].start, ws), be = std::min(blocks[b].end, we);
            longest_free = std::max(longest_free, bs - cursor);
            worked += be - bs;
            cursor = std::max(cursor, be);
        }
        longest_free = std::max(longest_free, we - cursor);
    };
    auto block_length_at = [&](int64_t t) {
        for (size_t b = 0; b < count; ++b)
            if (blocks[b].start <= t && t < blocks[b].end) return blocks[b].end - blocks[b].start;
        return int64_t(0);
    };

    int64_t previous = std::numeric_limits<int64_t>::min();
    for (const Piece& p : scratch_) {
        const int64_t ws = p.start;
        if (ws == previous) continue;
        previous = ws;
        if (ws >= s.end) break;
        int64_t free = 0, worked = 0;
        if (ws + minutes_per_day > s.start) {
            scan(ws, ws + minutes_per_day, free, worked);
            // AML § 10-8 (1): 11 h rest in 24 h (not for the window of an allowed 24-hour shift).
            const bool skip = l.allow_24h && block_length_at(ws) >= minutes_per_day;
            if (l.daily_rest_on && !skip && free < l.daily_rest) return false;
            // AML § 10-4 (1): 9 h in 24 h.
            if (l.daily_hours_on && worked > l.daily_hours) return false;
        }
        if (ws + minutes_per_week > s.start) {
            scan(ws, ws + minutes_per_week, free, worked);
            // AML § 10-8 (2): 35 h rest in 7 days; § 10-4 (1): 40 h in 7 days.
            if (l.weekly_rest_on && free < l.weekly_rest) return false;
            if (l.weekly_hours_on && worked > l.weekly_hours) return false;
        }
    }
    return true;
}

// [SECTION] Sundays and public holidays (NO) --------------------------------------------------
bool Worker::worked_on(size_t k) const {
    const RestDay& r = cal_->rest_days[k];
    auto it = std::lower_bound(pieces_.begin(), pieces_.end(), r.end, before_start);
    while (it != pieces_.begin()) {
        --it;
        if (it->end > r.start) return true;
        if (it->start < r.start - longest_file_shift) break;
    }
    return false;
}

// AML § 10-10 (4): after work on a Sunday or holiday the next one is free; by
// agreement ("every_other") at most every other one over 26 weeks.
bool Worker::sunday_ok(const Slot& s) const {
    const Limits& l = *limits_;
    if (!l.sunday_rest_on) return true;
    const auto& days = cal_->rest_days;
    const auto [a, b] = cal_->rest_days_between(s.start, s.end);
    if (a == b) return true;
    if (!l.sunday_every_other) {
        if (b - a > 1) return false;  // one slot on two following holidays
        if (a > 0 && worked_on(a - 1)) return false;
        if (a + 1 < days.size() && worked_on(a + 1)) return false;
        return true;
    }
    auto worked = [&, first = a, last = b](size_t k) { return (first <= k && k < last) || worked_on(k); };
    for (size_t k = a; k < b; ++k) {
        size_t j = k;
        while (j > 0 && days[j - 1].date + Days{26 * 7} > days[k].date) --j;
        for (; j <= k; ++j) {
            if (!worked(j)) continue;
            const Date end = days[j].date + Days{26 * 7};
            int total = 0, count = 0;
            for (size_t m = j; m < days.size() && days[m].date < end; ++m) {
                ++total;
                count += worked(m) ? 1 : 0;
            }
            if (count * 2 > total) return false;
        }
    }
    return true;
}

// [SECTION] Average weekly hours (DK) -----------------------------------------------------------
// Arbejdstidsloven § 4: 48 h a week on average over fixed periods of 4 months
// from 1 January; only days employed and not absent count.
bool Worker::average_ok(const Slot& s) const {
    const Limits& l = *limits_;
    if (!l.average_on) return true;
    const Assistant& a = *assistant;
    const int months = l.average_months;
    auto period_start = [&](Date d) { return *Date::from_ymd(d.year(), ((d.month() - 1) / months) * months + 1, 1); };
    for (Date ps = period_start(s.first_day); ps <= s.last_day;) {
        const Date pe = std::min(add_months(ps, months), *Date::from_ymd(ps.year() + 1, 1, 1));
        const int64_t us = cal_->utc(ps, 0), ue = cal_->utc(pe, 0);
        int64_t worked = 0, cursor = std::numeric_limits<int64_t>::min();
        bool counted_new = false;
        auto take = [&](int64_t from, int64_t to) {
            from = std::max({from, us, cursor});
            to = std::min(to, ue);
            if (to > from) worked += to - from;
            cursor = std::max(cursor, to);
        };
        auto it = std::lower_bound(pieces_.begin(), pieces_.end(), us - longest_file_shift, before_start);
        for (; it != pieces_.end() && it->start < ue; ++it) {
            if (!counted_new && s.start < it->start) {
                take(s.start, s.end);
                counted_new = true;
            }
            take(it->start, it->end);
        }
        if (!counted_new) take(s.start, s.end);
        int counted = 0;
        for (Date d = ps; d < pe; d += Days{1}) {
            bool in = a.employed_on(d);
            for (const auto& [f, t] : absences_) in = in && !(f <= d && d <= t);
            counted += in ? 1 : 0;
        }
        if (counted > 0 && double(worked) * 7.0 / double(counted) > l.average_limit + 1e-6) return false;
        ps = pe;
    }
    return true;
}

// [SECTION] Adding and removing -------------------------------------------------------------
void Worker::add(const Slot& s, int index) {
    auto it = std::lower_bound(pieces_.begin(), pieces_.end(), s.start, before_start);
    pieces_.insert(it, Piece{s.start, s.end, index, s.passive});
}

void Worker::remove(const Slot& s, int index) {
    auto it = std::lower_bound(pieces_.begin(), pieces_.end(), s.start, before_start);
    for (; it != pieces_.end() && it->start == s.start; ++it) {
        if (it->slot == index) {
            pieces_.erase(it);
            return;
        }
    }
}

std::pair<const Piece*, const Piece*> Worker::neighbours(int64_t s, int64_t e) const {
    auto at = std::lower_bound(pieces_.begin(), pieces_.end(), s, before_start);
    const Piece* before = at == pieces_.begin() ? nullptr : &*(at - 1);
    auto after = std::lower_bound(pieces_.begin(), pieces_.end(), e, before_start);
    return {before, after == pieces_.end() ? nullptr : &*after};
}

}  // namespace bpa::propose_detail
