// The running mean and variance of a stream of values (Welford's update), in constant memory.
// Fed in replication-index order, the result is the same bits whatever thread ran what.
#pragma once

#include <cstddef>

namespace caresim::stats {

class Moments {
 public:
  // NaN (a KPI that does not apply in that replication) is left out.
  void add(double value);

  std::size_t n() const { return n_; }
  double mean() const { return mean_; }
  // Sample variance (n - 1 in the denominator); 0 with fewer than two values.
  double variance() const;
  double standard_deviation() const;
  // Half-width of the two-sided 95% Student-t interval for the mean; 0 with fewer than two
  // values (there is no spread to estimate).
  double ci95_half_width() const;

 private:
  std::size_t n_ = 0;
  double mean_ = 0;
  double squares_ = 0;  // sum of squared deviations from the running mean
};

}  // namespace caresim::stats
