#include "metrics/three_plus_shares.hpp"

#include <numeric>

#include "metrics/measurements.hpp"

namespace caresim::metrics {

void ThreePlusShares::year_ended(kernel::Ticks time, long in_care, long three_plus) {
  if (window_.contains(time) && in_care > 0)
    share_by_year_.push_back(static_cast<double>(three_plus) / static_cast<double>(in_care));
}

double ThreePlusShares::share() const {
  return share_by_year_.empty() ? kNotApplicable
                                : std::accumulate(share_by_year_.begin(), share_by_year_.end(), 0.0) /
                                      static_cast<double>(share_by_year_.size());
}

}  // namespace caresim::metrics
