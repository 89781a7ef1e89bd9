// The council's own children's homes: the beds open and the children in them, time-averaged
// over the horizon and at each month end, and their occupancy (filled / open bed-days). A
// home with an opening date counts its beds from the day it opens; one with a closing date,
// till its last child has left (staffed, they are paid for, so its wind-down shows as beds
// empty). Without such homes the KPIs are 0 and n/a, and there are no series.
#pragma once

#include <vector>

#include "metrics/metric.hpp"
#include "metrics/reporting_window.hpp"
#include "metrics/time_weighted.hpp"
#include "scenario/scenario.hpp"

namespace caresim::metrics {

class InHouseHomes final : public Metric {
 public:
  InHouseHomes(const ReportingWindow& window, const scenario::Scenario& scenario);

  void subscribe(model::EventPublisher& publisher) override {
    if (on_)
      publisher.subscribe<model::PlacementStarted, model::PlacementEnded, model::ChildrensHomeOpened,
                          model::ChildrensHomeClosed, model::MonthEnded>(*this);
  }
  void on(const model::PlacementStarted& e) override {
    if (e.in_house_home) children_.add(e.time, +1);
  }
  void on(const model::PlacementEnded& e) override {
    if (e.in_house_home) children_.add(e.time, -1);
  }
  void on(const model::ChildrensHomeOpened& e) override { beds_.add(e.time, e.beds); }
  void on(const model::ChildrensHomeClosed& e) override { beds_.add(e.time, -e.beds); }
  void on(const model::MonthEnded& e) override;
  void report(Measurements& out) override;

 private:
  const ReportingWindow& window_;
  bool on_;  // the scenario has homes of its own
  TimeWeighted beds_, children_;
  std::vector<double> beds_at_month_end_, children_at_month_end_;
};

}  // namespace caresim::metrics
