#include "metrics/three_plus_in_year.hpp"

namespace caresim::metrics {

void ThreePlusInYear::year_ended(kernel::Ticks time) {
  long in_care = 0, three_plus = 0;
  ++year_;
  for (Child& child : children_) {
    if (!child.in_care) continue;
    ++in_care;
    if (child.in_year >= 3) ++three_plus;
    child.in_year = child.holding ? 1 : 0;  // the one carried into the new year
    child.year = year_;
  }
  shares_.year_ended(time, in_care, three_plus);
}

}  // namespace caresim::metrics
