// Printable pages (HTML) of the handbook's forms, opened in a new window and
// printed with the browser's print dialog.
#pragma once

#include <string>
#include <vector>

#include "app/i18n.h"
#include "core/commands_year.h"
#include "core/economy.h"
#include "core/hours.h"
#include "core/model.h"

namespace bpa {

std::string html_escape(std::string_view text);
// "<!doctype html>…<body>" with the print pages' style, in the language of `i18n`.
std::string print_document_start(const I18n& i18n, const std::string& title);

// Seed 000, appendix 1 (Arbeidsplan): one assistant, one month: a row per day
// with from/to twice (more shifts that day are listed in the last column),
// the hours, and signature lines for the assistant and the arbeidsleder.
std::string work_plan_html(const Document& doc, const I18n& i18n, const std::string& assistant_id, int year, int month);

// Seed 000, appendix 2 (Timeliste): one assistant's timesheet for a pay period,
// with the actual times, hours, overtime, notes and signature lines for the
// assistant, the arbeidsleder and the employer.
std::string timesheet_html(const Document& doc, const I18n& i18n, const Timesheet& ts);

// The vacation list of a year: each assistant's approved vacation and wishes,
// counted days, entitlement, and a signature line for the arbeidsleder.
std::string vacation_list_html(const Document& doc, const I18n& i18n, int year);

// All assistants of the month on one sheet: a row per day, a column per assistant.
std::string work_plan_all_html(const Document& doc, const I18n& i18n, int year, int month);

// A deadline as the page shows it: the core's title (the jurisdiction's
// language) in Norwegian and Danish; in English the kind's translation
// ("deadline.<kind>") and whom it concerns.
std::string deadline_text(const I18n& i18n, const Deadline& d);

// Seed 000, appendix 6 (Årshjul): the year on one sheet: the wheel's four
// periods with their advice, and every deadline of the year by month, done
// ones ticked with the day.
std::string year_html(const Document& doc, const I18n& i18n, int year, const std::vector<YearDeadline>& deadlines);

// Seed 000, appendix 5 (Timebank): the weekly and monthly decision, and per
// week the hours used, saved and saved in total, filled in from the hours account.
std::string hours_bank_html(const Document& doc, const I18n& i18n, const HoursBankForm& form);

// [SECTION] Economy (print_economy.cpp) ------------------------------------------------
// The year's economy (economy.h) as labelled rows, the same on screen and on
// paper: the hourly cost and its parts, the budget, the actual cost, and the
// account (DK: unused hours paid back, due 31 March). `key` is a translation key.
struct EconomyRow {
    const char* key;
    std::string value;
    bool total = false;  // a sum: shown bold
};
std::vector<EconomyRow> economy_rows(const I18n& i18n, const YearEconomy& e);
std::string economy_html(const Document& doc, const I18n& i18n, const YearEconomy& e);
// A DK extra grant as the hours account lists it: what it was granted for
// (its kind), its days and hours, and the leader's note when there is one.
std::string grant_line(const I18n& i18n, const ExtraGrant& g);

// [SECTION] People (print_people.cpp) ---------------------------------------------------
// The minutes of a talk: kind, date, who was present, notes, what was agreed,
// the follow-up, an appraisal's preparation forms (seed 000, appendices 3-4)
// side by side, and signature lines.
std::string talk_minutes_html(const Document& doc, const I18n& i18n, const std::string& assistant, const std::string& talk);
// The reference letter (NO attest, AML 15-15; DK udtalelse) in the language of `i18n`.
std::string reference_letter_html(const Document& doc, const I18n& i18n, const std::string& assistant);
// A vacancy's job description and advert, and the interview guide (seed 002 § 2.4.2).
std::string vacancy_html(const Document& doc, const I18n& i18n, const std::string& vacancy);
std::string interview_guide_html(const Document& doc, const I18n& i18n, const std::string& vacancy,
                                 const std::string& candidate);
// The onboarding checklist of an assistant with due days, done days and sources.
std::string onboarding_html(const Document& doc, const I18n& i18n, const std::string& assistant);

}  // namespace bpa
