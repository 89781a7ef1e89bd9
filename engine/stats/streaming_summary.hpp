// The summary (mean, Student-t 95% interval, 5th/50th/95th percentiles) of a stream of values
// in memory that does not grow with their number: Welford's moments, and percentiles exact
// over the first kExactValues values; after that, exact still while the values take at most
// kMostDistinct values (month-end counts, mostly), else estimated by P-squared.
#pragma once

#include <optional>
#include <utility>
#include <vector>

#include "stats/moments.hpp"
#include "stats/p2_quantile.hpp"
#include "stats/summary.hpp"

namespace caresim::stats {

class StreamingSummary {
 public:
  // Up to this many values, percentiles are exact (type 7, as summarize() gives them).
  static constexpr std::size_t kExactValues = 100;
  // Beyond them, values that take at most this many distinct values are tallied, and their
  // percentiles stay exact: P-squared interpolates between its markers, which across the
  // steps of a count (mostly 0, some 1) gives values like 1e-5 where every percentile is 0.
  static constexpr std::size_t kMostDistinct = 32;

  // NaN (n/a) is left out.
  void add(double value);
  // nullopt when no value was added.
  std::optional<Summary> summary() const;
  const Moments& moments() const { return moments_; }
  // Values held for exact percentiles: at most kExactValues listed or kMostDistinct tallied,
  // none once estimating.
  std::size_t values_held() const { return exact_.size() + tally_.size(); }

 private:
  // A value past the first kExactValues: tallied, or fed to the estimates once there are too
  // many distinct values to tally.
  void count_beyond_listing(double value);
  void tally(double value);
  void start_estimates(const std::vector<double>& sorted);

  Moments moments_;
  std::vector<double> exact_;                          // the values, while there are at most kExactValues
  std::vector<std::pair<double, std::size_t>> tally_;  // then, by value (ascending), how often each came
  std::vector<P2Quantile> estimates_;                  // p05, p50, p95, once there are too many of both
};

}  // namespace caresim::stats
