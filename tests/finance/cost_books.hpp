// Test helper: the cost accounts of a scenario over a horizon of whole financial years from
// 1 April 2025, fed hand-made facts, so each test states exactly what happened and when.
#pragma once

#include <algorithm>
#include <stdexcept>
#include <string>
#include <vector>

#include "metrics/cost_accounts.hpp"

namespace caresim::testing {

class CostBooks {
 public:
  // Keeps its own copy of the scenario, which the accounts refer to.
  CostBooks(scenario::Scenario scenario, int years)
      : scenario_(std::move(scenario)),
        window_(metrics::ReportingWindow::of(kernel::Clock(kernel::Date::from_ymd(2024, 4, 1)),
                                             kernel::Date::from_ymd(2025, 4, 1), years)),
        accounts_(window_, scenario_) {
    accounts_.subscribe(publisher_);
  }

  kernel::Ticks at(int year, int month, int day) const {
    return window_.clock.start_of(kernel::Date::from_ymd(year, month, day));
  }

  void enter(model::ChildId child, kernel::Ticks when, kernel::Date born, NeedLevel need = NeedLevel::standard) {
    publisher_.publish(model::ChildEntered{when, child, AgeBand::age_5_9, need, model::LocalityId{0}, born});
  }
  void place(model::ChildId child, PlacementType type, kernel::Ticks when, int skill_above_need = 0,
             bool in_house_home = false) {
    publisher_.publish(model::PlacementStarted{when, child, type, when, when, 1, 0.0, skill_above_need, child,
                                               model::kNoHousehold, in_house_home});
  }
  void stay_put(PlacementType carer, kernel::Ticks from, kernel::Ticks to) {
    publisher_.publish(model::StayingPutStarted{from, carer, model::kNoHousehold});
    publisher_.publish(model::StayingPutEnded{to, carer, model::kNoHousehold});
  }
  void end(model::ChildId child, PlacementType type, kernel::Ticks when) {
    publisher_.publish(model::PlacementEnded{when, child, type, model::EndingReason::left_care});
  }
  void leave(model::ChildId child, kernel::Ticks when) {
    publisher_.publish(model::ChildLeftCare{when, child, when, model::LeavingReason::end_of_stay, {}});
  }
  void approve_household(kernel::Ticks when, model::HouseholdOrigin origin = model::HouseholdOrigin::assessed) {
    publisher_.publish(model::HouseholdApproved{when, model::HouseholdId{0}, 1, origin});
  }
  void home_closed(std::size_t home, int beds, kernel::Ticks when) {
    publisher_.publish(model::ChildrensHomeClosed{when, home, beds});
  }

  void worker_joins(model::WorkerId worker, model::Contract contract, kernel::Ticks when) {
    publisher_.publish(model::SocialWorkerJoined{when, worker, model::TeamId{0}, contract});
  }
  void worker_leaves(model::WorkerId worker, model::Contract contract, kernel::Ticks when) {
    publisher_.publish(model::SocialWorkerLeft{when, worker, model::TeamId{0}, contract, model::WorkerLeaving::resigned});
  }
  template <class Fact>
  void publish(const Fact& fact) {
    publisher_.publish(fact);
  }

  // Reports once: the accounts close then.
  const metrics::Measurements& report() {
    if (!reported_) {
      measurements_.financial_years = window_.financial_years;
      accounts_.report(measurements_);
      reported_ = true;
    }
    return measurements_;
  }
  double kpi(const std::string& name) {
    const auto& m = report();
    const auto at = std::find(m.kpi_names.begin(), m.kpi_names.end(), name);
    if (at == m.kpi_names.end()) throw std::invalid_argument("no KPI " + name);
    return m.kpi_values[static_cast<std::size_t>(at - m.kpi_names.begin())];
  }
  const std::vector<double>& yearly(const std::string& name) {
    const auto& m = report();
    const auto at = std::find(m.yearly_names.begin(), m.yearly_names.end(), name);
    if (at == m.yearly_names.end()) throw std::invalid_argument("no yearly flow " + name);
    return m.yearly[static_cast<std::size_t>(at - m.yearly_names.begin())];
  }

 private:
  scenario::Scenario scenario_;
  metrics::ReportingWindow window_;
  model::EventPublisher publisher_;
  metrics::CostAccounts accounts_;
  metrics::Measurements measurements_;
  bool reported_ = false;
};

}  // namespace caresim::testing
