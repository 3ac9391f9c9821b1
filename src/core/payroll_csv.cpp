// Daily time records, the payroll basis and its CSV (hours.h), built from timesheet().
#include "hours.h"

#include <algorithm>
#include <cstdio>
#include <iterator>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace bpa {

// [SECTION] Daily time records and CSV -------------------------------------------------------------
namespace {

bool chosen(const std::vector<std::string>& ids, const std::string& id) {
    return std::find(ids.begin(), ids.end(), id) != ids.end();
}

void append_records(std::vector<DailyTimeRecord>& out, const Assistant& a, const Timesheet& t) {
    for (const auto& line : t.lines) {
        DailyTimeRecord r;
        r.assistant = a.id;
        r.name = a.name;
        r.date = line.date;
        r.clock = line.clock;
        r.overtime = line.overtime;
        r.holiday = line.holiday;
        r.confirmed = line.confirmed;
        r.absence = line.absence;
        bool any = false;
        for (const auto& e : line.entries) {
            if (e.counts) {
                r.from = any ? std::min(r.from, e.from) : e.from;
                r.to = any ? std::max(r.to, e.to) : e.to;
                any = true;
            }
            if (r.absence.empty() && e.not_worked == NotWorkedReason::AssistantSick) r.absence = "assistant_sick";
        }
        if (any || !r.absence.empty()) out.push_back(std::move(r));
    }
}

}  // namespace

std::vector<DailyTimeRecord> daily_time_records(const Document& doc, Date from, Date to) {
    std::vector<DailyTimeRecord> out;
    for (const auto& a : doc.assistants) append_records(out, a, timesheet(doc, a.id, from, to));
    return out;
}

std::vector<DailyTimeRecord> payroll_records(const Document& doc, const std::vector<std::string>& assistants, Date from,
                                             Date to) {
    std::vector<DailyTimeRecord> out;
    for (const auto& a : doc.assistants)
        if (chosen(assistants, a.id)) append_records(out, a, timesheet(doc, a.id, from, to, Counting::WorkedOnly));
    return out;
}

PayrollSummary payroll_summary(const Document& doc, const std::vector<std::string>& assistants, Date from, Date to) {
    PayrollSummary out;
    for (const auto& a : doc.assistants) {
        if (!chosen(assistants, a.id)) continue;
        ++out.assistants;
        const Timesheet t = timesheet(doc, a.id, from, to, Counting::WorkedOnly);
        std::set<std::string> worked, planned;  // a night has an entry on each of its days
        for (const auto& line : t.lines)
            for (const auto& e : line.entries) {
                if (e.counts) worked.insert(e.shift_id);
                else if (e.status == ShiftStatus::Planned) planned.insert(e.shift_id);
            }
        out.shifts += int(worked.size());
        out.unconfirmed += int(planned.size());
        out.worked += t.clock;
    }
    out.rows = int(payroll_records(doc, assistants, from, to).size());
    return out;
}

namespace {

struct CsvHeader {
    const char* language;
    const char* columns[2][8];  // for a NO arrangement, for a DK one
    char decimal;
};

// Norwegian: the timesheet form's words (seed 000 Vedlegg 2); Danish: Rebild's
// "hjælpere" and "tillæg" (seed 003 § 6.5, § 13.1). Time beyond the plan is
// "merarbejde" in Danish: hours past the planned shift for an hourly paid helper,
// paid as ordinary hours; "overarbejde" is overtime pay, which the municipality
// does not cover (seed 003 § 6.1). A DK arrangement's file in Norwegian or
// English names the same thing (merarbeid, additional hours) and the helper.
constexpr CsvHeader csv_headers[] = {
    {"nb",
     {{"Assistent", "Dato", "Fra", "Til", "Timer", "Overtid", "Tillegg (helligdag)", "Fravær"},
      {"Hjelper", "Dato", "Fra", "Til", "Timer", "Merarbeid", "Tillegg (helligdag)", "Fravær"}},
     ','},
    {"da",
     {{"Hjælper", "Dato", "Fra", "Til", "Timer", "Merarbejde", "Tillæg (helligdag)", "Fravær"},
      {"Hjælper", "Dato", "Fra", "Til", "Timer", "Merarbejde", "Tillæg (helligdag)", "Fravær"}},
     ','},
    {"en",
     {{"Assistant", "Date", "From", "To", "Hours", "Overtime", "Supplement (holiday)", "Absence"},
      {"Helper", "Date", "From", "To", "Hours", "Additional hours", "Supplement (holiday)", "Absence"}},
     '.'},
};

// The absence words by language, for NO and for DK (csv_absence_word).
struct AbsenceWords {
    const char* code;
    const char* nb[2];  // NO, DK
    const char* da[2];
    const char* en[2];
};
constexpr AbsenceWords absence_words[] = {
    {"egenmelding", {"Egenmelding", "Sykemelding"}, {"Egenmelding", "Sygemelding"},
     {"Self-certified sick leave", "Sick leave"}},
    {"sykemelding", {"Sykemelding (legeerklæring)", "Sykemelding med legeerklæring"},
     {"Sygemelding (lægeerklæring)", "Sygemelding med lægeerklæring"},
     {"Sick leave (doctor's note)", "Sick leave with a doctor's certificate"}},
    {"child_sick", {"Barns sykdom", "Barns 1. og 2. sykedag"}, {"Barns sygdom", "Barns 1. og 2. sygedag"},
     {"Child's illness", "Child's 1st and 2nd sick day"}},
    {"pregnancy_sick", {"Svangerskapsrelatert sykefravær", "Sykdom i forbindelse med graviditet"},
     {"Graviditetsrelateret sygefravær", "Sygdom i forbindelse med graviditet"},
     {"Pregnancy-related sick leave", "Pregnancy-related sickness"}},
    {"vacation", {"Ferie", "Ferie"}, {"Ferie", "Ferie"}, {"Vacation", "Vacation"}},
    {"leave", {"Permisjon", "Permisjon"}, {"Orlov", "Orlov"}, {"Leave", "Leave"}},
    {"assistant_sick", {"Syk", "Syk"}, {"Syg", "Syg"}, {"Sick", "Sick"}},
};

void append_field(std::string& out, std::string_view field) {
    if (field.find_first_of(";\"\r\n") == std::string_view::npos) {
        out += field;
        return;
    }
    out += '"';
    for (char c : field) {
        if (c == '"') out += '"';
        out += c;
    }
    out += '"';
}

// A text cell: one starting with =, +, -, @, a tab or a carriage return gets a
// leading apostrophe, so that Excel and LibreOffice show it as text and never
// run it as a formula (OWASP, "CSV injection").
void append_text_field(std::string& out, std::string_view field) {
    if (!field.empty() && std::string_view("=+-@\t\r").find(field.front()) != std::string_view::npos)
        append_field(out, "'" + std::string(field));
    else
        append_field(out, field);
}

std::string decimal_hours(Minutes m, char decimal) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.2f", m.hours());
    std::string s = buf;
    for (auto& c : s)
        if (c == '.') c = decimal;
    return s;
}

}  // namespace

std::string csv_absence_word(std::string_view absence, Jurisdiction j, std::string_view language) {
    const int k = j == Jurisdiction::DK ? 1 : 0;
    for (const auto& w : absence_words)
        if (absence == w.code) {
            if (language == "nb") return w.nb[k];
            if (language == "da") return w.da[k];
            return w.en[k];
        }
    return std::string(absence);  // "" (no absence), or a code this table does not know yet
}

std::string csv_export(const Document& doc, const std::vector<std::string>& assistants, Date from, Date to,
                       std::string_view language) {
    const CsvHeader* h = &csv_headers[2];
    for (const auto& candidate : csv_headers)
        if (language == candidate.language) h = &candidate;
    std::string out = "\xEF\xBB\xBF";  // UTF-8 byte-order mark: spreadsheets then read æøå right
    auto row = [&](const std::vector<std::string>& fields) {
        for (size_t i = 0; i < fields.size(); ++i) {
            if (i > 0) out += ';';
            append_text_field(out, fields[i]);  // numbers never start with those characters here
        }
        out += "\r\n";
    };
    const auto& columns = h->columns[doc.arrangement.jurisdiction == Jurisdiction::DK ? 1 : 0];
    row(std::vector<std::string>(std::begin(columns), std::end(columns)));
    for (const auto& r : payroll_records(doc, assistants, from, to)) {
        const bool work = r.clock > Minutes{};
        row({r.name, r.date.str(), work ? r.from.str() : "", work ? r.to.str() : "",
             decimal_hours(r.clock, h->decimal), decimal_hours(r.overtime, h->decimal),
             decimal_hours(r.holiday, h->decimal),
             csv_absence_word(r.absence, doc.arrangement.jurisdiction, h->language)});
    }
    return out;
}

}  // namespace bpa
