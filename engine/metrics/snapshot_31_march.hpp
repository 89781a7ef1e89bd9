// The DfE's 31 March snapshot of children in care: where they are placed (the placement mix)
// and the share placed more than 20 miles from home, averaged over the 31 Marches of the
// reported horizon. Children with no placement on the day are left out of both.
#pragma once

#include <array>

#include "metrics/children_in_care.hpp"
#include "metrics/metric.hpp"
#include "metrics/reporting_window.hpp"

namespace caresim::metrics {

class Snapshot31March final : public Metric {
 public:
  Snapshot31March(const ReportingWindow& window, const ChildrenInCare& children)
      : window_(window), children_(children) {}

  void subscribe(model::EventPublisher& publisher) override { publisher.subscribe<model::YearEnded>(*this); }
  void on(const model::YearEnded& e) override;
  void report(Measurements& out) override;

 private:
  const ReportingWindow& window_;
  const ChildrenInCare& children_;
  std::array<double, kPlacementTypeCount> share_sums_{};
  double far_share_sum_ = 0;
  int snapshots_ = 0;
};

}  // namespace caresim::metrics
