// A "three or more in the year" measure (see ThreePlusShares) for what only its own facts
// tell: each child's social workers, as they are allocated and released, each person counted
// once in the year.
#pragma once

#include <cstdint>

#include "metrics/child_records.hpp"
#include "metrics/count_in_year.hpp"
#include "metrics/three_plus_shares.hpp"
#include "model/ids.hpp"

namespace caresim::metrics {

class ThreePlusInYear {
 public:
  explicit ThreePlusInYear(const ReportingWindow& window) : shares_(window) {}

  void entered(model::ChildId id, bool coming_back) {
    Child& child = children_.entered(id);
    child.in_care = true;
    child.holding = false;
    child.in_year.entered(coming_back, year_);
  }
  void left(model::ChildId id) { children_[id].in_care = false; }
  // `who`: the one started with, told apart from everyone else the child has had.
  void started(model::ChildId id, std::uint32_t who) {
    Child& child = children_[id];
    child.holding = true;
    child.held = who;
    child.in_year.add(year_, who);
  }
  void ended(model::ChildId id) { children_[id].holding = false; }
  void year_ended(kernel::Ticks time);
  double share() const { return shares_.share(); }

 private:
  struct Child {
    bool in_care = false;
    bool holding = false;
    std::uint32_t held = 0;  // who, while holding
    CountInYear in_year;
  };

  ChildRecords<Child> children_;
  std::uint32_t year_ = 0;  // 31 Marches passed
  ThreePlusShares shares_;
};

}  // namespace caresim::metrics
