#include "metrics/social_worker_stability.hpp"

namespace caresim::metrics {

void SocialWorkerStability::report(Measurements& out) {
  out.add_share("share_3plus_social_workers_in_year", workers_.share());
  const double child_years = on_ ? in_care_.mean() * window_.years() : 0.0;
  out.add_kpi("social_worker_changes_per_child_year", ratio_or_na(changes_, child_years));
}

}  // namespace caresim::metrics
