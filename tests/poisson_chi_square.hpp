// Pearson's chi-square of independent counts, each Poisson with a known mean: the test of a
// process's rate month by month or year by year.
#pragma once

#include <boost/math/distributions/chi_squared.hpp>

namespace caresim::testing {

struct PoissonChiSquare {
  double sum = 0;
  int cells = 0;

  void add(double observed, double expected) {
    sum += (observed - expected) * (observed - expected) / expected;
    ++cells;
  }
  // Two-sided at 0.1%: too poor a fit means the means are wrong, too good a fit that the
  // counts are not Poisson either.
  bool plausible() const {
    const boost::math::chi_squared theory(cells);
    return sum > boost::math::quantile(theory, 0.0005) && sum < boost::math::quantile(theory, 0.9995);
  }
};

}  // namespace caresim::testing
