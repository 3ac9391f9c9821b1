// Deadlines of a period (deadlines.h).
//
// [SECTION] Titles and sources
// [SECTION] Reading extra fields
// [SECTION] Collecting
// [SECTION] Contract kinds
// [SECTION] Page kinds
// [SECTION] Deadlines of a period
#include "deadlines.h"

#include <algorithm>
#include <optional>
#include <tuple>

#include "holidays.h"
#include "hours.h"
#include "leave.h"
#include "leave_detail.h"
#include "people.h"
#include "plan.h"
#include "rules/rules.h"

namespace bpa {

// [SECTION] Titles and sources -----------------------------------------------------------
namespace {

struct KindText {
    const char* kind;
    const char* nb;         // title, Norwegian bokmål
    const char* da;         // title, Danish
    const char* source_no;
    const char* source_dk;
};

// One row per kind: the titles the page and the calendar show, and where the deadline comes from.
// Handbooks: H = Helsedirektoratets opplæringshåndbok (seed 000), B = Bærum
// kommune, arbeidslederperm (seed 002), R = Rebild Kommune, BPA-håndbog (seed 003).
#define BPA_H "Helsedirektoratets opplæringshåndbok"
#define BPA_B "Bærum kommune, arbeidslederperm"
#define BPA_R "Rebild Kommune, BPA-håndbog"
constexpr KindText kind_texts[] = {
    {"decision_ends", "Vedtaket utløper – søk nytt i god tid", "Afgørelsen udløber – søg ny i god tid",
     "Vedtaket om BPA; " BPA_B " 1.2", "Afgørelsen om BPA (serviceloven § 96)"},
    {"probation_end", "Prøvetiden slutter", "Prøvetiden slutter", "Arbeidsmiljøloven § 15-6",
     "Lov om ansættelsesbeviser; " BPA_R " 5.3"},
    {"employment_ends", "Ansettelsen slutter", "Ansættelsen slutter", "Arbeidsavtalen (arbeidsmiljøloven § 14-6)",
     "Ansættelsesbeviset"},
    {"appraisal_due", "Medarbeidersamtale", "MUS (medarbejderudviklingssamtale)", BPA_H " 4.9 (råd)",
     BPA_R " 4.5 (råd)"},
    {"plan_notice", "Varsel om ny arbeidsplan", "Varsel om ny vagtplan",
     "Arbeidsmiljøloven § 10-3; " BPA_B " 3.3.3", "Arbeidsmiljøloven § 10-3 (NO)"},
    {"holiday_plan_notice", "Varsel om høytidsplan", "Varsel om helligdagsplan", BPA_B " 3.3.2",
     BPA_B " 3.3.2 (NO)"},
    {"vacation_notice", "Varsel om ferie", "Varsel om ferie", "Ferieloven § 6 (2); " BPA_B " 4.3",
     "Ferieloven § 15"},
    {"hours_account_expiry", "Timekontoen nullstilles", "Timekontoen nulstilles", BPA_B " 2.6", BPA_B " 2.6 (NO)"},
    {"annual_account", "Årsoppgjør for timene", "Årsregnskab for timerne til kommunen", BPA_R " 6.2 (DK)",
     BPA_R " 6.2"},
    {"sick_followup_plan", "Oppfølgingsplan ved sykefravær", "Opfølgningsplan ved sygefravær",
     "Arbeidsmiljøloven § 4-6 (3)", "Arbeidsmiljøloven § 4-6 (3) (NO)"},
    {"sick_dialogue_meeting_1", "Dialogmøte 1", "Dialogmøde 1", "Arbeidsmiljøloven § 4-6 (4)",
     "Arbeidsmiljøloven § 4-6 (4) (NO)"},
    {"sick_dialogue_meeting_2", "Dialogmøte 2 med NAV", "Dialogmøde 2 med NAV", "Folketrygdloven § 8-7 a",
     "Folketrygdloven § 8-7 a (NO)"},
    {"sick_conversation", "Sykefraværssamtale", "Sygefraværssamtale", "Sygedagpengeloven § 7 a (DK)",
     "Sygedagpengeloven § 7 a; " BPA_R " 11.4"},
    {"sick_report_municipality", "Sykemelding til kommunen (refusjon)", "Sygemelding til kommunen (refusion)",
     "Sygedagpengeloven § 59 (DK)", "Sygedagpengeloven § 59"},
    {"sick_three_weeks", "3 uker sykdom: lønn høyst 37 timer i uken", "3 ugers sygdom: løn for højst 37 timer om ugen",
     BPA_R " 11.5, 11.7 (DK)", BPA_R " 11.5, 11.7"},
    {"raskmelding_missing", "Raskmelding til lønnsadministrator", "Raskmelding til lønadministrator", BPA_R " 11.10 (DK)",
     BPA_R " 11.10"},
    {"s56_agreement_ends", "§ 56-avtalen utløper", "§ 56-aftalen udløber", "Sygedagpengeloven § 56 (DK)",
     "Sygedagpengeloven § 56; " BPA_R " 11.3"},
    {"grant_application", "Søknad om ekstra timer til opphold", "Ansøgning om ekstra timer til ophold", BPA_R " 9.2–9.3 (DK)",
     BPA_R " 9.2–9.3"},
    {"timesheet_due", "Timelister leveres", "Timesedler afleveres", BPA_B " 3.7", BPA_R " 13.1"},
    {"pay_day", "Lønningsdag", "Lønudbetaling", "Ordningens innstilling (pay_day)", "Ordningens indstilling (pay_day)"},
    {"maternity_notice", "Varsel om foreldrepermisjon", "Varsel om barselsorlov", "Barselsloven § 15 (DK)",
     "Barselsloven § 15; " BPA_R " 12.3"},
    {"workplace_assessment", "Arbeidsplassvurdering (APV)", "Arbejdspladsvurdering (APV)",
     "Arbejdsmiljøloven (DK): APV mindst hvert 3. år", "Arbejdsmiljøloven: APV mindst hvert 3. år; " BPA_R},
    {"confidentiality_missing", "Taushetserklæring mangler før første vakt", "Tavshedserklæring mangler før første vagt",
     "Helsepersonelloven § 21; " BPA_B " 2.7", "Straffeloven §§ 152–152 a; " BPA_R " 5.4"},
    {"certificate_missing", "Politiattest mangler før første vakt", "Straffeattest mangler før første vagt",
     "Helse- og omsorgstjenesteloven § 5-4", BPA_R " 4.3"},
    {"contract_missing", "Skriftlig arbeidsavtale mangler", "Ansættelsesbevis mangler (hovedvilkår)",
     "Arbeidsmiljøloven § 14-5 (2), § 14-6", "Ansættelsesbevisloven § 3"},
    {"contract_complete_missing", "Arbeidsavtalen mangler vilkår", "Ansættelsesbevis mangler (øvrige vilkår)",
     "Ansættelsesbevisloven § 3 (DK)", "Ansættelsesbevisloven § 3"},
    {"child_certificate_missing", "Børneattest mangler før første vakt", "Børneattest mangler før første vagt",
     "Børneattestloven (DK)", "Børneattestloven § 2"},
    {"work_permit_missing", "Arbeidstillatelse mangler før første vakt", "Arbejdstilladelse mangler før første vagt",
     "Utlendingsloven § 55", "Udlændingeloven § 13"},
    {"probation_talk", "Samtale før prøvetiden slutter", "Samtale før prøvetiden slutter",
     "Arbeidsmiljøloven § 15-6; " BPA_H " 4.1 (råd)", BPA_R " 5.3 (råd)"},
    {"talk_followup", "Oppfølging etter samtale", "Opfølgning efter samtale", BPA_H " 4.10–4.11",
     BPA_R " 4.6–4.7"},
    {"application_deadline", "Søknadsfrist for stillingen", "Ansøgningsfrist for stillingen", BPA_B " 2.4.1",
     BPA_R " 4.2"},
    {"wheel_easter_plan", "Årshjul: påskeplanen klar", "Årshjul: påskeplanen klar", BPA_H ", vedlegg 6 (råd)",
     BPA_H ", vedlegg 6 (råd)"},
    {"wheel_advertise", "Årshjul: lys ut stillinger i god tid", "Årshjul: slå stillinger op i god tid",
     BPA_H ", vedlegg 6 (råd)", BPA_H ", vedlegg 6 (råd)"},
    {"wheel_vacation_plan", "Årshjul: ferieplanen bekreftet til assistentene",
     "Årshjul: ferieplanen bekræftet over for hjælperne", BPA_H ", vedlegg 6 (råd)", BPA_H ", vedlegg 6 (råd)"},
    {"wheel_summer_substitutes", "Årshjul: sommervikarer på plass og opplært",
     "Årshjul: sommervikarer på plads og oplært", BPA_H ", vedlegg 6 (råd)", BPA_H ", vedlegg 6 (råd)"},
    {"wheel_christmas_plan", "Årshjul: jule- og nyttårsplanen klar", "Årshjul: jule- og nytårsplanen klar",
     BPA_H ", vedlegg 6 (råd)", BPA_H ", vedlegg 6 (råd)"},
};
#undef BPA_H
#undef BPA_B
#undef BPA_R

const KindText* find_kind(std::string_view kind) {
    for (const auto& k : kind_texts)
        if (kind == k.kind) return &k;
    return nullptr;
}

std::optional<Date> date_of(const Json& j) {
    if (!j.is_string()) return std::nullopt;
    return Date::parse(j.get<std::string>());
}

}  // namespace

std::string deadline_title(std::string_view kind, std::string_view lang) {
    const KindText* k = find_kind(kind);
    if (!k) return std::string(kind);
    return lang == "da" ? k->da : k->nb;
}

// [SECTION] Reading extra fields ------------------------------------------------------------
std::optional<Date> latest_talk(const Assistant& a, std::string_view kind) {
    auto it = a.extra.find("talks");
    if (it == a.extra.end() || !it->is_array()) return std::nullopt;
    std::optional<Date> latest;
    for (const Json& t : *it) {
        if (!t.is_object()) continue;
        auto k = t.find("kind");
        if (k == t.end() || !k->is_string() || k->get<std::string>() != kind) continue;
        auto d = t.find("date");
        if (d == t.end()) continue;
        if (auto date = date_of(*d); date && (!latest || *latest < *date)) latest = date;
    }
    return latest;
}

namespace {

// [SECTION] Collecting -----------------------------------------------------------------------
struct Collector {
    const Document& doc;
    Date from, to;
    std::string lang;  // "nb" | "da"
    std::vector<Deadline> out;

    // Adds the deadline when it lies in the period; `about` (a name) is added to the title.
    void add(Date date, const char* kind, const std::string& assistant, const std::string& ref,
             const std::string& about, bool contract, std::optional<Date> recorded_done = std::nullopt) {
        if (date < from || to < date) return;
        const KindText* k = find_kind(kind);
        Deadline d;
        d.date = date;
        d.kind = kind;
        d.assistant = assistant;
        d.ref = ref;
        d.title = deadline_title(kind, lang);
        if (!about.empty()) d.title += " – " + about;
        d.about = about;
        d.source = doc.arrangement.jurisdiction == Jurisdiction::DK ? k->source_dk : k->source_no;
        d.contract = contract;
        d.recorded_done = recorded_done;
        out.push_back(std::move(d));
    }
    void add_contract(Date date, const char* kind, const Assistant* a, const std::string& ref = {},
                      const std::string& about = {}) {
        add(date, kind, a ? a->id : std::string(), ref, a ? a->name : about, true);
    }
    void add_page(Date date, const char* kind, const Assistant* a, const std::string& ref = {},
                  const std::string& about = {}, std::optional<Date> recorded_done = std::nullopt) {
        add(date, kind, a ? a->id : std::string(), ref, a ? (about.empty() ? a->name : a->name + ": " + about) : about,
            false, recorded_done);
    }
};

using leave_detail::ymd;

bool in_force_on(const Arrangement& a, Date d) { return a.decision_on(d) != nullptr; }

bool in_force_in_year(const Arrangement& a, int year) {
    const Date first = ymd(year, 1, 1), last = ymd(year, 12, 31);
    for (const auto& dec : a.decisions)
        if (dec.from <= last && (!dec.to || first <= *dec.to)) return true;
    return false;
}

// Years are limited to what Date::parse accepts (0001..9999), and the loops to
// the years the period touches.
int first_year(Date d) { return std::max(d.year(), 1); }
int last_year(Date d) { return std::min(d.year(), 9999); }

// [SECTION] Contract kinds -----------------------------------------------------------------------
// DK ferieloven § 15: a main vacation is noticed 3 months ahead. CONTRACT.md:
// "at least 10 vacation days within 1 May–30 September".
bool dk_main_vacation(const Absence& v) {
    for (int y = v.from.year(); y <= v.to.year(); ++y) {
        const Date lo = std::max(v.from, ymd(y, 5, 1));
        const Date hi = std::min(v.to, ymd(y, 9, 30));
        if (count_vacation_days(Jurisdiction::DK, lo, hi) >= 10) return true;
    }
    return false;
}

void contract_kinds(Collector& c) {
    const Document& doc = c.doc;
    const Arrangement& arr = doc.arrangement;
    const bool no = arr.jurisdiction == Jurisdiction::NO;

    for (const auto& dec : arr.decisions)
        if (dec.to) c.add_contract(*dec.to, "decision_ends", nullptr);

    for (const auto& a : doc.assistants) {
        if (a.probation_until) c.add_contract(*a.probation_until, "probation_end", &a);
        if (a.employed_to) c.add_contract(*a.employed_to, "employment_ends", &a);
        // add_months clamps: a year after 29 February is 28 February.
        const Date base = latest_talk(a, "appraisal").value_or(a.employed_from);
        const Date due = add_months(base, 12);
        if (a.employed_on(due)) c.add_contract(due, "appraisal_due", &a);
    }

    if (no) {
        const RuleParams params = resolve_params(arr);
        const PlanData plan = read_plan(doc);
        if (plan.rotation) {
            const Days notice{int32_t(params.number("plan_notice_days"))};
            c.add_contract(plan.rotation->start - notice, "plan_notice", nullptr);
        }
        const Days holiday_notice{int32_t(params.number("holiday_plan_notice_days"))};
        for (const auto& h : plan.holiday_plans)
            c.add_contract(h.from - holiday_notice, "holiday_plan_notice", nullptr, h.id, h.name);
    }

    for (const auto& v : doc.absences) {
        if (v.type != AbsenceType::Vacation) continue;
        // ferieloven § 6 (2) (NO); ferieloven § 15 (DK). Months back keep the day or clamp to the month's end.
        const int months = no ? 2 : (dk_main_vacation(v) ? 3 : 1);
        c.add_contract(add_months(v.from, -months), "vacation_notice", doc.find_assistant(v.assistant), v.id);
    }

    for (int y = first_year(c.from) - 1; y <= last_year(c.to); ++y) {
        if (y < 1) continue;
        if (no && y >= first_year(c.from) && in_force_on(arr, ymd(y, 12, 31)))
            c.add_contract(ymd(y, 12, 31), "hours_account_expiry", nullptr);  // seed 002 § 2.6
        if (!no && y < 9999 && in_force_in_year(arr, y))
            c.add_contract(ymd(y + 1, 3, 31), "annual_account", nullptr);  // seed 003 § 6.2
    }
}

// [SECTION] Page kinds ------------------------------------------------------------------------------
// Sick-leave follow-up: the run of egenmelding and sykemelding absences starting
// on the first sick day; a step is due when the run lasts every day up to the
// day before it.
void sick_followup(Collector& c, const Assistant& a) {
    if (c.doc.arrangement.jurisdiction == Jurisdiction::NO) {
        for (const auto& run : absence_runs(c.doc, a.id, {AbsenceType::Egenmelding, AbsenceType::Sykemelding})) {
            const std::string ref = run.absences.empty() ? std::string() : run.absences.front();
            auto step = [&](int weeks, const char* kind) {
                const Date due = run.from + Days{weeks * 7};
                if (run.to >= due - Days{1}) c.add_page(due, kind, &a, ref);
            };
            step(4, "sick_followup_plan");        // AML 4-6 (3)
            step(7, "sick_dialogue_meeting_1");   // AML 4-6 (4)
            step(26, "sick_dialogue_meeting_2");  // ftrl § 8-7 a
        }
        return;
    }
    for (const DkSickCase& sc : dk_sick_cases(c.doc, a)) {
        const std::string& ref = sc.absences.front();
        auto step = [&](Date due, const char* kind, std::optional<Date> done) {
            if (sc.to >= due - Days{1}) c.add_page(due, kind, &a, ref, {}, done);
        };
        if (sc.conversation_owed) step(sc.conversation_due, "sick_conversation", sc.record.conversation);
        step(sc.report_due, "sick_report_municipality", sc.record.reported);
        step(sc.pay_cap_from, "sick_three_weeks", std::nullopt);
        // Ended (the last sick day is past) without a raskmelding: send it.
        if (!sc.record.raskmelding) c.add_page(sc.to + Days{1}, "raskmelding_missing", &a, ref);
    }
    if (auto s56 = s56_agreement(a)) c.add_page(s56->second, "s56_agreement_ends", &a);
}

// The checklist's items not done by their due day (people.h onboarding_items);
// nothing when no checklist was started.
void onboarding(Collector& c, const Assistant& a) {
    if (!has_onboarding(a)) return;
    static constexpr std::pair<const char*, const char*> kinds[] = {
        {"contract", "contract_missing"}, {"contract_complete", "contract_complete_missing"},
        {"confidentiality", "confidentiality_missing"}, {"certificate", "certificate_missing"},
        {"child_certificate", "child_certificate_missing"}, {"work_permit", "work_permit_missing"}};
    for (const OnboardingItem& i : onboarding_items(c.doc, a)) {
        if (i.done_on || !i.due) continue;
        for (const auto& [key, kind] : kinds)
            if (i.key == key) c.add_page(*i.due, kind, &a);
    }
}

// A talk during probation, in time to give the probation's notice; each talk's follow-up.
void talks(Collector& c, const Assistant& a) {
    for (const OnboardingItem& i : onboarding_items(c.doc, a))
        if (i.key == "probation_talk" && !i.done_on && i.due && a.employed_on(*i.due)) c.add_page(*i.due, "probation_talk", &a);
    for (const Talk& t : talks_of(a))
        if (t.follow_up) c.add_page(*t.follow_up, "talk_followup", &a, t.id);
}

void recruitment(Collector& c) {
    for (const Vacancy& v : vacancies(c.doc))
        if (!v.closed) c.add_page(v.deadline, "application_deadline", nullptr, v.id, v.title);
}

void timesheets_due(Collector& c) {
    const Document& doc = c.doc;
    const Jurisdiction j = doc.arrangement.jurisdiction;
    // A window's due day lies at most 31 days after its period, so periods
    // starting two months before `from` are enough.
    Period p = timesheet_period(j, add_months(c.from, -2));
    while (p.from <= c.to) {
        bool anyone = false;
        for (const auto& a : doc.assistants)
            anyone = anyone || (a.employed_from <= p.to && (!a.employed_to || p.from <= *a.employed_to));
        if (anyone)
            if (auto w = submission_window(doc.arrangement, p)) c.add_page(w->due, "timesheet_due", nullptr);
        if (p.to.year() >= 9999) break;
        p = timesheet_period(j, p.to + Days{1});
    }
}

void pay_days(Collector& c) {
    const Json& rules = c.doc.arrangement.rules;
    if (!rules.is_object()) return;
    auto it = rules.find("pay_day");
    if (it == rules.end() || !it->is_number_integer()) return;
    const int day = it->get<int>();
    if (day < 1 || day > 31) return;
    for (int y = first_year(c.from); y <= last_year(c.to); ++y)
        for (int m = 1; m <= 12; ++m)  // moved back past weekends and holidays (seed 002 § 3.8)
            c.add_page(pay_date(c.doc.arrangement.jurisdiction, y, m, day), "pay_day", nullptr);
}

void workplace_assessment(Collector& c) {
    const Document& doc = c.doc;
    if (doc.assistants.empty()) return;
    std::optional<Date> due;
    if (auto it = doc.arrangement.extra.find("workplace_assessment"); it != doc.arrangement.extra.end())
        if (auto last = date_of(*it)) due = add_months(*last, 36);
    if (!due) {  // none recorded: due as soon as there is an employee
        for (const auto& a : doc.assistants)
            if (!due || a.employed_from < *due) due = a.employed_from;
    }
    c.add_page(*due, "workplace_assessment", nullptr);
}

// Seed 000, Vedlegg 6: the yearly wheel's four periods, with the holiday plans
// anchored to this year's Easter and Christmas.
void year_wheel(Collector& c, Days holiday_notice) {
    for (int y = std::max(first_year(c.from), 1900); y <= std::min(last_year(c.to), 2100); ++y) {
        const Date maundy_thursday = easter_sunday(y) - Days{3};
        c.add_page(maundy_thursday - holiday_notice, "wheel_easter_plan", nullptr);
        c.add_page(ymd(y, 3, 31), "wheel_advertise", nullptr);
        c.add_page(ymd(y, 5, 31), "wheel_vacation_plan", nullptr);
        c.add_page(ymd(y, 6, 1), "wheel_summer_substitutes", nullptr);
        c.add_page(ymd(y, 9, 30), "wheel_advertise", nullptr);
        c.add_page(ymd(y, 12, 24) - holiday_notice, "wheel_christmas_plan", nullptr);
    }
}

void page_kinds(Collector& c) {
    const Document& doc = c.doc;
    const bool dk = doc.arrangement.jurisdiction == Jurisdiction::DK;
    for (const auto& a : doc.assistants) {
        sick_followup(c, a);
        onboarding(c, a);
        talks(c, a);
        if (dk)
            if (auto birth = expected_birth(a))
                for (const auto& n : maternity_notices(*birth))
                    if (n.due) c.add_page(*n.due, "maternity_notice", &a, n.key, n.seed_text);
    }
    recruitment(c);
    if (dk)  // seed 003 §§ 9.2-9.3
        for (const ExtraGrant& g : read_extra_grants(doc))
            if (auto due = grant_application_due(g))
                c.add_page(*due, "grant_application", nullptr, g.id.empty() ? g.from.str() : g.id, g.from.str());
    timesheets_due(c);
    pay_days(c);
    if (dk) workplace_assessment(c);
    const double notice = resolve_params(doc.arrangement).number("holiday_plan_notice_days");
    year_wheel(c, Days{notice > 0 ? int32_t(notice) : 28});
}

}  // namespace

// [SECTION] Deadlines of a period ------------------------------------------------------------------
std::vector<Deadline> deadlines(const Document& doc, Date from, Date to, const DeadlineOptions& options) {
    Collector c{doc, from, to, doc.arrangement.jurisdiction == Jurisdiction::DK ? "da" : "nb", {}};
    if (to < from) return {};
    contract_kinds(c);
    if (options.page_kinds) page_kinds(c);
    std::stable_sort(c.out.begin(), c.out.end(), [](const Deadline& a, const Deadline& b) {
        return std::tie(a.date, a.kind, a.assistant, a.ref) < std::tie(b.date, b.kind, b.assistant, b.ref);
    });
    return std::move(c.out);
}

}  // namespace bpa
