// The DfE's "three or more in the year" measures (placements, social workers): of the
// children in care at 31 March, the share who had three or more during the year to that
// 31 March, the one held on 1 April counting as one; averaged over the horizon's 31 Marches.
// This averages the counts; whoever follows the children counts them.
#pragma once

#include "metrics/mean_share.hpp"
#include "metrics/reporting_window.hpp"

namespace caresim::metrics {

class ThreePlusShares {
 public:
  explicit ThreePlusShares(const ReportingWindow& window) : window_(window) {}

  // The children in care at a 31 March, and of them those with three or more in the year;
  // a 31 March outside the horizon is not counted.
  void year_ended(kernel::Ticks time, long in_care, long three_plus);
  // NaN when the horizon has no 31 March with a child in care.
  double share() const { return shares_.mean(); }

 private:
  const ReportingWindow& window_;
  MeanShare shares_;
};

}  // namespace caresim::metrics
