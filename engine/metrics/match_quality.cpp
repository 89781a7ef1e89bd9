#include "metrics/match_quality.hpp"

namespace caresim::metrics {

void MatchQuality::report(Measurements& out) {
  out.add_kpi("match_miles_mean", matches_ > 0 ? miles_ / static_cast<double>(matches_) : kNotApplicable);
  out.add_kpi("match_skill_above_need_mean", in_house_matches_ > 0 ? static_cast<double>(skill_above_need_) /
                                                                          static_cast<double>(in_house_matches_)
                                                                    : kNotApplicable);
}

}  // namespace caresim::metrics
