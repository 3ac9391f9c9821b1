// The shifts of a document by start, so that a view of some days touches only
// the shifts of those days instead of every shift of the file (a decade of
// history is some 50,000). Made once per document revision; it points into
// the document and is valid as long as that document is.
#pragma once

#include <cstdint>
#include <vector>

#include "model.h"

namespace bpa {

class ShiftIndex {
public:
    ShiftIndex() = default;
    explicit ShiftIndex(const Document& doc);  // cancelled shifts are left out

    // The shifts with time in [from, to) (wall minutes, LocalDateTime::wall_minutes),
    // by start, then by their order in the file.
    std::vector<const Shift*> overlapping(int64_t from, int64_t to) const;
    size_t size() const { return by_start_.size() + too_long_.size(); }

private:
    struct Entry {
        int64_t start, end;  // wall minutes
        const Shift* shift;
        size_t order;        // in the file
    };
    std::vector<Entry> by_start_;  // shifts up to max_shift_minutes long (command.h), by start
    std::vector<Entry> too_long_;  // longer ones (only a file makes them): always looked at, so
                                   // that one shift of centuries does not widen every lookup
    int64_t longest_ = 0;  // minutes in by_start_: none starts earlier than `from - longest_` and reaches `from`
};

}  // namespace bpa
