// How long a household fosters: a hazard of stopping that is constant within bands of tenure
// (years since approval), plus a constant hazard of moving to an agency. Times are drawn by
// inverting the cumulative hazard H: a household with budget E (an Exp(1) draw) stops when
// the hazard it has been exposed to reaches E, so a factor on the hazard from some date on
// needs no redraw.
#pragma once

#include <vector>

#include "scenario/scenario.hpp"

namespace caresim::model {

class CareerHazard {
 public:
  CareerHazard(const std::vector<scenario::TenureBand>& bands, double constant_per_year);

  double rate_at(double tenure_years) const;
  double cumulative(double tenure_years) const;  // H(t), in expected events
  // The tenure at which H reaches `h`; infinity when it never does.
  double tenure_at(double h) const;
  // Years a household stays, from `tenure_years` on: its hazard multiplied by `before` for
  // the next `years_to_change` years (finite, maybe 0) and by `after` from then
  // (proportional hazards); infinity when it never stops.
  double years_to_stopping(double tenure_years, double budget, double before, double years_to_change,
                           double after) const;

  bool everyone_stops() const { return rate_.back() > 0; }
  double mean_career_years() const;  // integral of the survival curve; infinite unless everyone_stops()
  // The tenure of a household picked at random from a pool in steady state, where tenure
  // has the density S(t) / mean career: the `u`-quantile of that. Needs everyone_stops().
  double steady_state_tenure(double u) const;

 private:
  std::vector<double> from_;          // band starts, years, from_[0] = 0
  std::vector<double> rate_;          // per year within each band
  std::vector<double> cumulative_;    // H at each band's start
  std::vector<double> survival_area_; // integral of S from 0 to each band's start
};

}  // namespace caresim::model
