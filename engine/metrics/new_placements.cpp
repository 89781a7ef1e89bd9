#include "metrics/new_placements.hpp"

namespace caresim::metrics {

void NewPlacements::report(Measurements& out) {
  const long placements = placements_.total();
  out.add_kpi("new_placements_per_year", static_cast<double>(placements) / window_.years());
  out.add_share("new_placements_over_20_miles_share",
                distance_modelled_ ? ratio_or_na(far_from_home_, placements) : kNotApplicable);
  out.add_yearly("new_placements", placements_.take_by_year());
}

}  // namespace caresim::metrics
