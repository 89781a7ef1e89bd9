// The payback year of an option that costs more at first and saves later (invest to save).
#pragma once

#include <span>
#include <string>
#include <string_view>

#include "output/comparison_table.hpp"

namespace caresim::output {

// The yearly flow whose cumulative difference decides payback, when the scenarios have it.
inline constexpr std::string_view kPaybackMetric = "cost_total_gbp";

struct Payback {
  std::string phrase;
  bool clear = false;  // the 95% intervals bear the phrase out, not the means alone
  // For a payback year: the first year, that or a later one, from which the intervals bear a
  // payback out; "" when none does.
  std::string clear_from;
};

// From the option's cumulative difference from the first scenario (option minus first) by
// financial year, its mean with its 95% interval. The phrase is the means': the first year
// whose cumulative difference is at or below zero after it has been above zero (the option
// invested); "does not pay back within the horizon" when no such year comes; "no investment"
// when it is never above zero. It is clear when, for a year, some interval before it lies
// above zero and every interval from that year to the horizon's end is at or below zero; for
// "no investment", every year's is at or below zero; for "does not pay back", the last year's
// lies above zero. `clear_from` is the first year from the payback year on for which the
// intervals are as a clear payback needs.
Payback payback(std::span<const Estimate> cumulative_difference, std::span<const std::string> years);

}  // namespace caresim::output
