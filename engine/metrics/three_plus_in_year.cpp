#include "metrics/three_plus_in_year.hpp"

namespace caresim::metrics {

void ThreePlusInYear::year_ended(kernel::Ticks time) {
  long in_care = 0, three_plus = 0;
  ++year_;
  for (Child& child : children_) {
    if (!child.in_care) continue;
    ++in_care;
    if (child.in_year.count() >= 3) ++three_plus;
    child.in_year.new_year(child.holding, year_, child.held);
  }
  shares_.year_ended(time, in_care, three_plus);
}

}  // namespace caresim::metrics
