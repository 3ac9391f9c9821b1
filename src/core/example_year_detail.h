// What each example arrangement holds (core/example_year.cpp builds it): the
// people, the need, the rotation and the texts of the Norwegian and the Danish
// example, as data (example_year_spec.cpp).
#pragma once

#include <vector>

#include "core/model.h"

namespace bpa::example_detail {


struct NeedSpec {
    int weekday;  // 1 = Monday
    const char* from;
    const char* to;
    const char* task;
};
struct PersonSpec {
    const char* name;
    const char* birth;
    Employment employment;
    double contract;
    // Employed from: years before today's year on a fixed day, or (years = 0)
    // `days_before_window` days before the window's first day (the newest).
    int years_before;
    int month, day;
    int days_before_window;
    bool single_parent;
    std::vector<const char*> children;
    const char* phone;
};
struct RotationSpec {
    int person;       // index into people
    int weekday;      // 1 = Monday
    const char* from;
    const char* to;
    int weeks_mask;   // bit 0: week 1 ... bit 3: week 4
};
struct ExampleSpec {
    Jurisdiction j;
    const char* name;
    Contact leader, municipality;
    EmployerModel employer;
    double hours_per_week;
    const char* reference;
    std::vector<NeedSpec> need;
    std::vector<PersonSpec> people;
    std::vector<RotationSpec> rotation;
    int substitute;                   // the on-call substitute (index)
    std::vector<int> substitute_order;  // who is asked to take an open shift, in turn
    const char* easter;               // holiday plan names, "{year}" appended
    const char* christmas;
    const char* thursday_evening;     // the need block the rest situation is made from ("HH:MM" start)
    const char* outing_from;          // the hours situation: a day trip on a Saturday
    const char* outing_to;
    const char* appraisal_note, *appraisal_agreed, *followup_note, *probation_note;
    const char* vacancy_title;
    const char* candidates[2];
    const char* interview_note;
};

// The example of jurisdiction `j`.
const ExampleSpec& spec_of(Jurisdiction j);

}  // namespace bpa::example_detail
