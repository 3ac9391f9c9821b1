#include "shift_edit.h"

#include <cstdio>

namespace bpa {

const char* issue_key(ShiftIssue i) {
    switch (i) {
        case ShiftIssue::None: return "shift_issue.none";
        case ShiftIssue::UnknownAssistant: return "shift_issue.unknown_assistant";
        case ShiftIssue::NonexistentTime: return "shift_issue.nonexistent_time";
        case ShiftIssue::ZeroLength: return "shift_issue.zero_length";
        case ShiftIssue::EndBeforeStart: return "shift_issue.end_before_start";
        case ShiftIssue::TooLong: return "shift_issue.too_long";
        case ShiftIssue::NotEmployed: return "shift_issue.not_employed";
    }
    return "shift_issue.none";
}

ShiftIssue validate_shift(const Document& doc, const Shift& s) {
    const Assistant* a = doc.find_assistant(s.assistant);
    if (!a) return ShiftIssue::UnknownAssistant;
    Zone z = zone_of(doc.arrangement.jurisdiction);
    if (classify(s.start, z) == LocalKind::Nonexistent || classify(s.end, z) == LocalKind::Nonexistent)
        return ShiftIssue::NonexistentTime;
    Minutes len = elapsed(s.start, s.end, z);
    if (len.count == 0) return ShiftIssue::ZeroLength;
    if (len.count < 0) return ShiftIssue::EndBeforeStart;
    if (len.count > 48 * 60) return ShiftIssue::TooLong;
    if (!a->employed_on(s.start.date)) return ShiftIssue::NotEmployed;
    return ShiftIssue::None;
}

Shift shift_on(Date d, int from_minute, int to_minute) {
    Shift s;
    s.start = {d, from_minute};
    if (to_minute >= 1440) s.end = {d + Days{1}, to_minute - 1440};
    else if (to_minute <= from_minute) s.end = {d + Days{1}, to_minute};
    else s.end = {d, to_minute};
    return s;
}

std::optional<int> parse_hhmm(std::string_view t, bool allow_24) {
    // Accepts "7:30", "07:30" and "0730".
    std::string digits;
    int colon = -1;
    for (size_t i = 0; i < t.size(); ++i) {
        char c = t[i];
        if (c >= '0' && c <= '9') digits += c;
        else if ((c == ':' || c == '.') && colon < 0) colon = static_cast<int>(digits.size());
        else return std::nullopt;
    }
    int h = 0, m = 0;
    if (colon >= 0) {
        if (colon < 1 || colon > 2 || digits.size() - colon != 2) return std::nullopt;
        h = std::stoi(digits.substr(0, colon));
        m = std::stoi(digits.substr(colon));
    } else {
        if (digits.size() != 4) return std::nullopt;
        h = std::stoi(digits.substr(0, 2));
        m = std::stoi(digits.substr(2));
    }
    if (m > 59) return std::nullopt;
    if (h == 24 && m == 0 && allow_24) return 1440;
    if (h > 23) return std::nullopt;
    return h * 60 + m;
}

std::string format_hhmm(int minute_of_day) {
    char buf[8];
    snprintf(buf, sizeof buf, "%02d:%02d", minute_of_day / 60, minute_of_day % 60);
    return buf;
}

}  // namespace bpa
