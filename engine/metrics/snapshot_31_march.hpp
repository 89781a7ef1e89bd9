// The DfE's 31 March snapshot of children in care: where they are placed (the placement mix)
// and the share placed more than 20 miles from home, averaged over the 31 Marches of the
// reported horizon. Children with no placement on the day are left out of both.
#pragma once

#include <array>

#include "metrics/child_records.hpp"
#include "metrics/metric.hpp"
#include "metrics/reporting_window.hpp"

namespace caresim::metrics {

class Snapshot31March final : public Metric {
 public:
  explicit Snapshot31March(const ReportingWindow& window) : window_(window) {}

  void subscribe(model::EventPublisher& publisher) override {
    publisher.subscribe<model::ChildEntered, model::PlacementStarted, model::PlacementEnded, model::YearEnded>(*this);
  }
  void on(const model::ChildEntered& e) override { children_.entered(e.child) = Current{}; }
  void on(const model::PlacementStarted& e) override { children_[e.child] = Current{true, e.type, e.miles}; }
  void on(const model::PlacementEnded& e) override { children_[e.child].placed = false; }
  void on(const model::YearEnded& e) override;
  void report(Measurements& out) override;

 private:
  struct Current {
    bool placed = false;
    PlacementType type = PlacementType::emergency;
    double miles = 0;
  };

  const ReportingWindow& window_;
  ChildRecords<Current> children_;
  std::array<double, kPlacementTypeCount> share_sums_{};
  double far_share_sum_ = 0;
  int snapshots_ = 0;
};

}  // namespace caresim::metrics
