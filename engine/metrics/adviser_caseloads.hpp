// Personal advisers: young people per PA, young people waiting for one, and the days from
// asking to being allocated one, time-averaged or averaged over the horizon's allocations.
#pragma once

#include <vector>

#include "metrics/metric.hpp"
#include "metrics/reporting_window.hpp"
#include "metrics/time_weighted.hpp"
#include "scenario/workforce_spec.hpp"

namespace caresim::metrics {

class AdviserCaseloads final : public Metric {
 public:
  // `spec` null: no personal advisers in the scenario, and every KPI n/a.
  AdviserCaseloads(const ReportingWindow& window, const scenario::PersonalAdvisersSpec* spec)
      : window_(window), spec_(spec), supported_(window), waiting_(window) {}

  void subscribe(model::EventPublisher& publisher) override {
    if (spec_)
      publisher.subscribe<model::AdviserRequested, model::AdviserAllocated, model::AdviserSupportEnded,
                          model::MonthEnded>(*this);
  }
  void on(const model::AdviserRequested& e) override { waiting_.add(e.time, +1); }
  void on(const model::AdviserAllocated& e) override;
  void on(const model::AdviserSupportEnded& e) override;
  void on(const model::MonthEnded& e) override;
  void report(Measurements& out) override;

 private:
  const ReportingWindow& window_;
  const scenario::PersonalAdvisersSpec* spec_;
  TimeWeighted supported_, waiting_;
  double delay_days_ = 0;
  long allocations_ = 0;  // within the horizon
  std::vector<double> supported_at_month_end_, waiting_at_month_end_;
};

}  // namespace caresim::metrics
