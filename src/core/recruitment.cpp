// Recruitment, the texts drafted from the weekly need, and the reference
// letter's data (people.h).
//
// [SECTION] Reading and writing
// [SECTION] Vacancies and candidates
// [SECTION] Hiring
// [SECTION] The need summed up, and the drafts
// [SECTION] The reference letter
#include <algorithm>
#include <cmath>
#include <cstdio>

#include "core/people.h"
#include "core/commands.h"
#include "core/people_detail.h"
#include "core/plan.h"

namespace bpa {

using namespace people_detail;

namespace {

// [SECTION] Reading and writing ---------------------------------------------------------
Reference read_reference(const Json& j) {
    return {text_field(j, "name"), text_field(j, "relation"), date_field(j, "contacted_on"), text_field(j, "said"),
            bool_field(j, "family")};
}

Json write_reference(const Reference& r) {
    return {{"name", r.name}, {"relation", r.relation}, {"contacted_on", date_json(r.contacted_on)},
            {"said", r.said}, {"family", r.family}};
}

std::optional<Candidate> read_candidate(const Json& j) {
    if (!j.is_object() || text_field(j, "id").empty()) return std::nullopt;
    Candidate c;
    c.id = text_field(j, "id");
    c.name = text_field(j, "name");
    c.phone = text_field(j, "phone");
    c.email = text_field(j, "email");
    c.applied_on = date_field(j, "applied_on");
    c.status = text_field(j, "status");
    if (std::none_of(std::begin(candidate_statuses), std::end(candidate_statuses), [&](const char* s) { return c.status == s; }))
        c.status = "applied";
    c.interview_on = date_field(j, "interview_on");
    c.notes = text_field(j, "notes");
    c.certificate_seen = date_field(j, "certificate_seen");
    c.child_certificate_seen = date_field(j, "child_certificate_seen");
    c.assistant = text_field(j, "assistant");
    if (auto r = j.find("references"); r != j.end() && r->is_array())
        for (const Json& e : *r)
            if (e.is_object()) c.references.push_back(read_reference(e));
    return c;
}

Json write_candidate(const Candidate& c) {
    Json refs = Json::array();
    for (const auto& r : c.references) refs.push_back(write_reference(r));
    return {{"id", c.id}, {"name", c.name}, {"phone", c.phone}, {"email", c.email},
            {"applied_on", date_json(c.applied_on)}, {"status", c.status}, {"interview_on", date_json(c.interview_on)},
            {"notes", c.notes}, {"certificate_seen", date_json(c.certificate_seen)},
            {"child_certificate_seen", date_json(c.child_certificate_seen)}, {"assistant", c.assistant},
            {"references", refs}};
}

std::optional<Vacancy> read_vacancy(const Json& j) {
    auto opened = date_field(j, "opened");
    auto deadline = date_field(j, "deadline");
    if (!j.is_object() || text_field(j, "id").empty() || !opened || !deadline) return std::nullopt;
    Vacancy v;
    v.id = text_field(j, "id");
    v.title = text_field(j, "title");
    v.opened = *opened;
    v.deadline = *deadline;
    v.hours_per_week = number_field(j, "hours_per_week");
    v.start = date_field(j, "start");
    v.description = text_field(j, "description");
    v.advert = text_field(j, "advert");
    v.closed = bool_field(j, "closed");
    if (auto q = j.find("questions"); q != j.end() && q->is_array())
        for (const Json& e : *q)
            if (e.is_string()) v.questions.push_back(e.get<std::string>());
    if (auto c = j.find("candidates"); c != j.end() && c->is_array())
        for (const Json& e : *c)
            if (auto cand = read_candidate(e)) v.candidates.push_back(std::move(*cand));
    return v;
}

Json write_vacancy(const Vacancy& v) {
    Json cands = Json::array();
    for (const auto& c : v.candidates) cands.push_back(write_candidate(c));
    return {{"id", v.id}, {"title", v.title}, {"opened", v.opened.str()}, {"deadline", v.deadline.str()},
            {"hours_per_week", v.hours_per_week}, {"start", date_json(v.start)}, {"description", v.description},
            {"advert", v.advert}, {"questions", v.questions}, {"closed", v.closed}, {"candidates", cands}};
}

Json& recruitment_json(Document& doc) {
    Json& r = doc.extra["recruitment"];
    if (!r.is_array()) r = Json::array();
    return r;
}

// The stored entry of the vacancy, or nullptr.
Json* vacancy_json(Document& doc, std::string_view id) {
    for (Json& e : recruitment_json(doc))
        if (e.is_object() && text_field(e, "id") == id) return &e;
    return nullptr;
}

std::string lang_of(const Document& doc) { return doc.arrangement.jurisdiction == Jurisdiction::DK ? "da" : "nb"; }

}  // namespace

std::vector<Vacancy> vacancies(const Document& doc) {
    std::vector<Vacancy> out;
    if (auto it = doc.extra.find("recruitment"); it != doc.extra.end() && it->is_array())
        for (const Json& e : *it)
            if (auto v = read_vacancy(e)) out.push_back(std::move(*v));
    return out;
}

bool user_is_child(const Document& doc) { return bool_field(doc.arrangement.extra, "user_is_child"); }

Outcome set_user_is_child(Document& doc, bool child) {
    doc.arrangement.extra["user_is_child"] = child;
    return {};
}

// [SECTION] Vacancies and candidates --------------------------------------------------------
Outcome add_vacancy(Document& doc, Date today) {
    Vacancy v;
    v.id = IdAllocator(doc).next("vacancy");
    const std::string lang = lang_of(doc);
    v.title = lang == "da" ? "Hjælper" : "Personlig assistent";
    v.opened = today;
    v.deadline = today + Days{min_application_days};
    v.description = draft_job_description(doc, lang);
    v.advert = draft_advert(doc, v, lang);
    recruitment_json(doc).push_back(write_vacancy(v));
    Outcome o;
    o.id = v.id;
    return o;
}

Outcome update_vacancy(Document& doc, const Vacancy& v) {
    Json* j = vacancy_json(doc, v.id);
    if (!j) return Refusal::UnknownItem;
    if (blank(v.title)) return Refusal::Required;
    if (v.deadline < v.opened + Days{min_application_days}) return Refusal::BadDate;
    if (!(v.hours_per_week >= 0 && v.hours_per_week <= 168)) return Refusal::OutOfRange;
    Json keep = *j;
    *j = write_vacancy(v);
    for (auto it = keep.begin(); it != keep.end(); ++it)  // unknown keys stay
        if (!j->contains(it.key())) (*j)[it.key()] = it.value();
    return {};
}

Outcome delete_vacancy(Document& doc, std::string_view id) {
    Json& r = recruitment_json(doc);
    auto before = r.size();
    r.erase(std::remove_if(r.begin(), r.end(), [&](const Json& e) { return text_field(e, "id") == id; }), r.end());
    if (r.size() == before) return Refusal::UnknownItem;
    return {};
}

namespace {

template <typename F>
Outcome change_vacancy(Document& doc, std::string_view id, F f) {
    Json* j = vacancy_json(doc, id);
    if (!j) return Refusal::UnknownItem;
    auto v = read_vacancy(*j);
    if (!v) return Refusal::UnknownItem;
    Outcome o = f(*v);
    if (!o) return o;
    Json keep = *j;
    *j = write_vacancy(*v);
    for (auto it = keep.begin(); it != keep.end(); ++it)
        if (!j->contains(it.key())) (*j)[it.key()] = it.value();
    return o;
}

Candidate* find_candidate(Vacancy& v, std::string_view id) {
    for (auto& c : v.candidates)
        if (c.id == id) return &c;
    return nullptr;
}

}  // namespace

Outcome add_candidate(Document& doc, std::string_view vacancy, const std::string& name, Date today) {
    if (blank(name)) return Refusal::Required;
    std::string id = IdAllocator(doc).next("candidate");
    return change_vacancy(doc, vacancy, [&](Vacancy& v) {
        Candidate c;
        c.id = id;
        c.name = name;
        c.applied_on = today;
        v.candidates.push_back(c);
        Outcome o;
        o.id = id;
        return o;
    });
}

Outcome update_candidate(Document& doc, std::string_view vacancy, const Candidate& c) {
    if (blank(c.name)) return Refusal::Required;
    if (std::none_of(std::begin(candidate_statuses), std::end(candidate_statuses), [&](const char* s) { return c.status == s; }))
        return Refusal::OutOfRange;
    return change_vacancy(doc, vacancy, [&](Vacancy& v) -> Outcome {
        Candidate* stored = find_candidate(v, c.id);
        if (!stored) return Refusal::UnknownItem;
        if ((c.status == "hired") != (stored->status == "hired") || c.assistant != stored->assistant)
            return Refusal::NotAllowed;  // hiring goes through hire_candidate
        *stored = c;
        return {};
    });
}

Outcome delete_candidate(Document& doc, std::string_view vacancy, std::string_view candidate) {
    return change_vacancy(doc, vacancy, [&](Vacancy& v) -> Outcome {
        auto before = v.candidates.size();
        std::erase_if(v.candidates, [&](const Candidate& c) { return c.id == candidate; });
        if (v.candidates.size() == before) return Refusal::UnknownItem;
        return {};
    });
}

// [SECTION] Hiring ----------------------------------------------------------------------
int references_checked(const Candidate& c) {
    return int(std::count_if(c.references.begin(), c.references.end(),
                             [](const Reference& r) { return !r.family && !blank(r.name) && !blank(r.said); }));
}

std::vector<std::string> hiring_gaps(const Document& doc, const Candidate& c) {
    std::vector<std::string> gaps;
    if (!c.interview_on) gaps.push_back("interview");
    if (references_checked(c) < 2) gaps.push_back("references");
    if (!c.certificate_seen) gaps.push_back("certificate");
    if (doc.arrangement.jurisdiction == Jurisdiction::DK && user_is_child(doc) && !c.child_certificate_seen)
        gaps.push_back("child_certificate");
    return gaps;
}

Outcome hire_candidate(Document& doc, std::string_view vacancy, std::string_view candidate, Date from) {
    auto all = vacancies(doc);
    auto v = std::find_if(all.begin(), all.end(), [&](const Vacancy& x) { return x.id == vacancy; });
    if (v == all.end()) return Refusal::UnknownItem;
    auto c = std::find_if(v->candidates.begin(), v->candidates.end(), [&](const Candidate& x) { return x.id == candidate; });
    if (c == v->candidates.end()) return Refusal::UnknownItem;
    if (c->status == "hired" || !c->assistant.empty()) return Refusal::NotAllowed;
    Outcome made = add_assistant(doc, c->name, from);
    if (!made) return made;
    Assistant* a = doc.find_assistant(made.id);
    a->phone = c->phone;
    a->email = c->email;
    a->contract_hours_per_week = v->hours_per_week;
    a->probation_until = add_months(from, 6) - Days{1};  // AML 15-6: at most 6 months
    Json& o = a->extra["onboarding"];
    o = {{"contract_signed", nullptr}, {"confidentiality_signed", nullptr},
         {"certificate_seen", date_json(c->certificate_seen)}};
    if (c->child_certificate_seen) o["child_certificate_seen"] = c->child_certificate_seen->str();
    const std::string id = made.id;
    Outcome marked = change_vacancy(doc, vacancy, [&](Vacancy& x) -> Outcome {
        Candidate* stored = find_candidate(x, candidate);
        stored->status = "hired";
        stored->assistant = id;
        return {};
    });
    if (!marked) return marked;
    Outcome out;
    out.id = id;
    return out;
}

// [SECTION] The need summed up, and the drafts ----------------------------------------------
NeedSummary need_summary(const Document& doc) {
    NeedSummary s;
    const PlanData plan = read_plan(doc);
    int64_t minutes = 0;
    for (const NeedBlock& b : plan.need) {
        const int64_t len = b.from == b.to ? 1440 : wall_length(b.from, b.to).count;
        minutes += len * b.assistants;
        int wd = int(b.weekday);
        if (std::find(s.weekdays.begin(), s.weekdays.end(), wd) == s.weekdays.end()) s.weekdays.push_back(wd);
        if (!blank(b.task) && std::find(s.tasks.begin(), s.tasks.end(), b.task) == s.tasks.end()) s.tasks.push_back(b.task);
        // A block touching 23:00-05:00 (as minutes from its start) is night work.
        const int64_t start = b.from.minutes();
        for (int64_t m = start; m < start + len; m += 30) {
            const int64_t of_day = m % 1440;
            if (of_day >= 23 * 60 || of_day < 5 * 60) s.nights = true;
        }
        s.passive_nights = s.passive_nights || b.passive_night;
        s.two_at_once = s.two_at_once || b.assistants > 1;
    }
    std::sort(s.weekdays.begin(), s.weekdays.end());
    s.hours_per_week = double(minutes) / 60.0;
    return s;
}

namespace {

const char* weekday_word(int wd, std::string_view lang) {
    static const char* nb[] = {"mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"};
    static const char* da[] = {"mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"};
    static const char* en[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
    const char** t = lang == "da" ? da : lang == "en" ? en : nb;
    return t[std::clamp(wd, 1, 7) - 1];
}

std::string hours_text(double h, std::string_view lang) {
    char buf[32];
    if (std::abs(h - std::round(h)) < 1e-9) std::snprintf(buf, sizeof buf, "%.0f", h);
    else std::snprintf(buf, sizeof buf, "%.1f", h);
    std::string s = buf;
    if (lang != "en")
        if (auto p = s.find('.'); p != std::string::npos) s[p] = ',';
    return s;
}

std::string join(const std::vector<std::string>& parts, std::string_view lang) {
    std::string out;
    const char* and_word = lang == "en" ? " and " : " og ";
    for (size_t i = 0; i < parts.size(); ++i) {
        if (i > 0) out += i + 1 == parts.size() ? and_word : ", ";
        out += parts[i];
    }
    return out;
}

std::string days_text(const NeedSummary& s, std::string_view lang) {
    if (s.weekdays.size() == 7) return lang == "en" ? "every day of the week" : lang == "da" ? "alle ugens dage" : "alle dager i uka";
    std::vector<std::string> names;
    for (int wd : s.weekdays) names.push_back(weekday_word(wd, lang));
    return join(names, lang);
}

}  // namespace

std::string draft_job_description(const Document& doc, std::string_view lang) {
    const NeedSummary s = need_summary(doc);
    std::string out;
    if (lang == "en") {
        out = "Personal assistant in a user-controlled personal assistance arrangement (BPA). The user leads the work "
              "and decides how and when the tasks are done.\n";
        if (s.hours_per_week > 0)
            out += "The need for help is about " + hours_text(s.hours_per_week, lang) + " hours a week, " + days_text(s, lang) + ".\n";
        if (!s.tasks.empty()) out += "Tasks: " + join(s.tasks, lang) + ".\n";
        if (s.nights) out += s.passive_nights ? "Includes night shifts, partly passive (sleeping) night duty.\n" : "Includes night shifts.\n";
        if (s.two_at_once) out += "At times two assistants work together.\n";
    } else if (lang == "da") {
        out = "Hjælper i en borgerstyret personlig assistance (BPA). Borgeren er arbejdsleder og bestemmer, hvordan og "
              "hvornår opgaverne løses.\n";
        if (s.hours_per_week > 0)
            out += "Behovet for hjælp er ca. " + hours_text(s.hours_per_week, lang) + " timer om ugen, " + days_text(s, lang) + ".\n";
        if (!s.tasks.empty()) out += "Opgaver: " + join(s.tasks, lang) + ".\n";
        if (s.nights) out += s.passive_nights ? "Der er nattevagter, delvis som rådighedsvagt (sovende nattevagt).\n" : "Der er nattevagter.\n";
        if (s.two_at_once) out += "Til tider arbejder to hjælpere sammen.\n";
    } else {
        out = "Personlig assistent i en ordning med brukerstyrt personlig assistanse (BPA). Brukeren er arbeidsleder "
              "og bestemmer hvordan og når oppgavene skal gjøres.\n";
        if (s.hours_per_week > 0)
            out += "Behovet for hjelp er om lag " + hours_text(s.hours_per_week, lang) + " timer i uka, " + days_text(s, lang) + ".\n";
        if (!s.tasks.empty()) out += "Oppgaver: " + join(s.tasks, lang) + ".\n";
        if (s.nights) out += s.passive_nights ? "Det er nattevakter, delvis passive (hvilende) nattevakter.\n" : "Det er nattevakter.\n";
        if (s.two_at_once) out += "Til tider jobber to assistenter sammen.\n";
    }
    return out;
}

std::string draft_advert(const Document& doc, const Vacancy& v, std::string_view lang) {
    const std::string desc = v.description.empty() ? draft_job_description(doc, lang) : v.description;
    const std::string hours = v.hours_per_week > 0 ? hours_text(v.hours_per_week, lang) : "";
    const std::string deadline = v.deadline.str();
    if (lang == "en") {
        std::string s = v.title + " wanted\n\n" + desc;
        if (!hours.empty()) s += "The position is about " + hours + " hours a week.\n";
        s += "A police certificate is required before the first shift. References from former employers or school, "
             "not family or friends.\nApplication deadline: " + deadline + ".\n";
        return s;
    }
    if (lang == "da") {
        std::string s = v.title + " søges\n\n" + desc;
        if (!hours.empty()) s += "Stillingen er på ca. " + hours + " timer om ugen.\n";
        s += "Der indhentes straffeattest" + std::string(user_is_child(doc) ? " og børneattest" : "") +
             " før første vagt. Referencer fra tidligere arbejdsgivere eller uddannelse, ikke familie eller venner.\n"
             "Ansøgningsfrist: " + deadline + ".\n";
        return s;
    }
    std::string s = v.title + " søkes\n\n" + desc;
    if (!hours.empty()) s += "Stillingen er på om lag " + hours + " timer i uka.\n";
    s += "Politiattest kreves før første vakt. Referanser fra tidligere arbeidsgivere eller skole, ikke familie eller "
         "venner.\nSøknadsfrist: " + deadline + ".\n";
    return s;
}

// [SECTION] The reference letter ------------------------------------------------------------
ReferenceLetter reference_letter(const Document& doc, const Assistant& a) {
    ReferenceLetter r;
    r.name = a.name;
    r.birth_date = a.birth_date;
    r.from = a.employed_from;
    r.to = a.employed_to;
    r.employment = a.employment;
    r.contract_hours_per_week = a.contract_hours_per_week;
    int64_t minutes = 0;
    for (const auto& s : doc.shifts)
        if (s.assistant == a.id && s.status == ShiftStatus::Worked)
            minutes += s.end.wall_minutes() - s.start.wall_minutes() - s.break_minutes;
    r.worked_hours = double(minutes) / 60.0;
    r.tasks = need_summary(doc).tasks;
    r.assessment = reference_assessment(a);
    r.arrangement = doc.arrangement.name;
    r.leader = doc.arrangement.leader.name;
    return r;
}

}  // namespace bpa
