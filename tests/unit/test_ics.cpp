// The iCalendar export (ics.h) checked against RFC 5545's rules: CRLF line
// ends, folding at 75 octets without splitting UTF-8, escaping of TEXT, all-day
// events, and UIDs that stay the same from one export to the next.
#include <doctest/doctest.h>

#include "support.h"

#include <string>
#include <vector>

#include "core/deadlines.h"
#include "core/ics.h"

using namespace bpa;
using namespace bpa::test;

namespace {

Deadline make_deadline(const char* date, const char* kind, const char* assistant, const char* ref,
                       const std::string& title) {
    Deadline d;
    d.date = D(date);
    d.kind = kind;
    d.assistant = assistant;
    d.ref = ref;
    d.title = title;
    d.source = "AML § 15-6";
    return d;
}

// The physical lines of an iCalendar text (without their CRLF); fails on a bare CR or LF.
std::vector<std::string> physical_lines(const std::string& text) {
    std::vector<std::string> out;
    size_t pos = 0;
    while (pos < text.size()) {
        const size_t crlf = text.find("\r\n", pos);
        REQUIRE_MESSAGE(crlf != std::string::npos, "text does not end with CRLF");
        std::string line = text.substr(pos, crlf - pos);
        CHECK(line.find('\r') == std::string::npos);
        CHECK(line.find('\n') == std::string::npos);
        out.push_back(line);
        pos = crlf + 2;
    }
    return out;
}

bool valid_utf8(const std::string& s) {
    size_t i = 0;
    while (i < s.size()) {
        const unsigned char c = s[i];
        int n = c < 0x80 ? 0 : (c >> 5) == 0x6 ? 1 : (c >> 4) == 0xE ? 2 : (c >> 3) == 0x1E ? 3 : -1;
        if (n < 0 || i + n >= s.size() + (n == 0 ? 1 : 0)) return false;
        for (int k = 1; k <= n; ++k)
            if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
        i += n + 1;
    }
    return true;
}

// The unfolded content line that starts with `name` (e.g. "SUMMARY:"), or "".
std::string content_line(const std::string& text, const std::string& name) {
    const std::string unfolded = ics_unfold(text);
    size_t pos = 0;
    while (pos < unfolded.size()) {
        const size_t end = unfolded.find("\r\n", pos);
        const std::string line = unfolded.substr(pos, end - pos);
        if (line.rfind(name, 0) == 0) return line;
        pos = end + 2;
    }
    return "";
}

const UtcMinutes stamp{29'600'000};  // 2026-04-12T13:20Z

}  // namespace

TEST_CASE("TEXT values escape backslash, semicolon, comma and line breaks") {
    CHECK(ics_escape_text("a\\b;c,d\ne") == "a\\\\b\\;c\\,d\\ne");
    CHECK(ics_escape_text("one\r\ntwo\rthree") == "one\\ntwo\\nthree");
    CHECK(ics_escape_text("tab\there:colon") == "tab\there:colon");  // a colon needs no escape
    CHECK(ics_escape_text(std::string("bell\x07", 5)) == "bell");
}

TEST_CASE("a long line folds at 75 octets; unfolding gives it back") {
    std::string line = "SUMMARY:";
    for (int i = 0; i < 40; ++i) line += "Prøvetid æøå ";
    const std::string folded = ics_fold(line);
    const auto lines = physical_lines(folded);
    REQUIRE(lines.size() > 3);
    for (size_t i = 0; i < lines.size(); ++i) {
        CHECK(lines[i].size() <= 75);
        CHECK(valid_utf8(i == 0 ? lines[i] : lines[i].substr(1)));  // no UTF-8 sequence is split
        if (i > 0) CHECK(lines[i][0] == ' ');
    }
    CHECK(ics_unfold(folded) == line + "\r\n");
    CHECK(ics_fold("SHORT:x") == "SHORT:x\r\n");
    CHECK(ics_fold(std::string(75, 'x')) == std::string(75, 'x') + "\r\n");
    CHECK(ics_fold(std::string(76, 'x')) == std::string(75, 'x') + "\r\n x\r\n");
}

TEST_CASE("a fold never splits a UTF-8 sequence at the 75th octet") {
    // 74 ASCII octets, then a two-octet "ø": it does not fit in the first line.
    const std::string line = std::string(74, 'a') + "øb";
    const std::string folded = ics_fold(line);
    CHECK(folded == std::string(74, 'a') + "\r\n øb\r\n");
    // A four-octet sequence across the edge of a continuation line.
    const std::string emoji = std::string(75, 'a') + std::string(72, 'b') + "\xF0\x9F\x98\x80" + "c";
    const auto lines = physical_lines(ics_fold(emoji));
    REQUIRE(lines.size() == 3);
    CHECK(lines[1] == " " + std::string(72, 'b'));
    CHECK(lines[2] == " \xF0\x9F\x98\x80" "c");
}

TEST_CASE("the calendar: CRLF everywhere, lines of at most 75 octets, one all-day event per deadline") {
    std::string long_title = "Varsel om høytidsplan – Jul; nyttår, \\ og \"mer\"\n";
    for (int i = 0; i < 5; ++i) long_title += "ærlig talt en lang tittel ";
    const std::vector<Deadline> list = {
        make_deadline("2026-12-31", "hours_account_expiry", "", "", "Timekontoen nullstilles"),
        make_deadline("2028-02-28", "holiday_plan_notice", "", "h1", long_title),
    };
    const std::string text = ics_calendar(list, IcsOptions{"Frister, NO", stamp});
    const auto lines = physical_lines(text);
    for (const auto& l : lines) {
        CHECK(l.size() <= 75);
        CHECK(!l.empty());
    }
    CHECK(lines.front() == "BEGIN:VCALENDAR");
    CHECK(lines[1] == "VERSION:2.0");
    CHECK(lines.back() == "END:VCALENDAR");
    CHECK(content_line(text, "PRODID:") == "PRODID:-//BPA Arbeidsleder//NONSGML bpa//EN");
    CHECK(content_line(text, "X-WR-CALNAME:") == "X-WR-CALNAME:Frister\\, NO");
    int events = 0;
    for (const auto& l : lines) events += l == "BEGIN:VEVENT";
    CHECK(events == 2);
    // All-day: DTEND is the next day, also across a year's end and into 29 February.
    CHECK(text.find("DTSTART;VALUE=DATE:20261231\r\nDTEND;VALUE=DATE:20270101\r\n") != std::string::npos);
    CHECK(text.find("DTSTART;VALUE=DATE:20280228\r\nDTEND;VALUE=DATE:20280229\r\n") != std::string::npos);
    CHECK(content_line(text, "DTSTAMP:") == "DTSTAMP:20260412T132000Z");
    CHECK(content_line(text, "SUMMARY:Varsel") == "SUMMARY:" + ics_escape_text(long_title));
    CHECK(content_line(text, "DESCRIPTION:") == "DESCRIPTION:AML § 15-6");
}

TEST_CASE("UIDs stay the same from one export to the next and differ between deadlines") {
    const std::vector<Deadline> list = {
        make_deadline("2026-06-30", "probation_end", "a1", "", "Prøvetiden slutter – Ola"),
        make_deadline("2026-06-30", "probation_end", "a2", "", "Prøvetiden slutter – Kari"),
        make_deadline("2026-06-30", "vacation_notice", "a1", "f1", "Varsel om ferie – Ola"),
    };
    const std::string first = ics_calendar(list, IcsOptions{"Eksempel", stamp});
    const std::string second = ics_calendar(list, IcsOptions{"Eksempel", UtcMinutes{stamp.count + 1440}});
    auto uids = [](const std::string& text) {
        std::vector<std::string> out;
        for (const auto& l : physical_lines(ics_unfold(text)))
            if (l.rfind("UID:", 0) == 0) out.push_back(l);
        return out;
    };
    const auto a = uids(first), b = uids(second);
    REQUIRE(a.size() == 3);
    CHECK(a == b);
    CHECK(a[0] != a[1]);
    CHECK(a[0] != a[2]);
    CHECK(first != second);  // only DTSTAMP differs
    Deadline changed = list[0];
    CHECK(ics_uid(changed, "Eksempel") == ics_uid(list[0], "Eksempel"));
    changed.title = "Another title";  // the title is not part of the identity
    CHECK(ics_uid(changed, "Eksempel") == ics_uid(list[0], "Eksempel"));
    CHECK(ics_uid(list[0], "Annet") != ics_uid(list[0], "Eksempel"));
    changed.date = D("2026-07-01");
    CHECK(ics_uid(changed, "Eksempel") != ics_uid(list[0], "Eksempel"));
    // The same deadline twice gets two UIDs.
    const std::string twice = ics_calendar({list[0], list[0]}, IcsOptions{"Eksempel", stamp});
    const auto t = uids(twice);
    REQUIRE(t.size() == 2);
    CHECK(t[0] != t[1]);
}

TEST_CASE("the UTC stamp of a minute") {
    CHECK(ics_utc_stamp(UtcMinutes{0}) == "19700101T000000Z");
    CHECK(ics_utc_stamp(UtcMinutes{-1}) == "19691231T235900Z");
    CHECK(ics_utc_stamp(stamp) == "20260412T132000Z");
}
