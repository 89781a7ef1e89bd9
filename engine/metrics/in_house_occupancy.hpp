// The in-house foster pool: households, approved and filled places, and occupancy
// (time-averaged filled places over time-averaged approved places, and filled over approved
// at each month end; a place held by a young person Staying Put is filled).
#pragma once

#include "metrics/metric.hpp"
#include "metrics/reporting_window.hpp"
#include "metrics/time_weighted.hpp"

namespace caresim::metrics {

class InHouseOccupancy final : public Metric {
 public:
  explicit InHouseOccupancy(const ReportingWindow& window) : window_(window), approved_(window), filled_(window) {}

  void subscribe(model::EventPublisher& publisher) override {
    publisher.subscribe<model::HouseholdApproved, model::HouseholdDeregistered, model::PlacementStarted, model::PlacementEnded,
                        model::StayingPutStarted, model::StayingPutEnded, model::MonthEnded>(*this);
  }
  void on(const model::HouseholdApproved& e) override;
  void on(const model::HouseholdDeregistered& e) override;
  void on(const model::PlacementStarted& e) override;
  void on(const model::PlacementEnded& e) override;
  // A young person Staying Put fills the carer's place, though no longer in care.
  void on(const model::StayingPutStarted& e) override {
    if (e.type == PlacementType::in_house_foster) filled_.add(e.time, +1);
  }
  void on(const model::StayingPutEnded& e) override {
    if (e.type == PlacementType::in_house_foster) filled_.add(e.time, -1);
  }
  void on(const model::MonthEnded& e) override;
  void report(Measurements& out) override;

 private:
  const ReportingWindow& window_;
  TimeWeighted approved_;
  TimeWeighted filled_;
  long households_ = 0;
  std::vector<double> households_at_month_end_, approved_at_month_end_, filled_at_month_end_, occupancy_at_month_end_;
};

}  // namespace caresim::metrics
