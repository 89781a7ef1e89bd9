// A "three or more in the year" measure (see ThreePlusShares) for what only its own facts
// tell: each child's social workers, as they are allocated and released. Those of every
// period of care in the year count: a child who went home and came back keeps the year's
// earlier ones.
#pragma once

#include <cstdint>

#include "metrics/child_records.hpp"
#include "metrics/three_plus_shares.hpp"
#include "model/ids.hpp"

namespace caresim::metrics {

class ThreePlusInYear {
 public:
  explicit ThreePlusInYear(const ReportingWindow& window) : shares_(window) {}

  void entered(model::ChildId id, bool re_entry) {
    Child& child = children_.entered(id);
    const int earlier = re_entry && child.year == year_ ? child.in_year : 0;
    child = Child{true, false, earlier, year_};
  }
  void left(model::ChildId id) { children_[id].in_care = false; }
  void started(model::ChildId id) {
    Child& child = children_[id];
    if (child.year != year_) {  // out of care on the last 31 March: its count is of an earlier year
      child.in_year = 0;
      child.year = year_;
    }
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
    std::uint32_t year = 0;  // the count's year: how many 31 Marches had passed
  };

  ChildRecords<Child> children_;
  std::uint32_t year_ = 0;  // 31 Marches passed
  ThreePlusShares shares_;
};

}  // namespace caresim::metrics
