// The document: one arrangement with its assistants, shifts and absences
// (CONTRACT.md, format version 1). Every struct keeps the JSON fields it does
// not know in `extra`, so that a round trip loses nothing.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "calendar.h"
#include "holidays.h"

namespace bpa {

using Json = nlohmann::json;

inline constexpr const char* format_name = "bpa-arbeidsleder";
inline constexpr int format_version = 1;

struct Contact {
    std::string name;   //
    std::string phone;  //
    std::string email;  //
    std::string note;   // role, office, hours when reachable
    Json extra = Json::object();
    bool operator==(const Contact&) const = default;
    bool empty() const { return name.empty() && phone.empty() && email.empty() && note.empty(); }
};

// The most hours a week a decision may grant: two assistants day and night (CONTRACT.md).
inline constexpr double max_decision_hours = 336;

// A municipal decision: hours per week granted for a period.
struct Decision {
    Date from;                   // first day
    std::optional<Date> to;      // last day, inclusive; nullopt = open
    double hours_per_week = 0;   // 0..max_decision_hours
    std::string reference;       // the decision's case number or date, free text
    Json extra = Json::object();
    bool operator==(const Decision&) const = default;
    bool covers(Date d) const { return from <= d && (!to || d <= *to); }
};

// Who employs the assistants. NO (seed 000 § 2): kommune, leverandør, brukeren
// selv. DK (seed 003 § 2): the user, a close relative, an association or a company.
enum class EmployerModel { Unset, Kommune, Leverandor, Selv, Naertstaaende, Forening, Privat };
const char* to_string(EmployerModel m);  // "", "kommune", "leverandor", "selv", "naertstaaende", "forening", "privat"
std::optional<EmployerModel> parse_employer_model(std::string_view s);
bool employer_model_allowed(Jurisdiction j, EmployerModel m);

struct Arrangement {
    std::string name;
    Jurisdiction jurisdiction = Jurisdiction::NO;
    std::vector<Decision> decisions;      // sorted by `from`, non-overlapping
    Json rules = Json::object();          // overrides of rule parameters, by parameter name
    Contact leader;                       // arbeidsleder
    Contact deputy;                       // medarbeidsleder / stedfortreder
    EmployerModel employer_model = EmployerModel::Unset;
    Contact employer;                     // the employer's contact person
    Contact municipality;                 // saksbehandler in the municipality
    Json extra = Json::object();
    bool operator==(const Arrangement&) const = default;

    const Decision* decision_on(Date d) const;
};

enum class Employment { Fast, Tilkalling, Vikar };
const char* to_string(Employment e);  // "fast" | "tilkalling" | "vikar"
std::optional<Employment> parse_employment(std::string_view s);

struct Child {
    Date birth_date;
    bool chronic = false;  // chronically ill or disabled: extra child-sick days
    Json extra = Json::object();
    bool operator==(const Child&) const = default;
};

struct Assistant {
    std::string id;
    std::string name;
    std::optional<Date> birth_date;
    Date employed_from;
    std::optional<Date> employed_to;        // last day, inclusive; nullopt = still employed
    Employment employment = Employment::Fast;
    double contract_hours_per_week = 0;     // 0..168
    std::optional<Date> probation_until;
    bool related_to_user = false;           // seed 002 § 2.3: related persons at most 20 %
    bool single_parent = false;
    std::vector<Child> children;
    std::string phone;
    std::string email;
    std::string address;
    std::string note;
    Json extra = Json::object();
    bool operator==(const Assistant&) const = default;

    bool employed_on(Date d) const { return employed_from <= d && (!employed_to || d <= *employed_to); }
};

enum class ShiftStatus { Planned, Worked, Cancelled };
inline constexpr ShiftStatus all_shift_statuses[] = {ShiftStatus::Planned, ShiftStatus::Worked, ShiftStatus::Cancelled};
const char* to_string(ShiftStatus s);  // "planned" | "worked" | "cancelled"
std::optional<ShiftStatus> parse_shift_status(std::string_view s);

struct Shift {
    std::string id;
    std::string assistant;
    LocalDateTime start;
    LocalDateTime end;  // after start; may be on a later day
    int break_minutes = 0;
    bool passive_night = false;
    ShiftStatus status = ShiftStatus::Planned;
    Json extra = Json::object();
    bool operator==(const Shift&) const = default;
};

// The time a shift ends, as a time of day on the day it started or after:
// a shift ending at midnight ends at 24:00.
inline TimeOfDay end_time(const Shift& s) {
    return TimeOfDay(s.end.minute_of_day == 0 && s.end.date > s.start.date ? 1440 : s.end.minute_of_day);
}

enum class AbsenceType { Egenmelding, Sykemelding, ChildSick, Vacation, Leave };
const char* to_string(AbsenceType t);  // "egenmelding" | "sykemelding" | "child_sick" | "vacation" | "leave"
std::optional<AbsenceType> parse_absence_type(std::string_view s);

struct Absence {
    std::string id;
    std::string assistant;
    AbsenceType type = AbsenceType::Egenmelding;
    Date from;  // inclusive
    Date to;    // inclusive
    Json extra = Json::object();
    bool operator==(const Absence&) const = default;
};

struct Document {
    Arrangement arrangement;
    std::vector<Assistant> assistants;
    std::vector<Shift> shifts;
    std::vector<Absence> absences;
    Json extra = Json::object();  // unknown top-level fields
    bool operator==(const Document&) const = default;

    const Assistant* find_assistant(std::string_view id) const;
    Assistant* find_assistant(std::string_view id);
    // A new id with the given prefix that no assistant, shift or absence uses ("a3", "s12", ...).
    std::string next_id(std::string_view prefix) const;
};

}  // namespace bpa
