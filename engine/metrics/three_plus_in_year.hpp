// A "three or more in the year" measure (see ThreePlusShares) for what only its own facts
// tell: each child's social workers, as they are allocated and released.
#pragma once

#include "metrics/child_records.hpp"
#include "metrics/three_plus_shares.hpp"
#include "model/ids.hpp"

namespace caresim::metrics {

class ThreePlusInYear {
 public:
  explicit ThreePlusInYear(const ReportingWindow& window) : shares_(window) {}

  void entered(model::ChildId id) { children_.entered(id) = Child{true, false, 0}; }
  void left(model::ChildId id) { children_[id].in_care = false; }
  void started(model::ChildId id) {
    Child& child = children_[id];
    child.holding = true;
    ++child.in_year;
  }
  void ended(model::ChildId id) { children_[id].holding = false; }
  void year_ended(kernel::Ticks time);
  double share() const { return shares_.share(); }

 private:
  struct Child {
    bool in_care = false;
    bool holding = false;
    int in_year = 0;
  };

  ChildRecords<Child> children_;
  ThreePlusShares shares_;
};

}  // namespace caresim::metrics
