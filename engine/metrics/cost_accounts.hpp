// The cost of care over the reported horizon, by line and financial year. Accounts post money
// to a ledger as it is spent; this reports one KPI and one yearly flow per line
// (`cost.<line>`), the total (`cost_total_gbp`), its net present value (`cost_npv_gbp`) and
// the cost per child in care per week. Without a costs section nothing is subscribed or
// closed, and every cost KPI and flow is 0.
#pragma once

#include <memory>
#include <vector>

#include "finance/cost_ledger.hpp"
#include "metrics/cost_account.hpp"
#include "metrics/metric.hpp"
#include "metrics/placement_costs.hpp"
#include "metrics/reporting_window.hpp"
#include "metrics/time_weighted.hpp"
#include "scenario/scenario.hpp"

namespace caresim::metrics {

class CostAccounts final : public Metric {
 public:
  CostAccounts(const ReportingWindow& window, const scenario::Scenario& scenario);

  void subscribe(model::EventPublisher& publisher) override;
  void on(const model::ChildEntered& e) override {
    in_care_.add(e.time, +1);
    placement_costs_.on(e);
  }
  void on(const model::ChildLeftCare& e) override { in_care_.add(e.time, -1); }
  void on(const model::PlacementStarted& e) override { placement_costs_.on(e); }
  void on(const model::PlacementEnded& e) override { placement_costs_.on(e); }
  void report(Measurements& out) override;

 private:
  const ReportingWindow& window_;
  const scenario::CostsSpec& costs_;
  bool costed_;
  finance::CostLedger ledger_;
  PlacementCosts placement_costs_;
  std::vector<std::unique_ptr<CostAccount>> accounts_;  // the others, each subscribed on its own
  TimeWeighted in_care_;
};

}  // namespace caresim::metrics
