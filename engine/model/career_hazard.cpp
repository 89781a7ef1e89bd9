#include "model/career_hazard.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

namespace caresim::model {
namespace {

constexpr double kForever = std::numeric_limits<double>::infinity();

// The integral over a band of width `width` (possibly infinite) of S, S falling from `s` at
// `rate`.
double survival_area(double s, double rate, double width) {
  if (rate == 0) return s * width;
  return s * -std::expm1(-rate * width) / rate;
}

}  // namespace

CareerHazard::CareerHazard(const std::vector<scenario::TenureBand>& bands, double constant_per_year) {
  for (const auto& band : bands) {
    from_.push_back(band.from_years);
    rate_.push_back(band.per_year + constant_per_year);
  }
  if (from_.empty()) {
    from_.push_back(0);
    rate_.push_back(constant_per_year);
  }
  cumulative_.push_back(0);
  survival_area_.push_back(0);
  for (std::size_t i = 1; i < from_.size(); ++i) {
    const double width = from_[i] - from_[i - 1];
    survival_area_.push_back(survival_area_.back() + survival_area(std::exp(-cumulative_.back()), rate_[i - 1], width));
    cumulative_.push_back(cumulative_.back() + rate_[i - 1] * width);
  }
}

double CareerHazard::rate_at(double tenure_years) const {
  const auto band = std::upper_bound(from_.begin(), from_.end(), tenure_years) - from_.begin() - 1;
  return rate_[static_cast<std::size_t>(std::max<std::ptrdiff_t>(band, 0))];
}

double CareerHazard::cumulative(double tenure_years) const {
  const auto band = static_cast<std::size_t>(
      std::max<std::ptrdiff_t>(std::upper_bound(from_.begin(), from_.end(), tenure_years) - from_.begin() - 1, 0));
  return cumulative_[band] + rate_[band] * (tenure_years - from_[band]);
}

double CareerHazard::tenure_at(double h) const {
  const auto band = static_cast<std::size_t>(
      std::upper_bound(cumulative_.begin(), cumulative_.end(), h) - cumulative_.begin() - 1);
  // Only the last band can be the last with H <= h and have rate 0: h is then never reached.
  if (rate_[band] == 0) return kForever;
  return from_[band] + (h - cumulative_[band]) / rate_[band];
}

double CareerHazard::years_to_stopping(double tenure_years, double budget, double before, double years_to_change,
                                       double after) const {
  const double start = cumulative(tenure_years);
  if (years_to_change > 0) {
    const double by_change = before * (cumulative(tenure_years + years_to_change) - start);
    if (budget <= by_change) return tenure_at(start + budget / before) - tenure_years;
    budget -= by_change;
    tenure_years += years_to_change;
    return after > 0 ? tenure_at(cumulative(tenure_years) + budget / after) - tenure_years + years_to_change : kForever;
  }
  return after > 0 ? tenure_at(start + budget / after) - tenure_years : kForever;
}

double CareerHazard::mean_career_years() const {
  if (!everyone_stops()) return kForever;
  return survival_area_.back() + std::exp(-cumulative_.back()) / rate_.back();
}

double CareerHazard::steady_state_tenure(double u) const {
  const double target = u * mean_career_years();
  const auto band = static_cast<std::size_t>(
      std::upper_bound(survival_area_.begin(), survival_area_.end(), target) - survival_area_.begin() - 1);
  const double s = std::exp(-cumulative_[band]);
  const double rest = target - survival_area_[band];  // of the area within this band
  if (rate_[band] == 0) return from_[band] + rest / s;
  return from_[band] - std::log1p(-rest * rate_[band] / s) / rate_[band];
}

}  // namespace caresim::model
