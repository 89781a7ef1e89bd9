// A metric subscribes to the facts it needs and, after the run, reports its KPIs and series.
#pragma once

#include "metrics/measurements.hpp"
#include "model/domain_events.hpp"

namespace caresim::metrics {

class Metric : public model::CareObserver {
 public:
  // Subscribes to exactly the facts this metric overrides `on` for.
  virtual void subscribe(model::EventPublisher& publisher) = 0;
  virtual void report(Measurements& out) = 0;
};

}  // namespace caresim::metrics
