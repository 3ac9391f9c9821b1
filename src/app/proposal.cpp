// "Foreslå plan": the proposed plan of the open document, searched for a slice
// per frame, kept until accepted or discarded.
#include "app/app_state.h"
#include "core/commands.h"

namespace bpa {

void App::start_proposal(const ProposeOptions& options) {
    end_proposal();
    proposal_ = std::make_unique<ProposalRun>();
    proposal_->options = options;
    proposal_->revision = session.revision();
    proposal_->proposer = std::make_unique<Proposer>(session.doc(), options);
    proposal_->progress = proposal_->proposer->progress();
    proposal_->score = proposal_->proposer->score();
}

bool App::step_proposal(const std::function<double()>& clock, double budget) {
    if (!proposal_running()) return false;
    ProposalRun& run = *proposal_;
    const double until = clock() + budget;
    bool done = false;
    do {
        done = run.proposer->step(2000);
    } while (!done && clock() < until);
    run.progress = run.proposer->progress();
    run.score = run.proposer->score();
    if (done) {
        run.result = run.proposer->result();
        run.proposer.reset();
    }
    return !done;
}

void App::cancel_proposal() {
    if (!proposal_running()) return;
    proposal_->proposer->cancel();
    proposal_->progress = proposal_->proposer->progress();
    proposal_->result = proposal_->proposer->result();
    proposal_->proposer.reset();
}

void App::discard_proposal() { end_proposal(); }

Outcome App::accept_proposal(std::optional<std::pair<Date, Date>> period, double now) {
    if (!proposal_ || !proposal_->result) return Refusal::UnknownItem;
    if (proposal_stale()) return Refusal::NotAllowed;
    auto& shifts = proposal_->result->shifts;
    auto chosen = [&](const Shift& s) { return !period || (period->first <= s.start.date && s.start.date <= period->second); };
    std::vector<Shift> taken;
    for (const Shift& s : shifts)
        if (chosen(s)) taken.push_back(s);
    if (taken.empty()) return Refusal::UnknownShift;
    Outcome o = run(i18n.tr("propose.step_accept"), [&](Document& d) { return add_proposed_shifts(d, taken); }, now);
    if (!o.ok()) return o;
    std::erase_if(shifts, chosen);
    if (shifts.empty()) end_proposal();
    else proposal_->revision = session.revision();  // what is left still fits the plan it was made with
    return o;
}

Outcome App::proposal_to_rotation(double now) {
    if (!proposal_ || !proposal_->result) return Refusal::UnknownItem;
    const ProposeOptions& o = proposal_->options;
    const std::vector<Shift> shifts = proposal_->result->shifts;
    Outcome out = run(i18n.tr("propose.step_rotation"),
                      [&](Document& d) { return create_rotation_from(d, shifts, o.weeks, o.from); }, now);
    if (out.ok()) end_proposal();
    return out;
}

}  // namespace bpa
