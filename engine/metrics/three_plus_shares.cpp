#include "metrics/three_plus_shares.hpp"

namespace caresim::metrics {

void ThreePlusShares::year_ended(kernel::Ticks time, long in_care, long three_plus) {
  if (window_.contains(time)) shares_.add(three_plus, in_care);
}

}  // namespace caresim::metrics
