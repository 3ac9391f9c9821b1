#include "model.h"
#include "command.h"

#include <algorithm>
#include <charconv>
#include <limits>

namespace bpa {

// [SECTION] Employer model ----------------------------------------------------
const char* to_string(EmployerModel m) {
    switch (m) {
    case EmployerModel::Unset: return "";
    case EmployerModel::Kommune: return "kommune";
    case EmployerModel::Leverandor: return "leverandor";
    case EmployerModel::Selv: return "selv";
    case EmployerModel::Naertstaaende: return "naertstaaende";
    case EmployerModel::Forening: return "forening";
    case EmployerModel::Privat: return "privat";
    }
    return "";
}

std::optional<EmployerModel> parse_employer_model(std::string_view s) {
    for (auto m : {EmployerModel::Unset, EmployerModel::Kommune, EmployerModel::Leverandor, EmployerModel::Selv,
                   EmployerModel::Naertstaaende, EmployerModel::Forening, EmployerModel::Privat})
        if (s == to_string(m)) return m;
    return std::nullopt;
}

bool employer_model_allowed(Jurisdiction j, EmployerModel m) {
    switch (m) {
    case EmployerModel::Unset: return true;
    // NO, seed 000 § 2: the municipality, a provider, or the user as employer.
    case EmployerModel::Kommune:
    case EmployerModel::Leverandor: return j == Jurisdiction::NO;
    case EmployerModel::Selv: return true;
    // DK, seed 003 § 2: the user, a close relative, an association or a private company.
    case EmployerModel::Naertstaaende:
    case EmployerModel::Forening:
    case EmployerModel::Privat: return j == Jurisdiction::DK;
    }
    return false;
}

// [SECTION] Arrangement --------------------------------------------------------
const Decision* Arrangement::decision_on(Date d) const {
    for (const auto& dec : decisions)
        if (dec.covers(d)) return &dec;
    return nullptr;
}

// [SECTION] Enums of assistants, shifts and absences ---------------------------
const char* to_string(Employment e) {
    switch (e) {
    case Employment::Fast: return "fast";
    case Employment::Tilkalling: return "tilkalling";
    case Employment::Vikar: return "vikar";
    }
    return "fast";
}

std::optional<Employment> parse_employment(std::string_view s) {
    for (auto e : {Employment::Fast, Employment::Tilkalling, Employment::Vikar})
        if (s == to_string(e)) return e;
    return std::nullopt;
}

const char* to_string(ShiftStatus s) {
    switch (s) {
    case ShiftStatus::Planned: return "planned";
    case ShiftStatus::Worked: return "worked";
    case ShiftStatus::Cancelled: return "cancelled";
    }
    return "planned";
}

std::optional<ShiftStatus> parse_shift_status(std::string_view s) {
    for (auto st : {ShiftStatus::Planned, ShiftStatus::Worked, ShiftStatus::Cancelled})
        if (s == to_string(st)) return st;
    return std::nullopt;
}

const char* to_string(AbsenceType t) {
    switch (t) {
    case AbsenceType::Egenmelding: return "egenmelding";
    case AbsenceType::Sykemelding: return "sykemelding";
    case AbsenceType::ChildSick: return "child_sick";
    case AbsenceType::Vacation: return "vacation";
    case AbsenceType::Leave: return "leave";
    }
    return "egenmelding";
}

std::optional<AbsenceType> parse_absence_type(std::string_view s) {
    for (auto t : {AbsenceType::Egenmelding, AbsenceType::Sykemelding, AbsenceType::ChildSick, AbsenceType::Vacation,
                   AbsenceType::Leave})
        if (s == to_string(t)) return t;
    return std::nullopt;
}

// [SECTION] Document -----------------------------------------------------------
const Assistant* Document::find_assistant(std::string_view id) const {
    for (const auto& a : assistants)
        if (a.id == id) return &a;
    return nullptr;
}

Assistant* Document::find_assistant(std::string_view id) {
    for (auto& a : assistants)
        if (a.id == id) return &a;
    return nullptr;
}

std::string Document::next_id(std::string_view prefix) const { return IdAllocator(*this).next(prefix); }

}  // namespace bpa
