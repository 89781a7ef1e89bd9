// DfE short-term placement stability: of the children in care at 31 March, the share who had
// three or more separate placements during the year to that 31 March (the placement held on
// 1 April counts as one of them). Averaged over the 31 Marches of the reported horizon.
#pragma once

#include "metrics/children_in_care.hpp"
#include "metrics/metric.hpp"
#include "metrics/reporting_window.hpp"
#include "metrics/three_plus_shares.hpp"

namespace caresim::metrics {

class PlacementStability final : public Metric {
 public:
  // Counts the year's placements of the children in care at each 31 March, which starts the
  // children's next year.
  PlacementStability(const ReportingWindow& window, ChildrenInCare& children)
      : children_(children), placements_(window) {}

  void subscribe(model::EventPublisher& publisher) override { publisher.subscribe<model::YearEnded>(*this); }
  void on(const model::YearEnded& e) override {
    const auto year = children_.close_placement_year();
    placements_.year_ended(e.time, year.in_care, year.three_plus);
  }
  void report(Measurements& out) override { out.add_kpi("share_3plus_placements_in_year", placements_.share()); }

 private:
  ChildrenInCare& children_;
  ThreePlusShares placements_;
};

}  // namespace caresim::metrics
