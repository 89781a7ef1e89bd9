#include "finance/net_present_value.hpp"

#include <cmath>

namespace caresim::finance {

double discount_factor(double rate_per_year, std::size_t year_index) {
  return 1.0 / std::pow(1 + rate_per_year, static_cast<double>(year_index));
}

double net_present_value(std::span<const double> yearly_flows, double rate_per_year) {
  double value = 0;
  for (std::size_t t = 0; t < yearly_flows.size(); ++t) value += yearly_flows[t] * discount_factor(rate_per_year, t);
  return value;
}

}  // namespace caresim::finance
