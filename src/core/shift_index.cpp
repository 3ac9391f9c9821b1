#include "core/shift_index.h"

#include <algorithm>

namespace bpa {

ShiftIndex::ShiftIndex(const Document& doc) {
    by_start_.reserve(doc.shifts.size());
    for (const Shift& s : doc.shifts) {
        if (s.status == ShiftStatus::Cancelled) continue;
        const int64_t start = s.start.wall_minutes(), end = s.end.wall_minutes();
        by_start_.push_back({start, end, &s});
        longest_ = std::max(longest_, end - start);
    }
    std::stable_sort(by_start_.begin(), by_start_.end(), [](const Entry& a, const Entry& b) { return a.start < b.start; });
}

std::vector<const Shift*> ShiftIndex::overlapping(int64_t from, int64_t to) const {
    std::vector<const Shift*> out;
    // Only shifts starting in [from - longest, to) can reach into [from, to).
    auto it = std::lower_bound(by_start_.begin(), by_start_.end(), from - longest_,
                               [](const Entry& e, int64_t m) { return e.start < m; });
    for (; it != by_start_.end() && it->start < to; ++it)
        if (it->end > from) out.push_back(it->shift);
    return out;
}

}  // namespace bpa
