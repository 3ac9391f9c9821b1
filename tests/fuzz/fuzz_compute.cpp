// libFuzzer harness: every computation on a document that reads, as the
// command line runs them (CONTRACT.md): check, hours, the hours account,
// leave and notice for each assistant, deadlines and their calendar file, and
// a proposal with small limits; and what the page computes from an imported
// file: the overview, the year's economy, each timesheet and the payroll file. The period is picked from the input's size and a byte of it, so
// that the fuzzer varies it too. Nothing may crash; slow inputs show up as
// timeouts (each is made a unit test once found). A shift of any length is
// accepted by the reader; check() looks at its first 48 hours only
// (tests/fuzz/found/shift_of_2931_years.json).
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/deadlines.h"
#include "core/economy.h"
#include "core/hours.h"
#include "core/ics.h"
#include "core/json_io.h"
#include "core/leave.h"
#include "core/plan.h"
#include "core/propose.h"
#include "core/rules/rules.h"
#include "core/summary.h"

using namespace bpa;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size == 0) return 0;
    // The day (within 2020..2031), the period's length and the weeks proposed.
    const unsigned day_pick = static_cast<unsigned>(size * 131u + data[size / 2] * 7u);
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    ReadResult r = read_document(text);
    if (!r.ok()) return 0;
    const Document& doc = *r.document;
    Problems problems;
    resolve_params(doc.arrangement, &problems);
    if (!problems.empty()) return 0;  // the command line stops here too (exit 2)

    const Date base = *Date::from_ymd(2020, 1, 1);
    const Date from = base + Days{static_cast<int>(day_pick % (12 * 365))};
    const Date to = from + Days{static_cast<int>(day_pick % 400)};

    CheckOptions options;
    options.from = from;
    options.to = to;
    (void)check(doc, options);
    (void)check(doc);

    Problems factor_problems;
    const double factor = passive_factor_of(doc.arrangement, &factor_problems);
    if (factor_problems.empty()) (void)hours_between(doc, from, to, factor);
    (void)hours_account(doc, from.year(), to);

    for (const Assistant& a : doc.assistants) {
        (void)leave_summary(doc, a, from);
        (void)notice_period(doc.arrangement.jurisdiction, a, from, NoticeBy::Employer);
        (void)notice_period(doc.arrangement.jurisdiction, a, from, NoticeBy::Employee);
    }
    (void)ics_calendar(deadlines(doc, from, to), IcsOptions{doc.arrangement.name, UtcMinutes{0}});
    (void)summarize(doc, from);
    (void)year_economy(doc, from.year(), to);
    std::vector<std::string> ids;
    for (const Assistant& a : doc.assistants) {
        (void)timesheet(doc, a.id, from, to);
        ids.push_back(a.id);
    }
    (void)csv_export(doc, ids, from, to, "nb");

    ProposeOptions p;
    p.from = monday_of(from);
    p.weeks = 1 + static_cast<int>(day_pick % 2);
    p.max_iterations = 200;
    (void)propose(doc, p);
    return 0;
}
