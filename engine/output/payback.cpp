#include "output/payback.hpp"

#include <algorithm>

namespace caresim::output {
namespace {

// An unknown interval (NaN, from one replication) is not at or below zero.
bool clearly_paid_back_from(std::span<const Estimate> cumulative, std::size_t year) {
  return std::all_of(cumulative.begin() + static_cast<std::ptrdiff_t>(year), cumulative.end(),
                     [](const Estimate& e) { return e.high <= 0; });
}

// Whether some year before `year` has its interval wholly above zero: the option clearly cost
// more first, so a payback is more than a difference that was never there.
bool clearly_invested_before(std::span<const Estimate> cumulative, std::size_t year) {
  return std::any_of(cumulative.begin(), cumulative.begin() + static_cast<std::ptrdiff_t>(year),
                     [](const Estimate& e) { return e.low > 0; });
}

bool clearly_paid_back_in(std::span<const Estimate> cumulative, std::size_t year) {
  return clearly_invested_before(cumulative, year) && clearly_paid_back_from(cumulative, year);
}

// The means pay back in `year`; the intervals may bear that out in it, or only from a later year.
Payback paid_back_in(std::span<const Estimate> cumulative, std::span<const std::string> years, std::size_t year) {
  Payback paid{years[year], clearly_paid_back_in(cumulative, year), ""};
  for (std::size_t from = year; from < cumulative.size() && paid.clear_from.empty(); ++from)
    if (clearly_paid_back_in(cumulative, from)) paid.clear_from = years[from];
  return paid;
}

}  // namespace

Payback payback(std::span<const Estimate> cumulative, std::span<const std::string> years) {
  const std::size_t count = std::min(cumulative.size(), years.size());
  bool invested = false;
  for (std::size_t year = 0; year < count; ++year) {
    if (cumulative[year].value > 0)
      invested = true;
    else if (invested && cumulative[year].value <= 0)  // NaN (n/a) is neither
      return paid_back_in(cumulative.first(count), years, year);
  }
  if (!invested) return {"no investment", clearly_paid_back_from(cumulative.first(count), 0), ""};
  return {"does not pay back within the horizon", cumulative[count - 1].low > 0, ""};  // invested: count > 0
}

}  // namespace caresim::output
