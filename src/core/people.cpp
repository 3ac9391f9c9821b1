// People: talks, onboarding, leaving and archive, papers missing before a
// shift (people.h). Recruitment and the drafted texts are in recruitment.cpp.
//
// [SECTION] Reading and writing extension fields
// [SECTION] Talks
// [SECTION] Onboarding
// [SECTION] Leaving and archive
// [SECTION] Papers missing before a shift
#include "core/people.h"

#include <algorithm>

#include "core/hours.h"
#include "core/leave.h"
#include "core/people_detail.h"

namespace bpa {

// [SECTION] Reading and writing extension fields ----------------------------------------
namespace people_detail {

std::optional<Date> date_field(const Json& o, const char* key) {
    if (!o.is_object()) return std::nullopt;
    auto it = o.find(key);
    if (it == o.end() || !it->is_string()) return std::nullopt;
    return Date::parse(it->get<std::string>());
}

std::string text_field(const Json& o, const char* key) {
    if (!o.is_object()) return {};
    auto it = o.find(key);
    return it != o.end() && it->is_string() ? it->get<std::string>() : std::string();
}

bool bool_field(const Json& o, const char* key) {
    if (!o.is_object()) return false;
    auto it = o.find(key);
    return it != o.end() && it->is_boolean() && it->get<bool>();
}

double number_field(const Json& o, const char* key) {
    if (!o.is_object()) return 0;
    auto it = o.find(key);
    return it != o.end() && it->is_number() ? it->get<double>() : 0;
}

Json date_json(const std::optional<Date>& d) { return d ? Json(d->str()) : Json(nullptr); }

bool blank(const std::string& s) { return s.find_first_not_of(" \t\r\n") == std::string::npos; }

}  // namespace people_detail

using namespace people_detail;

namespace {

Json& array_field(Json& o, const char* key) {
    if (!o.is_object()) o = Json::object();
    Json& a = o[key];
    if (!a.is_array()) a = Json::array();
    return a;
}

// The entry of an array of objects with "id" == id, or nullptr.
Json* by_id(Json& array, std::string_view id) {
    if (!array.is_array()) return nullptr;
    for (Json& e : array)
        if (e.is_object() && text_field(e, "id") == id) return &e;
    return nullptr;
}

template <size_t N>
bool known(std::string_view value, const char* const (&list)[N]) {
    return std::any_of(std::begin(list), std::end(list), [&](const char* k) { return value == k; });
}

}  // namespace

// [SECTION] Talks -------------------------------------------------------------------
std::string Talk::form_text(std::string_view who, std::string_view topic) const {
    auto w = forms.find(std::string(who));
    if (w == forms.end() || !w->is_object()) return {};
    return text_field(*w, std::string(topic).c_str());
}

namespace {

std::optional<Talk> read_talk(const Json& j) {
    if (!j.is_object()) return std::nullopt;
    auto date = date_field(j, "date");
    std::string id = text_field(j, "id");
    if (!date || id.empty()) return std::nullopt;
    Talk t;
    t.id = id;
    t.date = *date;
    t.kind = text_field(j, "kind");
    if (!known(t.kind, talk_kinds)) t.kind = "other";
    t.note = text_field(j, "note");
    t.present = text_field(j, "present");
    t.agreed = text_field(j, "agreed");
    t.follow_up = date_field(j, "follow_up");
    t.signed_leader = bool_field(j, "signed_leader");
    t.signed_assistant = bool_field(j, "signed_assistant");
    if (auto f = j.find("forms"); f != j.end() && f->is_object()) t.forms = *f;
    return t;
}

void write_talk(Json& j, const Talk& t) {
    j["id"] = t.id;
    j["date"] = t.date.str();
    j["kind"] = t.kind;
    j["note"] = t.note;
    j["present"] = t.present;
    j["agreed"] = t.agreed;
    j["follow_up"] = date_json(t.follow_up);
    j["signed_leader"] = t.signed_leader;
    j["signed_assistant"] = t.signed_assistant;
    if (t.forms.is_object() && !t.forms.empty()) j["forms"] = t.forms;
    else j.erase("forms");
}

}  // namespace

std::vector<Talk> talks_of(const Assistant& a) {
    std::vector<Talk> out;
    if (auto it = a.extra.find("talks"); it != a.extra.end() && it->is_array())
        for (const Json& j : *it)
            if (auto t = read_talk(j)) out.push_back(std::move(*t));
    std::stable_sort(out.begin(), out.end(), [](const Talk& x, const Talk& y) { return x.date < y.date; });
    return out;
}

Outcome add_talk(Document& doc, std::string_view assistant, Date date, std::string_view kind) {
    Assistant* a = doc.find_assistant(assistant);
    if (!a) return Refusal::UnknownAssistant;
    if (!known(kind, talk_kinds)) return Refusal::OutOfRange;
    Talk t;
    t.id = IdAllocator(doc).next("talk");
    t.date = date;
    t.kind = std::string(kind);
    Json j = Json::object();
    write_talk(j, t);
    array_field(a->extra, "talks").push_back(std::move(j));
    Outcome o;
    o.id = t.id;
    return o;
}

Outcome update_talk(Document& doc, std::string_view assistant, const Talk& t) {
    Assistant* a = doc.find_assistant(assistant);
    if (!a) return Refusal::UnknownAssistant;
    Json* j = by_id(array_field(a->extra, "talks"), t.id);
    if (!j) return Refusal::UnknownItem;
    if (!known(t.kind, talk_kinds)) return Refusal::OutOfRange;
    if (t.follow_up && *t.follow_up < t.date) return Refusal::BadDate;
    write_talk(*j, t);
    return {};
}

Outcome delete_talk(Document& doc, std::string_view assistant, std::string_view talk_id) {
    Assistant* a = doc.find_assistant(assistant);
    if (!a) return Refusal::UnknownAssistant;
    Json& talks = array_field(a->extra, "talks");
    auto before = talks.size();
    talks.erase(std::remove_if(talks.begin(), talks.end(),
                               [&](const Json& e) { return e.is_object() && text_field(e, "id") == talk_id; }),
                talks.end());
    if (talks.size() == before) return Refusal::UnknownItem;
    return {};
}

// [SECTION] Onboarding ----------------------------------------------------------------
namespace {

const char* onboarding_field(std::string_view key) {
    if (key == "contract") return "contract_signed";
    if (key == "contract_complete") return "contract_complete";
    if (key == "confidentiality") return "confidentiality_signed";
    if (key == "certificate") return "certificate_seen";
    if (key == "child_certificate") return "child_certificate_seen";
    if (key == "work_permit") return "work_permit_seen";
    if (key == "bank_account") return "bank_account";
    return nullptr;
}

const Json& onboarding_json(const Assistant& a) {
    static const Json none = Json::object();
    auto it = a.extra.find("onboarding");
    return it != a.extra.end() && it->is_object() ? *it : none;
}

Json& onboarding_json(Assistant& a) {
    Json& o = a.extra["onboarding"];
    if (!o.is_object()) {
        o = Json::object();
        for (const char* k : {"contract_signed", "confidentiality_signed", "certificate_seen"}) o[k] = nullptr;
    }
    return o;
}

}  // namespace

bool has_onboarding(const Assistant& a) {
    auto it = a.extra.find("onboarding");
    return it != a.extra.end() && it->is_object();
}

Date first_shift_day(const Document& doc, const Assistant& a) {
    std::optional<Date> first;
    for (const auto& s : doc.shifts)
        if (s.assistant == a.id && s.status != ShiftStatus::Cancelled && (!first || s.start.date < *first))
            first = s.start.date;
    return first.value_or(a.employed_from);
}

// The handbooks by name, as the screen shows a source (seeds 000, 002, 003).
#define HELSEDIR "Helsedirektoratets opplæringshåndbok"
#define BAERUM "Bærum kommune, arbeidslederperm"
#define REBILD "Rebild Kommune, BPA-håndbog"

std::vector<OnboardingItem> onboarding_items(const Document& doc, const Assistant& a) {
    const bool dk = doc.arrangement.jurisdiction == Jurisdiction::DK;
    const Json& o = onboarding_json(a);
    const Date first = first_shift_day(doc, a);
    std::vector<OnboardingItem> out;
    auto item = [&](const char* key, std::optional<Date> due, bool law, const char* source) {
        out.push_back({key, "", due, date_field(o, onboarding_field(key)), law, source});
    };
    item("contract", a.employed_from + Days{7}, true, dk ? "Ansættelsesbevisloven § 3" : "AML § 14-5 (2), § 14-6");
    if (dk) item("contract_complete", add_months(a.employed_from, 1), true, "Ansættelsesbevisloven § 3");
    item("confidentiality", first, true, dk ? "Straffeloven §§ 152-152 a; " REBILD " 5.4" : "Helsepersonelloven § 21; " BAERUM " 2.7");
    item("certificate", first, true, dk ? REBILD " 4.3" : "Helse- og omsorgstjenesteloven § 5-4");
    if (dk && user_is_child(doc)) item("child_certificate", first, true, "Børneattestloven § 2");
    if (bool_field(o, "work_permit_needed"))
        item("work_permit", first, true, dk ? "Udlændingeloven § 13" : "Utlendingsloven § 55");
    item("bank_account", first + Days{14}, false, dk ? REBILD " 5.3" : BAERUM " 3.2");
    if (a.probation_until) {
        std::optional<Date> held;
        for (const Talk& t : talks_of(a))
            if (t.kind == "probation" && t.date <= *a.probation_until) held = t.date;
        out.push_back({"probation_talk", "", *a.probation_until - Days{14}, held, false,
                       dk ? REBILD " 5.3; funktionærloven § 2 (5)" : "AML § 15-6; " HELSEDIR " 4.1"});
    }
    if (auto t = o.find("training"); t != o.end() && t->is_array())
        for (const Json& e : *t) {
            std::string id = text_field(e, "id");
            if (id.empty()) continue;
            out.push_back({"training:" + id, text_field(e, "text"), std::nullopt, date_field(e, "done_on"), false,
                           dk ? REBILD " 4.5" : BAERUM " 3.4"});
        }
    return out;
}

int onboarding_overdue(const Document& doc, const Assistant& a, Date on) {
    int n = 0;
    for (const auto& i : onboarding_items(doc, a))
        if (!i.done_on && i.due && *i.due <= on) ++n;
    return n;
}

bool onboarding_complete(const Document& doc, const Assistant& a) {
    auto items = onboarding_items(doc, a);
    return std::all_of(items.begin(), items.end(), [](const OnboardingItem& i) { return i.done_on.has_value(); });
}

int shadowing_shifts(const Document& doc, const Assistant& a) {
    int n = 0;
    for (const auto& s : doc.shifts) {
        if (s.assistant != a.id || s.status == ShiftStatus::Cancelled) continue;
        const bool together = std::any_of(doc.shifts.begin(), doc.shifts.end(), [&](const Shift& o) {
            if (o.assistant == a.id || o.status == ShiftStatus::Cancelled) return false;
            const Assistant* other = doc.find_assistant(o.assistant);
            return other && other->employed_from < a.employed_from && o.start < s.end && s.start < o.end;
        });
        if (together) ++n;
    }
    return n;
}

Outcome set_onboarding_date(Document& doc, std::string_view assistant, std::string_view key, std::optional<Date> on) {
    Assistant* a = doc.find_assistant(assistant);
    if (!a) return Refusal::UnknownAssistant;
    const char* field = onboarding_field(key);
    if (!field) return Refusal::UnknownItem;
    onboarding_json(*a)[field] = date_json(on);
    return {};
}

bool work_permit_needed(const Assistant& a) { return bool_field(onboarding_json(a), "work_permit_needed"); }

Outcome set_work_permit_needed(Document& doc, std::string_view assistant, bool needed) {
    Assistant* a = doc.find_assistant(assistant);
    if (!a) return Refusal::UnknownAssistant;
    onboarding_json(*a)["work_permit_needed"] = needed;
    return {};
}

Outcome add_training_item(Document& doc, std::string_view assistant, const std::string& text) {
    if (blank(text)) return Refusal::Required;
    std::string id = IdAllocator(doc).next("training");
    Assistant* a = doc.find_assistant(assistant);
    if (!a) return Refusal::UnknownAssistant;
    array_field(onboarding_json(*a), "training").push_back({{"id", id}, {"text", text}, {"done_on", nullptr}});
    Outcome o;
    o.id = id;
    return o;
}

Outcome set_training_done(Document& doc, std::string_view assistant, std::string_view item, std::optional<Date> on) {
    Assistant* a = doc.find_assistant(assistant);
    if (!a) return Refusal::UnknownAssistant;
    Json* e = by_id(array_field(onboarding_json(*a), "training"), item);
    if (!e) return Refusal::UnknownItem;
    (*e)["done_on"] = date_json(on);
    return {};
}

Outcome remove_training_item(Document& doc, std::string_view assistant, std::string_view item) {
    Assistant* a = doc.find_assistant(assistant);
    if (!a) return Refusal::UnknownAssistant;
    Json& list = array_field(onboarding_json(*a), "training");
    auto before = list.size();
    list.erase(std::remove_if(list.begin(), list.end(), [&](const Json& e) { return text_field(e, "id") == item; }),
               list.end());
    if (list.size() == before) return Refusal::UnknownItem;
    return {};
}

Outcome start_onboarding(Document& doc, std::string_view assistant) {
    Assistant* a = doc.find_assistant(assistant);
    if (!a) return Refusal::UnknownAssistant;
    if (has_onboarding(*a)) return Refusal::NotAllowed;
    onboarding_json(*a);
    return {};
}

// [SECTION] Leaving and archive -----------------------------------------------------------
inline constexpr const char* leaving_kinds[] = {"resignation", "dismissal", "temporary_end"};

std::optional<Leaving> leaving_of(const Assistant& a) {
    auto it = a.extra.find("leaving");
    if (it == a.extra.end() || !it->is_object()) return std::nullopt;
    auto notice = date_field(*it, "notice_given");
    auto last = date_field(*it, "last_day");
    if (!notice || !last) return std::nullopt;
    Leaving l{text_field(*it, "kind"), *notice, *last, text_field(*it, "reason"), text_field(*it, "assessment")};
    if (!known(l.kind, leaving_kinds)) l.kind = "resignation";
    return l;
}

bool archived(const Assistant& a) { return bool_field(a.extra, "archived"); }

Date last_day_after_notice(const Document& doc, const Assistant& a, Date on, bool by_employer) {
    NoticePeriod p = notice_period(doc.arrangement.jurisdiction, a, on, by_employer ? NoticeBy::Employer : NoticeBy::Employee);
    return p.ends.value_or(on);
}

namespace {

// Planned shifts of the assistant starting after `last`; Locked when one is locked.
Refusal planned_after(const Document& doc, std::string_view assistant, Date last, std::vector<std::string>* ids) {
    LockIndex lock(doc);
    for (const auto& s : doc.shifts) {
        if (s.assistant != assistant || s.status != ShiftStatus::Planned || s.start.date <= last) continue;
        if (lock.days_locked(assistant, s.start.date, s.end.date)) return Refusal::Locked;
        if (ids) ids->push_back(s.id);
    }
    return Refusal::None;
}

}  // namespace

Outcome record_leaving(Document& doc, std::string_view assistant, const Leaving& l) {
    Assistant* a = doc.find_assistant(assistant);
    if (!a) return Refusal::UnknownAssistant;
    if (!known(l.kind, leaving_kinds)) return Refusal::OutOfRange;
    if (l.last_day < l.notice_given || l.last_day < a->employed_from) return Refusal::BadDate;
    if (Refusal r = planned_after(doc, assistant, l.last_day, nullptr); r != Refusal::None) return r;
    a->employed_to = l.last_day;
    a->extra["leaving"] = {{"kind", l.kind}, {"notice_given", l.notice_given.str()}, {"last_day", l.last_day.str()},
                           {"reason", l.reason}, {"assessment", l.assessment}};
    return {};
}

Outcome undo_leaving(Document& doc, std::string_view assistant) {
    Assistant* a = doc.find_assistant(assistant);
    if (!a) return Refusal::UnknownAssistant;
    if (!a->extra.contains("leaving")) return Refusal::NotAllowed;
    a->extra.erase("leaving");
    a->employed_to.reset();
    return {};
}

Outcome set_reference_assessment(Document& doc, std::string_view assistant, const std::string& text) {
    Assistant* a = doc.find_assistant(assistant);
    if (!a) return Refusal::UnknownAssistant;
    Json& l = a->extra["leaving"];
    if (!l.is_object()) l = Json::object();
    l["assessment"] = text;
    return {};
}

std::string reference_assessment(const Assistant& a) {
    auto it = a.extra.find("leaving");
    return it != a.extra.end() ? text_field(*it, "assessment") : std::string();
}

bool has_records(const Document& doc, const Assistant& a) {
    for (const auto& s : doc.shifts)
        if (s.assistant == a.id && s.status == ShiftStatus::Worked) return true;
    for (const auto& x : doc.absences)
        if (x.assistant == a.id) return true;
    for (const auto& t : read_timesheets(doc))
        if (t.assistant == a.id) return true;
    return !talks_of(a).empty();
}

Outcome archive_assistant(Document& doc, std::string_view assistant, Date today) {
    Assistant* a = doc.find_assistant(assistant);
    if (!a) return Refusal::UnknownAssistant;
    Date last = a->employed_to.value_or(std::max(a->employed_from, today - Days{1}));
    std::vector<std::string> drop;
    if (Refusal r = planned_after(doc, assistant, last, &drop); r != Refusal::None) return r;
    a->employed_to = last;
    a->extra["archived"] = true;
    doc.shifts.erase(std::remove_if(doc.shifts.begin(), doc.shifts.end(),
                                    [&](const Shift& s) { return std::find(drop.begin(), drop.end(), s.id) != drop.end(); }),
                     doc.shifts.end());
    return {};
}

Outcome unarchive_assistant(Document& doc, std::string_view assistant) {
    Assistant* a = doc.find_assistant(assistant);
    if (!a) return Refusal::UnknownAssistant;
    if (!archived(*a)) return Refusal::NotAllowed;
    a->extra.erase("archived");
    return {};
}

// [SECTION] Papers missing before a shift -----------------------------------------------
std::vector<PapersMissing> papers_missing(const Document& doc, Date from, Date to) {
    std::vector<PapersMissing> out;
    for (const auto& s : doc.shifts) {
        if (s.status == ShiftStatus::Cancelled || s.start.date < from || to < s.start.date) continue;
        const Assistant* a = doc.find_assistant(s.assistant);
        if (!a || !has_onboarding(*a)) continue;
        const Json& o = onboarding_json(*a);
        PapersMissing p{a->id, s.id, s.start.date, {}};
        for (const char* key : {"confidentiality", "certificate"}) {
            auto done = date_field(o, onboarding_field(key));
            if (!done || s.start.date < *done) p.missing.push_back(key);
        }
        if (!p.missing.empty()) out.push_back(std::move(p));
    }
    std::sort(out.begin(), out.end(), [](const PapersMissing& x, const PapersMissing& y) {
        return std::tie(x.day, x.assistant, x.shift) < std::tie(y.day, y.assistant, y.shift);
    });
    return out;
}

}  // namespace bpa
