// A share taken on each 31 March (placed far from home, aged 10-15, with three or more
// placements...), averaged over the 31 Marches on which it has a denominator: the DfE's
// figures are shares of a day's children, and the horizon's is their mean. NaN when no 31
// March had one.
#pragma once

#include "metrics/measurements.hpp"

namespace caresim::metrics {

class MeanShare {
 public:
  void add(long part, long whole) {
    if (whole == 0) return;
    sum_ += static_cast<double>(part) / static_cast<double>(whole);
    ++marches_;
  }
  double mean() const { return marches_ > 0 ? sum_ / marches_ : kNotApplicable; }

 private:
  double sum_ = 0;
  int marches_ = 0;
};

}  // namespace caresim::metrics
