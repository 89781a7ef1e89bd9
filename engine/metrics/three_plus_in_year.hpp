// The DfE's "three or more in the year" measures (placements, social workers): of the
// children in care at 31 March, the share who had three or more during the year to that
// 31 March, the one held on 1 April counting as one; averaged over the horizon's 31 Marches.
#pragma once

#include <vector>

#include "metrics/child_records.hpp"
#include "metrics/reporting_window.hpp"
#include "model/ids.hpp"

namespace caresim::metrics {

class ThreePlusInYear {
 public:
  explicit ThreePlusInYear(const ReportingWindow& window) : window_(window) {}

  void entered(model::ChildId id) { children_.entered(id) = Child{true, false, 0}; }
  void left(model::ChildId id) { children_[id].in_care = false; }
  void started(model::ChildId id) {  // a placement, or a social worker
    Child& child = children_[id];
    child.holding = true;
    ++child.in_year;
  }
  void ended(model::ChildId id) { children_[id].holding = false; }
  void year_ended(kernel::Ticks time);
  // NaN when the horizon has no 31 March with a child in care.
  double share() const;

 private:
  struct Child {
    bool in_care = false;
    bool holding = false;
    int in_year = 0;
  };

  const ReportingWindow& window_;
  ChildRecords<Child> children_;
  std::vector<double> share_by_year_;
};

}  // namespace caresim::metrics
