#include "metrics/match_quality.hpp"

namespace caresim::metrics {

void MatchQuality::report(Measurements& out) {
  out.add_kpi("match_miles_mean", ratio_or_na(miles_, matches_));
  out.add_kpi("match_skill_above_need_mean", ratio_or_na(skill_above_need_, in_house_matches_));
}

}  // namespace caresim::metrics
