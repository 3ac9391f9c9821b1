// The key figures of an arrangement on a given day (the Oversikt screen).
#pragma once

#include <optional>
#include <vector>

#include "holidays.h"
#include "model.h"

namespace bpa {

struct Summary {
    std::optional<double> decided_hours_per_week;  // the decision in force on the day; nullopt if none
    int assistants_employed = 0;                   // employed on the day
    int assistants_total = 0;
    int shifts = 0;                                // not cancelled
    int absences = 0;
    std::vector<Holiday> next_holidays;            // from the day on, at most `holiday_count`
};

Summary summarize(const Document& doc, Date today, int holiday_count = 4);

}  // namespace bpa
