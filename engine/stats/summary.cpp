#include "stats/summary.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

#include <boost/math/distributions/students_t.hpp>

#include "stats/moments.hpp"

namespace caresim::stats {

double quantile_of_sorted(std::span<const double> sorted, double p) {
  return quantile_at_ranks(sorted.size(), p, [sorted](std::size_t r) { return sorted[r]; });
}

double ci95_half_width(double standard_deviation, std::size_t n) {
  if (n < 2) return std::numeric_limits<double>::quiet_NaN();  // one value says nothing of its spread
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

Summary summary_of(const Moments& moments, double p05, double p50, double p95) {
  const double half = moments.ci95_half_width();
  return {moments.n(), moments.mean(), moments.mean() - half, moments.mean() + half, p05, p50, p95};
}

Summary with_interval_within(Summary summary, double low, double high) {
  summary.ci95_low = std::clamp(summary.ci95_low, low, high);  // NaN, for one value, stays NaN
  summary.ci95_high = std::clamp(summary.ci95_high, low, high);
  return summary;
}

std::optional<Summary> summary_of(const Moments& moments, std::span<const double> values) {
  std::vector<double> sorted;
  sorted.reserve(values.size());
  for (const double v : values)
    if (!std::isnan(v)) sorted.push_back(v);
  if (sorted.empty()) return std::nullopt;
  std::sort(sorted.begin(), sorted.end());
  return summary_of(moments, quantile_of_sorted(sorted, 0.05), quantile_of_sorted(sorted, 0.50),
                    quantile_of_sorted(sorted, 0.95));
}

std::optional<Summary> summarize(std::span<const double> values) {
  Moments moments;
  for (const double v : values) moments.add(v);
  return summary_of(moments, values);
}

}  // namespace caresim::stats
