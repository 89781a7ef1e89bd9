// Unplanned placement endings: per year, and per placement-year at risk (every placement day
// counts, so with a constant hazard h and nothing else the rate per placement-year is h).
#pragma once

#include "metrics/metric.hpp"
#include "metrics/reporting_window.hpp"
#include "metrics/time_weighted.hpp"
#include "metrics/yearly_flow.hpp"

namespace caresim::metrics {

class BreakdownRate final : public Metric {
 public:
  explicit BreakdownRate(const ReportingWindow& window)
      : window_(window), placed_(window), breakdowns_(window) {}

  void subscribe(model::EventPublisher& publisher) override {
    publisher.subscribe<model::PlacementStarted, model::PlacementEnded>(*this);
  }
  void on(const model::PlacementStarted& e) override { placed_.add(e.time, +1); }
  void on(const model::PlacementEnded& e) override {
    placed_.add(e.time, -1);
    if (e.reason == model::EndingReason::breakdown) breakdowns_.count(e.time);
  }
  void report(Measurements& out) override;

 private:
  const ReportingWindow& window_;
  TimeWeighted placed_;
  YearlyFlow breakdowns_;
};

}  // namespace caresim::metrics
