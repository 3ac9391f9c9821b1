// The economy of the arrangement (seed 003 § 6; DESIGN.md capability 4): the
// budget (decided hours × an hourly cost built from parameters), the year's
// actual cost from the confirmed hours, and the annual account (DK: due 31
// March the year after, unused hours paid back, seed 003 § 6.2). Pure
// functions of the document; "today" is a parameter.
//
// [SECTION] Parameters
// [SECTION] Hours by time of day
// [SECTION] The hourly cost
// [SECTION] The year's budget and account
//
// Parameters are kept in arrangement extra "budget" (optional, every member
// optional; an absent member takes the jurisdiction's default):
//   "wage_step": "11"            DK løntrin (seed 003 § 13.2: løntrin 11, 12 after 3 years), text
//   "hourly_wage": 0             the base hourly wage, kr (0..10000); the scale's amount is not in the
//                                handbooks, so the leader enters it
//   "evening_supplement", "night_supplement", "saturday_supplement", "sunday_supplement",
//   "holiday_supplement": 0      kr per hour worked in the period (0..10000)
//   "evening_from": "17:00", "evening_to": "23:00", "night_from": "23:00", "night_to": "06:00",
//   "saturday_from": "00:00"     when the periods start and end ("HH:MM"; a night ends the next day)
//   "pension_percent"            the employer's pension share of the base wage: DK 8.4 (12.6 % of which the
//                                employer pays 2/3, seed 003 § 13.8); NO 0
//   "holiday_pay_percent"        holiday pay: DK 12.5 (seed 003 § 6.1); NO 0
//   "employer_tax_percent"       NO arbeidsgiveravgift (by zone); 0
//   "atp_per_hour"               DK the employer's ATP per hour, kr; 0
// NO has no defaults but 0: a self-employed employer enters the tariff's rates.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "calendar.h"
#include "command.h"
#include "model.h"

namespace bpa {

// [SECTION] Parameters --------------------------------------------------------------
struct BudgetParams {
    std::string wage_step;
    double hourly_wage = 0;
    double evening_supplement = 0, night_supplement = 0, saturday_supplement = 0, sunday_supplement = 0,
           holiday_supplement = 0;
    TimeOfDay evening_from{17 * 60}, evening_to{23 * 60}, night_from{23 * 60}, night_to{6 * 60}, saturday_from{0};
    double pension_percent = 0, holiday_pay_percent = 0, employer_tax_percent = 0, atp_per_hour = 0;
    bool operator==(const BudgetParams&) const = default;
};
BudgetParams default_budget_params(Jurisdiction j);
// The arrangement's parameters over the defaults; a member of the wrong type or out of range keeps the default.
BudgetParams budget_params(const Arrangement& a);

// The names a parameter may have, for the command and the form.
inline constexpr const char* budget_number_params[] = {
    "hourly_wage", "evening_supplement", "night_supplement", "saturday_supplement", "sunday_supplement",
    "holiday_supplement", "pension_percent", "holiday_pay_percent", "employer_tax_percent", "atp_per_hour"};
inline constexpr const char* budget_time_params[] = {"evening_from", "evening_to", "night_from", "night_to",
                                                     "saturday_from"};

// Sets one parameter: a number (0..10000 kr; percentages 0..100), a time "HH:MM"
// or the wage step (text, at most 20 characters); null removes it (the default
// applies). Refused: an unknown name (UnknownItem), a value of the wrong kind or
// out of range (OutOfRange).
Outcome set_budget_parameter(Document& doc, const std::string& name, const Json& value);

// [SECTION] Hours by time of day -------------------------------------------------------
// Real hours of work and the part of them in each supplement period. A public
// holiday (and a DK supplement day from 12:00, holidays.h) pays the holiday
// supplement instead of the Saturday or Sunday one; evening and night are paid
// on top of either. Periods: evening evening_from..evening_to and night
// night_from..night_to of each day (a night ending at or before it starts runs
// into the next day); Saturday from saturday_from to 24:00; all of Sunday.
struct BandHours {
    double total = 0, evening = 0, night = 0, saturday = 0, sunday = 0, holiday = 0;
    bool operator==(const BandHours&) const = default;
};
BandHours band_hours(const Document& doc, const BudgetParams& p, const Shift& s);
// Shifts of the given statuses, the parts of them on the days from..to.
BandHours band_hours(const Document& doc, const BudgetParams& p, Date from, Date to, bool planned, bool worked);

// [SECTION] The hourly cost ---------------------------------------------------------------
// For a mix of hours: the base wage, each supplement times its share of the
// hours, then pension as a percentage of the base wage, holiday pay and
// employer's tax as percentages of the wage, and ATP per hour. With no hours the mix is the base wage alone.
struct HourlyCost {
    double base = 0;
    double supplements = 0;   // average kr per hour
    double wage = 0;          // base + supplements
    double pension = 0, holiday_pay = 0, employer_tax = 0, atp = 0;
    double total = 0;         // kr per hour, everything
};
HourlyCost hourly_cost(const BudgetParams& p, const BandHours& mix);

// [SECTION] The year's budget and account --------------------------------------------------
// Budget: the year's decided hours (grants included, hours.h hours_account) ×
// the hourly cost of the year's plan (planned and worked shifts). Actual: the
// confirmed (worked) shifts' hours with their own supplements; sick time is not
// in it (DK: paid by the municipality on invoice, seed 003 § 6.1). The account:
// decided less worked hours; DK pays the unused hours back at the budget's
// hourly cost (§ 6.2), due 31 March the year after.
struct YearEconomy {
    int year = 0;
    Jurisdiction jurisdiction = Jurisdiction::NO;
    BudgetParams params;
    BandHours plan;            // planned and worked shifts of the year: the budget's mix
    HourlyCost rate;           // the budget's hourly cost
    double decided_hours = 0;
    double budget = 0;         // decided_hours × rate.total
    BandHours worked;          // confirmed shifts of the year
    HourlyCost worked_rate;    // the cost of the confirmed hours, per hour
    double actual = 0;         // worked.total × worked_rate.total
    double unused_hours = 0;   // max(0, decided - worked)
    double over_hours = 0;     // max(0, worked - decided)
    double pay_back = 0;       // DK: unused_hours × rate.total; NO 0
    std::optional<Date> account_due;  // DK: 31 March of year + 1
    bool wage_missing = false; // hourly_wage is 0: the sums mean nothing yet
};
YearEconomy year_economy(const Document& doc, int year, Date today);

}  // namespace bpa
