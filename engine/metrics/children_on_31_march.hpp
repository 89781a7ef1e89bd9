// Two DfE measures read off the children in care at each 31 March, averaged over the 31
// Marches of the reported horizon:
// - long-term stability: of the children under 16 who have been in care for 2.5 years or
//   more, the share who have lived in the same placement for 2 years or more;
// - siblings placed apart: of the children with a brother or sister also in care, the share
//   not placed together with all of them.
#pragma once

#include <cstdint>
#include <vector>

#include "metrics/child_records.hpp"
#include "metrics/metric.hpp"
#include "metrics/reporting_window.hpp"

namespace caresim::metrics {

class ChildrenOn31March final : public Metric {
 public:
  explicit ChildrenOn31March(const ReportingWindow& window) : window_(window) {}

  void subscribe(model::EventPublisher& publisher) override {
    publisher.subscribe<model::ChildEntered, model::ChildLeftCare, model::PlacementStarted, model::PlacementEnded,
                        model::YearEnded>(*this);
  }
  void on(const model::ChildEntered& e) override {
    children_.entered(e.child) = Child{true, false, e.date_of_birth, e.time, 0, e.sibling_group, model::kNoChild};
  }
  void on(const model::ChildLeftCare& e) override { children_[e.child].in_care = false; }
  void on(const model::PlacementStarted& e) override {
    Child& c = children_[e.child];
    c.placed = true;
    c.placed_since = e.time;
    c.unit = e.unit;
  }
  void on(const model::PlacementEnded& e) override { children_[e.child].placed = false; }
  void on(const model::YearEnded& e) override;
  void report(Measurements& out) override;

 private:
  struct Child {
    bool in_care = false;
    bool placed = false;
    kernel::Date date_of_birth;
    kernel::Ticks entered = 0;
    kernel::Ticks placed_since = 0;
    std::uint32_t sibling_group = 0;
    model::ChildId unit = model::kNoChild;
  };
  void long_term_stability(const model::YearEnded& e);
  void siblings_apart();

  const ReportingWindow& window_;
  ChildRecords<Child> children_;
  std::vector<double> stable_shares_;
  std::vector<double> apart_shares_;
};

}  // namespace caresim::metrics
