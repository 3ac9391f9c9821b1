#include "core/shift_index.h"

#include <algorithm>
#include <tuple>

#include "core/command.h"

namespace bpa {

ShiftIndex::ShiftIndex(const Document& doc) {
    by_start_.reserve(doc.shifts.size());
    for (size_t i = 0; i < doc.shifts.size(); ++i) {
        const Shift& s = doc.shifts[i];
        if (s.status == ShiftStatus::Cancelled) continue;
        const int64_t start = s.start.wall_minutes(), end = s.end.wall_minutes();
        // Wall minutes: a shift across the spring change is an hour longer on the clock than in real time.
        if (end - start > max_shift_minutes + 60) {
            too_long_.push_back({start, end, &s, i});
            continue;
        }
        by_start_.push_back({start, end, &s, i});
        longest_ = std::max(longest_, end - start);
    }
    std::stable_sort(by_start_.begin(), by_start_.end(), [](const Entry& a, const Entry& b) { return a.start < b.start; });
}

std::vector<const Shift*> ShiftIndex::overlapping(int64_t from, int64_t to) const {
    std::vector<Entry> found;
    // Only shifts starting in [from - longest, to) can reach into [from, to).
    auto it = std::lower_bound(by_start_.begin(), by_start_.end(), from - longest_,
                               [](const Entry& e, int64_t m) { return e.start < m; });
    for (; it != by_start_.end() && it->start < to; ++it)
        if (it->end > from) found.push_back(*it);
    const size_t ordered = found.size();
    for (const Entry& e : too_long_)
        if (e.start < to && e.end > from) found.push_back(e);
    if (found.size() > ordered)
        std::sort(found.begin(), found.end(),
                  [](const Entry& a, const Entry& b) { return std::tie(a.start, a.order) < std::tie(b.start, b.order); });
    std::vector<const Shift*> out;
    out.reserve(found.size());
    for (const Entry& e : found) out.push_back(e.shift);
    return out;
}

}  // namespace bpa
