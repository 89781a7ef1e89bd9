// Placements started during the year, as the DfE counts "new placements": every placement a
// child starts, the first of an episode or a move, and the share of them more than 20 miles
// from home (its "location of new placements"; n/a where the scenario models no distance).
#pragma once

#include "metrics/far_from_home.hpp"
#include "metrics/metric.hpp"
#include "metrics/reporting_window.hpp"
#include "metrics/yearly_flow.hpp"

namespace caresim::metrics {

class NewPlacements final : public Metric {
 public:
  NewPlacements(const ReportingWindow& window, bool distance_modelled)
      : window_(window), placements_(window), distance_modelled_(distance_modelled) {}

  void subscribe(model::EventPublisher& publisher) override { publisher.subscribe<model::PlacementStarted>(*this); }
  void on(const model::PlacementStarted& e) override {
    if (placements_.count(e.time) && e.miles > kFarFromHomeMiles) ++far_from_home_;
  }
  void report(Measurements& out) override;

 private:
  const ReportingWindow& window_;
  YearlyFlow placements_;
  bool distance_modelled_;
  long far_from_home_ = 0;
};

}  // namespace caresim::metrics
