// One quantile of a stream of values estimated in constant memory by the P-squared algorithm
// (Jain and Chlamtac, CACM 28(10), 1985): five markers (minimum, p/2, p, (1+p)/2, maximum)
// whose heights move along a parabola fitted through their neighbours as values arrive.
// Deterministic: the same values in the same order give the same estimate.
#pragma once

#include <array>
#include <span>

namespace caresim::stats {

class P2Quantile {
 public:
  // Starts from the first values seen, sorted (at least five): the markers are placed on
  // their exact order statistics, so the estimate is exact up to here.
  P2Quantile(double p, std::span<const double> sorted_start);

  void add(double value);
  double value() const { return heights_[2]; }

 private:
  double parabolic(int i, double d) const;
  double linear(int i, int d) const;

  std::array<double, 5> heights_{};
  std::array<double, 5> positions_{};  // 1-based ranks of the markers among the values seen
  std::array<double, 5> desired_{};    // where the markers should be
  std::array<double, 5> increments_{};  // how far each desired position moves per value
};

}  // namespace caresim::stats
