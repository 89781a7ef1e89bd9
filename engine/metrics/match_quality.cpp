#include "metrics/match_quality.hpp"

namespace caresim::metrics {

void MatchQuality::report(Measurements& out) {
  out.add_kpi("match_miles_mean", distance_modelled_ ? ratio_or_na(miles_, matches_) : kNotApplicable);
  out.add_kpi("match_skill_above_need_mean", ratio_or_na(skill_above_need_, in_house_matches_));
  if (below_need_allowed_)
    out.add_share("share_in_house_matches_below_need", ratio_or_na(below_need_, in_house_matches_));
}

}  // namespace caresim::metrics
