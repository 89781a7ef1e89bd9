// All the metrics of one replication: subscribes them to the model's facts and gathers
// their KPIs and month-end series after the run.
#pragma once

#include <memory>

#include "metrics/measurements.hpp"
#include "metrics/reporting_window.hpp"
#include "model/domain_events.hpp"
#include "scenario/scenario.hpp"

namespace caresim::metrics {

class Recorder {
 public:
  // The scenario says which mechanisms are on: the KPIs of those that are off are n/a.
  Recorder(const ReportingWindow& window, const scenario::Scenario& scenario);
  ~Recorder();

  void subscribe_to(model::EventPublisher& publisher);
  Measurements report();

 private:
  struct Metrics;  // every metric, by its own type (recorder.cpp)
  std::unique_ptr<Metrics> metrics_;
};

}  // namespace caresim::metrics
