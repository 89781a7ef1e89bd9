// Young people Staying Put with their former foster carers after 18: how many at a time.
#pragma once

#include "metrics/metric.hpp"
#include "metrics/reporting_window.hpp"
#include "metrics/time_weighted.hpp"

namespace caresim::metrics {

class StayingPut final : public Metric {
 public:
  explicit StayingPut(const ReportingWindow& window) : staying_(window) {}

  void subscribe(model::EventPublisher& publisher) override {
    publisher.subscribe<model::StayingPutStarted, model::StayingPutEnded>(*this);
  }
  void on(const model::StayingPutStarted& e) override { staying_.add(e.time, +1); }
  void on(const model::StayingPutEnded& e) override { staying_.add(e.time, -1); }
  void report(Measurements& out) override { out.add_kpi("staying_put_mean", staying_.mean()); }

 private:
  TimeWeighted staying_;
};

}  // namespace caresim::metrics
