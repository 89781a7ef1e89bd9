// How good the matches were: the mean distance from home of the placements that started in
// the horizon (emergency stop-gaps left out: they are not matches; n/a where the scenario
// models no distance), the mean number of skill
// levels in-house carers had above the child's need (skill held back from children who need
// it), and, where the matching allows carers less skilled than the child needs, the share of
// in-house matches made with one.
#pragma once

#include <algorithm>

#include "metrics/metric.hpp"
#include "metrics/reporting_window.hpp"

namespace caresim::metrics {

class MatchQuality final : public Metric {
 public:
  MatchQuality(const ReportingWindow& window, bool distance_modelled, bool below_need_allowed)
      : window_(window), distance_modelled_(distance_modelled), below_need_allowed_(below_need_allowed) {}

  void subscribe(model::EventPublisher& publisher) override { publisher.subscribe<model::PlacementStarted>(*this); }
  void on(const model::PlacementStarted& e) override {
    if (!window_.counts_fact_at(e.time) || e.type == PlacementType::emergency) return;
    ++matches_;
    miles_ += e.miles;
    if (e.type != PlacementType::in_house_foster) return;
    ++in_house_matches_;
    skill_above_need_ += std::max(0, e.skill_above_need);
    below_need_ += e.skill_above_need < 0;
  }
  void report(Measurements& out) override;

 private:
  const ReportingWindow& window_;
  bool distance_modelled_;
  bool below_need_allowed_;
  long matches_ = 0;
  double miles_ = 0;
  long in_house_matches_ = 0;
  long skill_above_need_ = 0;
  long below_need_ = 0;
};

}  // namespace caresim::metrics
