// DfE short-term placement stability: of the children in care at 31 March, the share who had
// three or more separate placements during the year to that 31 March (the placement held on
// 1 April counts as one of them). Averaged over the 31 Marches of the reported horizon.
#pragma once

#include "metrics/metric.hpp"
#include "metrics/reporting_window.hpp"
#include "metrics/three_plus_in_year.hpp"

namespace caresim::metrics {

class PlacementStability final : public Metric {
 public:
  explicit PlacementStability(const ReportingWindow& window) : placements_(window) {}

  void subscribe(model::EventPublisher& publisher) override {
    publisher.subscribe<model::ChildEntered, model::ChildLeftCare, model::PlacementStarted, model::PlacementEnded, model::YearEnded>(*this);
  }
  void on(const model::ChildEntered& e) override { placements_.entered(e.child); }
  void on(const model::ChildLeftCare& e) override { placements_.left(e.child); }
  void on(const model::PlacementStarted& e) override { placements_.started(e.child); }
  void on(const model::PlacementEnded& e) override { placements_.ended(e.child); }
  void on(const model::YearEnded& e) override { placements_.year_ended(e.time); }
  void report(Measurements& out) override { out.add_kpi("share_3plus_placements_in_year", placements_.share()); }

 private:
  ThreePlusInYear placements_;
};

}  // namespace caresim::metrics
