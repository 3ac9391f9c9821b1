// Deadlines as an iCalendar file (ics.h).
#include "ics.h"

#include <cstdint>
#include <cstdio>
#include <map>

namespace bpa {

namespace {

constexpr size_t max_line_octets = 75;  // RFC 5545 3.1, without the CRLF

bool utf8_continuation(unsigned char c) { return (c & 0xC0) == 0x80; }

// FNV-1a, 64 bits: a stable hash with no dependency on the platform or the run.
uint64_t fnv1a(std::string_view text, uint64_t h = 14695981039346656037ull) {
    for (unsigned char c : text) {
        h ^= c;
        h *= 1099511628211ull;
    }
    return h;
}

std::string ics_date(Date d) {
    const Ymd v = d.ymd();
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d%02d%02d", v.year % 10000, v.month, v.day);
    return buf;
}

}  // namespace

std::string ics_escape_text(std::string_view text) {
    std::string out;
    out.reserve(text.size() + 8);
    for (size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        switch (c) {
            case '\\': out += "\\\\"; break;
            case ';': out += "\\;"; break;
            case ',': out += "\\,"; break;
            case '\n': out += "\\n"; break;
            case '\r':  // CRLF and a lone CR are one line break
                out += "\\n";
                if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
                break;
            default:
                // Other control characters are not allowed in TEXT (3.3.11); a tab is.
                if (static_cast<unsigned char>(c) < 0x20 && c != '\t') break;
                if (c == 0x7F) break;
                out += c;
        }
    }
    return out;
}

std::string ics_fold(std::string_view line) {
    std::string out;
    out.reserve(line.size() + line.size() / 70 * 3 + 2);
    size_t pos = 0;
    size_t room = max_line_octets;  // the first line has 75 octets; the next ones 74 after the space
    while (line.size() - pos > room) {
        size_t cut = pos + room;
        while (cut > pos && utf8_continuation(static_cast<unsigned char>(line[cut]))) --cut;
        if (cut == pos) cut = pos + room;  // not UTF-8: cut where it fits
        out.append(line.substr(pos, cut - pos));
        out += "\r\n ";
        pos = cut;
        room = max_line_octets - 1;
    }
    out.append(line.substr(pos));
    out += "\r\n";
    return out;
}

std::string ics_unfold(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\r' && i + 2 < text.size() && text[i + 1] == '\n' &&
            (text[i + 2] == ' ' || text[i + 2] == '\t')) {
            i += 2;
            continue;
        }
        out += text[i];
    }
    return out;
}

std::string ics_uid(const Deadline& d, std::string_view calendar_name) {
    // The fields are joined with a separator that cannot occur in an id or a date.
    std::string key = d.kind;
    key += '\x1f';
    key += d.date.str();
    key += '\x1f';
    key += d.assistant;
    key += '\x1f';
    key += d.ref;
    key += '\x1f';
    key.append(calendar_name);
    char buf[64];
    std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(fnv1a(key)));
    return d.date.str() + "-" + d.kind + "-" + buf + "@bpa-arbeidsleder";
}

std::string ics_utc_stamp(UtcMinutes t) {
    // Days since 1970-01-01 and the minute of that day (floor division for times before 1970).
    int64_t days = t.count / 1440;
    int64_t minute = t.count % 1440;
    if (minute < 0) {
        minute += 1440;
        days -= 1;
    }
    const Ymd v = Date::from_days(static_cast<int32_t>(days)).ymd();
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04d%02d%02dT%02d%02d00Z", v.year % 10000, v.month, v.day,
                  static_cast<int>(minute / 60), static_cast<int>(minute % 60));
    return buf;
}

std::string ics_calendar(const std::vector<Deadline>& deadlines, const IcsOptions& options) {
    std::string out;
    auto line = [&](std::string_view name, std::string_view value) {
        std::string l(name);
        l += ':';
        l.append(value);
        out += ics_fold(l);
    };
    line("BEGIN", "VCALENDAR");
    line("VERSION", "2.0");
    line("PRODID", "-//BPA Arbeidsleder//NONSGML bpa//EN");
    line("CALSCALE", "GREGORIAN");
    line("METHOD", "PUBLISH");
    if (!options.calendar_name.empty()) line("X-WR-CALNAME", ics_escape_text(options.calendar_name));
    const std::string stamp = ics_utc_stamp(options.now);
    std::map<std::string, int> seen;  // the same deadline twice still gets two UIDs
    for (const Deadline& d : deadlines) {
        std::string uid = ics_uid(d, options.calendar_name);
        if (int n = seen[uid]++; n > 0) uid.insert(uid.find('@'), "-" + std::to_string(n + 1));
        line("BEGIN", "VEVENT");
        line("UID", uid);
        line("DTSTAMP", stamp);
        line("DTSTART;VALUE=DATE", ics_date(d.date));
        line("DTEND;VALUE=DATE", ics_date(d.date + Days{1}));
        line("SUMMARY", ics_escape_text(d.title));
        if (!d.source.empty()) line("DESCRIPTION", ics_escape_text(d.source));
        line("CATEGORIES", ics_escape_text(d.kind));
        line("TRANSP", "TRANSPARENT");
        line("END", "VEVENT");
    }
    line("END", "VCALENDAR");
    return out;
}

}  // namespace bpa
