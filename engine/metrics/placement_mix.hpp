// Where children are placed: the type of each entrant's first placement, placement days by
// type, and the number in each type at every month end.
#pragma once

#include <array>

#include "metrics/metric.hpp"
#include "metrics/reporting_window.hpp"
#include "metrics/time_weighted.hpp"

namespace caresim::metrics {

class PlacementMix final : public Metric {
 public:
  explicit PlacementMix(const ReportingWindow& window);

  void subscribe(model::EventPublisher& publisher) override {
    publisher.subscribe<model::ChildEntered, model::PlacementStarted, model::PlacementEnded, model::MonthEnded>(*this);
  }
  void on(const model::ChildEntered& e) override {
    if (window_.counts_fact_at(e.time)) ++entries_;
  }
  void on(const model::PlacementStarted& e) override {
    placed_[slot(e.type)].add(e.time, +1);
    // Counted against the entries of the window: the child must have entered in it.
    if (e.placement_number == 1 && window_.counts_fact_at(e.entered)) ++first_placements_[slot(e.type)];
  }
  void on(const model::PlacementEnded& e) override { placed_[slot(e.type)].add(e.time, -1); }
  void on(const model::MonthEnded& e) override;
  void report(Measurements& out) override;

 private:
  static std::size_t slot(PlacementType type) { return static_cast<std::size_t>(type); }

  const ReportingWindow& window_;
  long entries_ = 0;
  std::array<long, kPlacementTypeCount> first_placements_{};
  std::array<TimeWeighted, kPlacementTypeCount> placed_;
  std::array<std::vector<double>, kPlacementTypeCount> placed_at_month_end_;
};

}  // namespace caresim::metrics
