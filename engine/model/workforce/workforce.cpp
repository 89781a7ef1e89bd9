#include "model/workforce/workforce.hpp"

namespace caresim::model {

Workforce::Workforce(const scenario::Scenario& scenario, std::uint64_t replication, const kernel::Clock& clock,
                     kernel::Agenda& agenda, EventPublisher& publisher, CareSystem& care)
    : effects_(scenario.workforce->effects_on_children,
               scenario.workforce->social_workers ? scenario.workforce->social_workers->caseload_target : 0, care,
               agenda) {
  const auto& spec = *scenario.workforce;
  if (const auto& workers = spec.social_workers) {
    std::vector<kernel::Ticks> changes_at;
    for (const auto& change : workers->changes) changes_at.push_back(clock.begins_at(change.start_date));
    social_work_.emplace(*workers, scenario.run.seed, replication, std::move(changes_at), agenda, publisher, effects_);
  }
  if (spec.personal_advisers)
    advisers_.emplace(*spec.personal_advisers, scenario.run.seed, replication, clock, agenda, publisher);
  publisher.subscribe<ChildEntered, ChildLeftCare>(*this);
}

void Workforce::start() {
  if (social_work_) social_work_->start();
}

void Workforce::handle(const kernel::Event& event) {
  const auto what = process_event_of<WorkforceEvent>(event.kind);
  if (what == WorkforceEvent::adviser_due || what == WorkforceEvent::support_ends)
    advisers_->handle(what, event.subject, event.generation);
  else
    social_work_->handle(what, event.subject, event.generation);
}

void Workforce::on(const ChildEntered& e) {
  if (social_work_) social_work_->child_entered(e.child, e.number, e.carries_record_over(), e.home, e.time);
  if (advisers_) advisers_->child_entered(e.child, e.number, e.date_of_birth, e.carries_record_over());
}

void Workforce::on(const ChildLeftCare& e) {
  if (social_work_) social_work_->child_left_care(e.child);
  if (advisers_) advisers_->child_left_care(e.child, e.entered);
}

}  // namespace caresim::model
