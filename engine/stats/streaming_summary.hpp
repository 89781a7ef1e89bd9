// The summary (mean, Student-t 95% interval, 5th/50th/95th percentiles) of a stream of values
// in memory that does not grow with their number: Welford's moments, and percentiles exact
// over the first kExactValues values, estimated by P-squared after that.
#pragma once

#include <optional>
#include <vector>

#include "stats/moments.hpp"
#include "stats/p2_quantile.hpp"
#include "stats/summary.hpp"

namespace caresim::stats {

class StreamingSummary {
 public:
  // Up to this many values, percentiles are exact (type 7, as summarize() gives them).
  static constexpr std::size_t kExactValues = 100;

  // NaN (n/a) is left out.
  void add(double value);
  // nullopt when no value was added.
  std::optional<Summary> summary() const;
  const Moments& moments() const { return moments_; }
  // Values held for exact percentiles: at most kExactValues, none once estimating.
  std::size_t values_held() const { return exact_.size(); }

 private:
  Moments moments_;
  std::vector<double> exact_;            // the values, while there are at most kExactValues
  std::vector<P2Quantile> estimates_;    // p05, p50, p95, once there are more
};

}  // namespace caresim::stats
