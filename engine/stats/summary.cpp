#include "stats/summary.hpp"

#include <algorithm>
#include <cmath>
#include <vector>

#include <boost/math/distributions/students_t.hpp>

namespace caresim::stats {

double quantile_of_sorted(std::span<const double> sorted, double p) {
  const double position = p * static_cast<double>(sorted.size() - 1);
  const auto below = static_cast<std::size_t>(std::floor(position));
  const std::size_t above = std::min(below + 1, sorted.size() - 1);
  return sorted[below] + (position - static_cast<double>(below)) * (sorted[above] - sorted[below]);
}

double ci95_half_width(double standard_deviation, std::size_t n) {
  if (n < 2) return 0.0;
  // The t quantile is costly and a whole output shares one n: remember the last one.
  thread_local std::size_t cached_n = 0;
  thread_local double cached_t = 0;
  if (n != cached_n) {
    const boost::math::students_t t(static_cast<double>(n - 1));
    cached_t = boost::math::quantile(boost::math::complement(t, 0.025));
    cached_n = n;
  }
  return cached_t * standard_deviation / std::sqrt(static_cast<double>(n));
}

std::optional<Summary> summarize(std::span<const double> values) {
  std::vector<double> sorted;
  sorted.reserve(values.size());
  for (const double v : values)
    if (!std::isnan(v)) sorted.push_back(v);
  if (sorted.empty()) return std::nullopt;
  std::sort(sorted.begin(), sorted.end());

  Summary s;
  s.n = sorted.size();
  // Summed in sorted order: the same values give the same bits whatever order they came in.
  double sum = 0;
  for (const double v : sorted) sum += v;
  s.mean = sum / static_cast<double>(s.n);
  double squares = 0;
  for (const double v : sorted) squares += (v - s.mean) * (v - s.mean);
  const double sd = s.n > 1 ? std::sqrt(squares / static_cast<double>(s.n - 1)) : 0.0;
  const double half = ci95_half_width(sd, s.n);
  s.ci95_low = s.mean - half;
  s.ci95_high = s.mean + half;
  s.p05 = quantile_of_sorted(sorted, 0.05);
  s.p50 = quantile_of_sorted(sorted, 0.50);
  s.p95 = quantile_of_sorted(sorted, 0.95);
  return s;
}

}  // namespace caresim::stats
