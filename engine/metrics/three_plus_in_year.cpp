#include "metrics/three_plus_in_year.hpp"

#include <numeric>

#include "metrics/measurements.hpp"

namespace caresim::metrics {

void ThreePlusInYear::year_ended(kernel::Ticks time) {
  long in_care = 0, three_plus = 0;
  for (Child& child : children_) {
    if (!child.in_care) continue;
    ++in_care;
    if (child.in_year >= 3) ++three_plus;
    child.in_year = child.holding ? 1 : 0;  // the one carried into the new year
  }
  if (window_.contains(time) && in_care > 0)
    share_by_year_.push_back(static_cast<double>(three_plus) / static_cast<double>(in_care));
}

double ThreePlusInYear::share() const {
  return share_by_year_.empty() ? kNotApplicable
                                : std::accumulate(share_by_year_.begin(), share_by_year_.end(), 0.0) /
                                      static_cast<double>(share_by_year_.size());
}

}  // namespace caresim::metrics
