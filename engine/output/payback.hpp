// The payback year of an option that costs more at first and saves later (invest to save).
#pragma once

#include <span>
#include <string>
#include <string_view>

namespace caresim::output {

// The yearly flow whose cumulative difference decides payback, when the scenarios have it.
inline constexpr std::string_view kPaybackMetric = "cost_total_gbp";

// From the option's mean cumulative difference from the first scenario (option minus first)
// by financial year: the first year whose cumulative difference is at or below zero after it
// has been above zero (the option invested); "does not pay back within the horizon" when no
// such year comes; "no investment" when it is never above zero.
std::string payback_year(std::span<const double> cumulative_difference, std::span<const std::string> years);

}  // namespace caresim::output
