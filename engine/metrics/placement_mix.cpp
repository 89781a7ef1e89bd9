#include "metrics/placement_mix.hpp"

#include <numeric>
#include <string>

namespace caresim::metrics {
PlacementMix::PlacementMix(const ReportingWindow& window)
    : window_(window),
      placed_{TimeWeighted(window), TimeWeighted(window), TimeWeighted(window), TimeWeighted(window),
              TimeWeighted(window), TimeWeighted(window), TimeWeighted(window)} {}

void PlacementMix::on(const model::MonthEnded& e) {
  if (!window_.contains(e.time)) return;
  for (std::size_t t = 0; t < kPlacementTypeCount; ++t) placed_at_month_end_[t].push_back(placed_[t].level());
}

void PlacementMix::report(Measurements& out) {
  std::array<double, kPlacementTypeCount> days{};
  for (std::size_t t = 0; t < kPlacementTypeCount; ++t) days[t] = placed_[t].integral(window_.end);
  const double all_days = std::accumulate(days.begin(), days.end(), 0.0);
  for (std::size_t t = 0; t < kPlacementTypeCount; ++t) {
    const std::string type{kPlacementTypeNames[t]};
    out.add_share("first_placement_share." + type, ratio_or_na(first_placements_[t], entries_));
    out.add_share("placement_days_share." + type, ratio_or_na(days[t], all_days));
  }
  for (std::size_t t = 0; t < kPlacementTypeCount; ++t)
    out.add_series("placements." + std::string{kPlacementTypeNames[t]}, std::move(placed_at_month_end_[t]));
}

}  // namespace caresim::metrics
