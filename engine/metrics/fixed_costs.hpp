// Costs that run whether or not places are filled, each on a line of its own, apart from the
// placements' marginal costs: the in-house fostering service (`fixed.in_house_fostering_service`:
// a sum a year plus a sum a year per approved household, so it follows the pool as households
// join and leave), the council's children's homes (`fixed.in_house_homes`: a sum a year plus
// a sum a year per bed, a home's beds from its opening till its last child leaves after its
// closing; `fixed.in_house_home_openings` and `fixed.in_house_home_closures`: a sum on the day
// each home opens within the horizon, and on the day each closes), and what carer_supply's
// levers state they cost a year: a placement support team (`support.placement_support_team`,
// the whole horizon) and a recruitment campaign (`recruitment.campaign`, its years).
#pragma once

#include <optional>
#include <vector>

#include "finance/stepped_cost.hpp"
#include "metrics/cost_account.hpp"
#include "scenario/scenario.hpp"

namespace caresim::metrics {

class FixedCosts final : public CostAccount {
 public:
  FixedCosts(const scenario::Scenario& scenario, const scenario::CostsSpec& costs, const kernel::Clock& clock,
             finance::CostLedger& ledger);

  void subscribe(model::EventPublisher& publisher) override {
    if (costs_.in_house_fostering_service)
      publisher.subscribe<model::HouseholdApproved, model::HouseholdDeregistered>(*this);
    if (costs_.in_house_homes) publisher.subscribe<model::ChildrensHomeClosed>(*this);
  }
  void on(const model::HouseholdApproved& e) override { households_change(e.time, +1); }
  void on(const model::HouseholdDeregistered& e) override { households_change(e.time, -1); }
  void on(const model::ChildrensHomeClosed& e) override { closed_at_[e.home] = e.time; }
  void close() override;

 private:
  void households_change(kernel::Ticks now, int change);
  void close_dated_homes(const scenario::FixedCostSpec& homes);

  const scenario::Scenario& scenario_;
  const scenario::CostsSpec& costs_;
  const kernel::Clock& clock_;
  finance::CostLedger& ledger_;
  finance::SteppedCost fostering_service_;
  finance::CostLedger::Line homes_line_;
  finance::CostLedger::Line openings_line_;
  finance::CostLedger::Line closures_line_;
  finance::CostLedger::Line support_line_;
  finance::CostLedger::Line campaign_line_;
  int beds_ = 0;  // in the council's own homes open throughout the run
  std::vector<std::optional<kernel::Ticks>> closed_at_;  // by home, once closed
  int households_ = 0;
};

}  // namespace caresim::metrics
