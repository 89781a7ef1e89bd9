// DfE short-term placement stability: of the children in care at 31 March, the share who had
// three or more separate placements during the year to that 31 March (the placement held on
// 1 April counts as one of them). Averaged over the 31 Marches of the reported horizon.
#pragma once

#include <vector>

#include "metrics/metric.hpp"
#include "metrics/reporting_window.hpp"

namespace caresim::metrics {

class PlacementStability final : public Metric {
 public:
  explicit PlacementStability(const ReportingWindow& window) : window_(window) {}

  void subscribe(model::EventPublisher& publisher) override {
    publisher.subscribe<model::ChildEntered, model::ChildLeftCare, model::PlacementStarted, model::PlacementEnded, model::YearEnded>(*this);
  }
  void on(const model::ChildEntered& e) override;
  void on(const model::ChildLeftCare& e) override;
  void on(const model::PlacementStarted& e) override;
  void on(const model::PlacementEnded& e) override;
  void on(const model::YearEnded& e) override;
  void report(Measurements& out) override;

 private:
  struct ChildYear {
    bool in_care = false;
    bool placed = false;
    int placements_in_year = 0;
  };
  ChildYear& record(model::ChildId id);

  const ReportingWindow& window_;
  std::vector<ChildYear> children_;  // by child record
  std::vector<double> share_by_year_;
};

}  // namespace caresim::metrics
