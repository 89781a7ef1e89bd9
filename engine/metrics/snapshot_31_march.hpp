// The DfE's 31 March snapshot of children in care: where they are placed (the placement mix)
// and the share placed more than 20 miles from home, averaged over the 31 Marches of the
// reported horizon. Children with no placement on the day are left out of both.
#pragma once

#include <array>
#include <vector>

#include "metrics/metric.hpp"
#include "metrics/reporting_window.hpp"

namespace caresim::metrics {

class Snapshot31March final : public Metric {
 public:
  explicit Snapshot31March(const ReportingWindow& window) : window_(window) {}

  void subscribe(model::EventPublisher& publisher) override {
    publisher.subscribe<model::PlacementStarted, model::PlacementEnded, model::YearEnded>(*this);
  }
  void on(const model::PlacementStarted& e) override {
    const std::size_t i = model::index_of(e.child);
    if (i >= children_.size()) children_.resize(i + 1);
    children_[i] = Current{true, e.type, e.miles};
  }
  void on(const model::PlacementEnded& e) override { children_[model::index_of(e.child)].placed = false; }
  void on(const model::YearEnded& e) override;
  void report(Measurements& out) override;

 private:
  struct Current {
    bool placed = false;
    PlacementType type = PlacementType::emergency;
    double miles = 0;
  };

  const ReportingWindow& window_;
  std::vector<Current> children_;  // by child record
  std::array<double, kPlacementTypeCount> share_sums_{};
  double far_share_sum_ = 0;
  int snapshots_ = 0;
};

}  // namespace caresim::metrics
