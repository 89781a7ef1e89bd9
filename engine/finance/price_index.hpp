// Prices that change by a constant annual rate, stepping at each 1 April: the factor that
// turns a price of the base financial year into the price of another (below 1 before it).
#pragma once

#include <cmath>

namespace caresim::finance {

class PriceIndex {
 public:
  PriceIndex(int base_year, double rate_per_year) : base_year_(base_year), rate_(rate_per_year) {}

  double factor(int financial_year) const { return std::pow(1 + rate_, financial_year - base_year_); }

 private:
  int base_year_;
  double rate_;
};

}  // namespace caresim::finance
