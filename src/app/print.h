// Printable pages (HTML) of the handbook's forms, opened in a new window and
// printed with the browser's print dialog.
#pragma once

#include <string>

#include "app/i18n.h"
#include "core/hours.h"
#include "core/model.h"

namespace bpa {

std::string html_escape(std::string_view text);

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

}  // namespace bpa
