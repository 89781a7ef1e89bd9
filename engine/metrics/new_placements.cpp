#include "metrics/new_placements.hpp"

#include "metrics/far_from_home.hpp"

namespace caresim::metrics {

void NewPlacements::on(const model::PlacementStarted& e) {
  if (!window_.contains(e.time)) return;
  ++placements_;
  if (e.miles > kFarFromHomeMiles) ++far_from_home_;
  ++by_year_[window_.financial_year_of(e.time)];
}

void NewPlacements::report(Measurements& out) {
  out.add_kpi("new_placements_per_year", static_cast<double>(placements_) / window_.years());
  out.add_kpi("new_placements_over_20_miles_share",
              placements_ > 0 ? static_cast<double>(far_from_home_) / static_cast<double>(placements_) : kNotApplicable);
  out.add_yearly("new_placements", std::move(by_year_));
}

}  // namespace caresim::metrics
