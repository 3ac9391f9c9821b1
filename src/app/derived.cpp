// Derived results of the open document, cached by revision: the views draw
// from these and never compute them per frame.
#include "app/app_state.h"
#include "core/people.h"

namespace bpa {

App::Derived& App::derived() {
    if (derived_.revision != session.revision()) {
        retired_derived_.push_back(std::move(derived_));
        derived_ = Derived{};
        derived_.revision = session.revision();
    }
    return derived_;
}

const PlanData& App::plan() {
    Derived& d = derived();
    if (!d.plan_ready) {
        d.plan = read_plan(session.doc());
        d.plan_ready = true;
    }
    return d.plan;
}

const ShiftIndex& App::shift_index() {
    Derived& d = derived();
    if (!d.shifts) d.shifts.emplace(session.doc());
    return *d.shifts;
}

const std::vector<Violation>& App::violations() {
    Derived& d = derived();
    if (!d.check_ready) {
        d.violations = check(session.doc());
        for (const auto& v : d.violations) {
            for (const auto& id : v.shifts) {
                auto it = d.marks.find(id);
                if (it == d.marks.end()) d.marks.emplace(id, v.severity);
                else if (v.severity == Severity::Error) it->second = Severity::Error;
            }
        }
        // A shift before the confidentiality declaration or the certificate (people.h) is marked as a warning too.
        d.papers = papers_missing(session.doc(), Date::from_days(-1000000), Date::from_days(3000000));
        for (const auto& p : d.papers) d.marks.emplace(p.shift, Severity::Warning);
        d.check_ready = true;
    }
    return d.violations;
}

const std::map<std::string, Severity, std::less<>>& App::shift_marks() {
    violations();
    return derived_.marks;
}

const std::vector<PapersMissing>& App::papers() {
    violations();
    return derived_.papers;
}

const RuleParams& App::params() {
    Derived& d = derived();
    if (!d.params) d.params = resolve_params(session.doc().arrangement);
    return *d.params;
}

const Coverage& App::coverage(Date from, Date to) {
    Derived& d = derived();
    auto it = d.coverage.find({from, to});
    if (it == d.coverage.end()) {
        if (d.coverage.size() > 8) d.coverage.clear();  // a few ranges at a time: the screens shown
        it = d.coverage.emplace(std::make_pair(from, to), bpa::coverage(session.doc(), plan().need, from, to)).first;
    }
    return it->second;
}

const std::vector<App::OpenShiftCover>& App::open_shifts(size_t suggested) {
    Derived& d = derived();
    if (!d.open || d.open_suggested != suggested) {
        const Document& doc = session.doc();
        std::vector<OpenShiftCover> out;
        for (auto& o : bpa::open_shifts(doc)) {
            OpenShiftCover c{std::move(o), {}, {}};
            if (out.size() < suggested) {
                c.search = find_substitutes(doc, c.open.shift);
                c.suggestions = suggestions_of(c.search);
            }
            out.push_back(std::move(c));
        }
        d.open = std::move(out);
        d.open_suggested = suggested;
    }
    return *d.open;
}

const Timesheet& App::timesheet(const std::string& assistant, Date from, Date to) {
    Derived& d = derived();
    auto key = std::make_tuple(assistant, from, to);
    auto it = d.timesheets.find(key);
    if (it == d.timesheets.end()) it = d.timesheets.emplace(key, bpa::timesheet(session.doc(), assistant, from, to)).first;
    return it->second;
}

const HoursAccount& App::hours_account(int year, Date today) {
    Derived& d = derived();
    auto it = d.accounts.find({year, today});
    if (it == d.accounts.end())
        it = d.accounts.emplace(std::make_pair(year, today), bpa::hours_account(session.doc(), year, today)).first;
    return it->second;
}

const VacationStatus& App::vacation_status(const std::string& assistant, int year) {
    Derived& d = derived();
    auto it = d.vacations.find({assistant, year});
    if (it == d.vacations.end()) {
        static const VacationStatus none{};
        const Assistant* a = session.doc().find_assistant(assistant);
        if (!a) return none;
        it = d.vacations.emplace(std::make_pair(assistant, year), bpa::vacation_status(session.doc(), *a, year)).first;
    }
    return it->second;
}

const std::vector<YearDeadline>& App::deadlines(Date from, Date to, Date today) {
    Derived& d = derived();
    auto key = std::make_tuple(from, to, today);
    auto it = d.deadlines.find(key);
    if (it == d.deadlines.end()) {
        if (d.deadlines.size() > 4) d.deadlines.clear();  // a year or two at a time: the screens shown
        it = d.deadlines.emplace(key, year_deadlines(session.doc(), from, to, today)).first;
    }
    return it->second;
}

const DeadlineAgenda& App::deadline_agenda(Date today) {
    Derived& d = derived();
    if (!d.agenda || d.agenda->first != today) d.agenda.emplace(today, bpa::deadline_agenda(session.doc(), today));
    return d.agenda->second;
}

const Attention& App::attention(Date today) {
    const std::vector<Violation>& v = violations();
    Derived& d = derived();
    if (!d.attention || d.attention->first != today) d.attention.emplace(today, bpa::attention(session.doc(), today, v));
    return d.attention->second;
}

const LayOutPreview& App::lay_out_preview(Date from, Date to) {
    Derived& d = derived();
    auto it = d.lay_out_previews.find({from, to});
    if (it == d.lay_out_previews.end()) {
        if (d.lay_out_previews.size() > 4) d.lay_out_previews.clear();  // the periods being typed
        it = d.lay_out_previews.emplace(std::make_pair(from, to), preview_lay_out_rotation(session.doc(), from, to)).first;
    }
    return it->second;
}

Outcome App::run(const std::string& label, const Command& command, double now, uint64_t merge_key) {
    if (refused_in_conflict(now)) return Outcome{Refusal::NotAllowed};
    Outcome o = session.run(label, command, merge_key);
    if (!o.ok()) notify(Notice::Kind::Error, not_saved(refusal_key(o.refusal)), now);
    return o;
}

}  // namespace bpa
