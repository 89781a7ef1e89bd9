#include "stats/moments.hpp"

#include <cmath>

#include "stats/summary.hpp"

namespace caresim::stats {

void Moments::add(double value) {
  if (std::isnan(value)) return;
  ++n_;
  const double delta = value - mean_;
  mean_ += delta / static_cast<double>(n_);
  squares_ += delta * (value - mean_);
}

double Moments::variance() const { return n_ > 1 ? squares_ / static_cast<double>(n_ - 1) : 0.0; }

double Moments::standard_deviation() const { return std::sqrt(variance()); }

double Moments::ci95_half_width() const { return stats::ci95_half_width(standard_deviation(), n_); }

}  // namespace caresim::stats
