// Summaries of a KPI across replications: mean with its Student-t 95% confidence interval,
// and the 5th, 50th and 95th percentiles of the replication values.
#pragma once

#include <optional>
#include <span>

namespace caresim::stats {

class Moments;

struct Summary {
  std::size_t n = 0;  // replications with a value (n/a values are left out)
  double mean = 0;
  double ci95_low = 0;
  double ci95_high = 0;
  double p05 = 0;
  double p50 = 0;
  double p95 = 0;
};

// nullopt when no replication has a value (every value NaN, or none at all). With one value
// the interval collapses to the mean: there is no spread to estimate. The mean and variance
// are Welford's over the values in the order given (replication order), the percentiles
// exact.
std::optional<Summary> summarize(std::span<const double> values);

// The mean and interval of `moments` with the given percentiles.
Summary summary_of(const Moments& moments, double p05, double p50, double p95);
// The mean and interval of `moments` with the exact percentiles of `values` (NaN left out),
// the values the moments were fed; nullopt when there is none.
std::optional<Summary> summary_of(const Moments& moments, std::span<const double> values);

// The summary with its interval cut to [low, high], the values the quantity can take.
Summary with_interval_within(Summary summary, double low, double high);

// The p-quantile of n values, interpolating linearly between order statistics (Hyndman and
// Fan's type 7, the default of R and NumPy); `at_rank(r)` gives the value of 0-based rank r.
template <class AtRank>
double quantile_at_ranks(std::size_t n, double p, AtRank at_rank) {
  const double position = p * static_cast<double>(n - 1);
  const auto below = static_cast<std::size_t>(position);  // position >= 0: the floor
  const double low = at_rank(below), high = at_rank(below + 1 < n ? below + 1 : n - 1);
  return low + (position - static_cast<double>(below)) * (high - low);
}

// The p-quantile (type 7) of sorted values.
double quantile_of_sorted(std::span<const double> sorted, double p);

// Half-width of the two-sided 95% Student-t interval for the mean of n values with the given
// sample standard deviation; NaN (unknown, written as NA) for fewer than two values.
double ci95_half_width(double standard_deviation, std::size_t n);

}  // namespace caresim::stats
