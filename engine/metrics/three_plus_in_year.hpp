// The DfE's "three or more in the year" measures (placements, social workers): of the
// children in care at 31 March, the share who had three or more during the year to that
// 31 March, the one held on 1 April counting as one; averaged over the horizon's 31 Marches.
#pragma once

#include <vector>

#include "metrics/reporting_window.hpp"
#include "model/ids.hpp"

namespace caresim::metrics {

class ThreePlusInYear {
 public:
  explicit ThreePlusInYear(const ReportingWindow& window) : window_(window) {}

  // A child's record is made when it enters care: every other fact about it comes later.
  void entered(model::ChildId id) {
    const std::size_t i = model::index_of(id);
    if (i >= children_.size()) children_.resize(i + 1);
    children_[i] = Child{true, false, 0};
  }
  void left(model::ChildId id) { record(id).in_care = false; }
  void started(model::ChildId id) {  // a placement, or a social worker
    Child& child = record(id);
    child.holding = true;
    ++child.in_year;
  }
  void ended(model::ChildId id) { record(id).holding = false; }
  void year_ended(kernel::Ticks time);
  // NaN when the horizon has no 31 March with a child in care.
  double share() const;

 private:
  struct Child {
    bool in_care = false;
    bool holding = false;
    int in_year = 0;
  };
  Child& record(model::ChildId id) { return children_[model::index_of(id)]; }

  const ReportingWindow& window_;
  std::vector<Child> children_;  // by child record
  std::vector<double> share_by_year_;
};

}  // namespace caresim::metrics
