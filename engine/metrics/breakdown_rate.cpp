#include "metrics/breakdown_rate.hpp"

namespace caresim::metrics {

void BreakdownRate::report(Measurements& out) {
  const double placement_years = placed_.integral(window_.end) / kernel::kDaysPerYear;
  out.add_kpi("breakdowns_per_year", static_cast<double>(breakdowns_.total()) / window_.years());
  out.add_kpi("breakdowns_per_placement_year",
              placement_years > 0 ? static_cast<double>(breakdowns_.total()) / placement_years : 0.0);
  out.add_yearly("breakdowns", breakdowns_.take_by_year());
}

}  // namespace caresim::metrics
