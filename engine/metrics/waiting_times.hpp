// How long children wait for a placement: the mean days from needing a placement to getting
// a proper match (zero when one is found at once; an emergency stop-gap does not end the
// wait; a planned move, a step-down or out of a council home that closes, is no wait and is
// not counted), how many are waiting at each month end, and how many emergency placements
// are made.
#pragma once

#include "metrics/metric.hpp"
#include "metrics/reporting_window.hpp"
#include "metrics/time_weighted.hpp"

namespace caresim::metrics {

class WaitingTimes final : public Metric {
 public:
  explicit WaitingTimes(const ReportingWindow& window) : window_(window), waiting_(window) {}

  void subscribe(model::EventPublisher& publisher) override {
    publisher.subscribe<model::WaitingStarted, model::WaitingEnded, model::PlacementStarted, model::MonthEnded>(*this);
  }
  void on(const model::WaitingStarted& e) override { waiting_.add(e.time, +1); }
  void on(const model::WaitingEnded& e) override { waiting_.add(e.time, -1); }
  // An emergency stop-gap is not the end of the wait: the child still waits for a match.
  void on(const model::PlacementStarted& e) override {
    if (e.planned_move || !window_.counts_fact_at(e.time)) return;
    if (e.type == PlacementType::emergency) {
      ++emergency_placements_;
      return;
    }
    waited_days_ += kernel::ticks_to_days(e.time - e.sought_since);
    ++placements_;
  }
  void on(const model::MonthEnded& e) override;
  void report(Measurements& out) override;

 private:
  const ReportingWindow& window_;
  TimeWeighted waiting_;
  double waited_days_ = 0;
  long placements_ = 0;
  long emergency_placements_ = 0;
  std::vector<double> waiting_at_month_end_;
};

}  // namespace caresim::metrics
