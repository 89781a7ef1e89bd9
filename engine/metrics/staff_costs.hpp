// What the workforce costs (`costs.staff`): each permanent social worker in post at the
// permanent cost a year (`staff.social_workers`), each agency worker at the agency cost
// (`staff.agency_social_workers`), and the personal advisers, a team of fixed size
// (`staff.personal_advisers`). A worker off sick is still paid; a vacancy nobody covers costs
// nothing (its cases go to colleagues, whose caseloads rise).
#pragma once

#include <array>

#include "finance/stepped_cost.hpp"
#include "metrics/cost_account.hpp"
#include "scenario/scenario.hpp"

namespace caresim::metrics {

class StaffCosts final : public CostAccount {
 public:
  StaffCosts(const scenario::Scenario& scenario, const scenario::CostsSpec& costs, finance::CostLedger& ledger);

  void subscribe(model::EventPublisher& publisher) override {
    if (costs_.staff)
      publisher.subscribe<model::SocialWorkerJoined, model::SocialWorkerLeft, model::SocialWorkersChanged>(*this);
  }
  void on(const model::SocialWorkerJoined& e) override { in_post_change(e.time, e.contract, +1); }
  void on(const model::SocialWorkerLeft& e) override { in_post_change(e.time, e.contract, -1); }
  // The pay a change of social workers brings, permanent or agency, from its date.
  void on(const model::SocialWorkersChanged& e) override;
  void close() override;

 private:
  void in_post_change(kernel::Ticks now, model::Contract contract, int change);

  const scenario::CostsSpec& costs_;
  finance::CostLedger& ledger_;
  std::array<double, 2> gbp_per_year_{};  // a worker, by Contract
  std::array<finance::SteppedCost, 2> pay_;  // by Contract
  std::array<int, 2> in_post_{};             // by Contract
  finance::CostLedger::Line advisers_line_;
  int advisers_ = 0;
};

}  // namespace caresim::metrics
