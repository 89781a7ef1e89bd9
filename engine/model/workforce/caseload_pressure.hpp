// The factor by which a worker's caseload above target multiplies the leaving rate: the
// scenario's points joined by straight lines, flat beyond the first and the last.
#pragma once

#include <algorithm>
#include <optional>

#include "scenario/workforce_spec.hpp"

namespace caresim::model {

inline double caseload_pressure_factor(const std::optional<scenario::CaseloadPressureSpec>& pressure,
                                       int cases_above_target) {
  if (!pressure) return 1;
  const auto& x = pressure->cases_above_target;
  const auto& y = pressure->leaving_rate_factor;
  const double cases = std::max(0, cases_above_target);
  if (cases <= x.front()) return y.front();
  if (cases >= x.back()) return y.back();
  const auto i = static_cast<std::size_t>(std::upper_bound(x.begin(), x.end(), cases) - x.begin());
  return y[i - 1] + (cases - x[i - 1]) / (x[i] - x[i - 1]) * (y[i] - y[i - 1]);
}

}  // namespace caresim::model
