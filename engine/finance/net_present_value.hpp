// Discounting the Green Book way: a flow in year t of the horizon (t = 0 for its first
// financial year, which is not discounted) is worth flow / (1 + rate)^t at the start. One
// rate for every year: the Green Book's lower rates beyond year 30 are not applied.
#pragma once

#include <cstddef>
#include <span>

namespace caresim::finance {

double discount_factor(double rate_per_year, std::size_t year_index);

// The sum of the yearly flows, each times its discount factor.
double net_present_value(std::span<const double> yearly_flows, double rate_per_year);

}  // namespace caresim::finance
