// DfE short-term placement stability: of the children in care at 31 March, the share who had
// three or more separate placements during the year to that 31 March (the placement held on
// 1 April counts as one of them). Averaged over the 31 Marches of the reported horizon.
#pragma once

#include "metrics/children_in_care.hpp"
#include "metrics/measurements.hpp"
#include "metrics/reporting_window.hpp"
#include "metrics/three_plus_shares.hpp"

namespace caresim::metrics {

class PlacementStability {
 public:
  explicit PlacementStability(const ReportingWindow& window) : placements_(window) {}

  // Takes no fact: the recorder shows it the children in care at each 31 March of the
  // horizon (ChildrenInCare::read_on_31_march), each with their placements in the year.
  void start(const model::YearEnded&) { in_care_ = three_plus_ = 0; }
  void count(const ChildrenInCare::Child& c) {
    ++in_care_;
    if (c.placements_in_year.count() >= 3) ++three_plus_;
  }
  void finish(const model::YearEnded& e) { placements_.year_ended(e.time, in_care_, three_plus_); }
  void report(Measurements& out) { out.add_share("share_3plus_placements_in_year", placements_.share()); }

 private:
  ThreePlusShares placements_;
  long in_care_ = 0, three_plus_ = 0;  // at this 31 March
};

}  // namespace caresim::metrics
