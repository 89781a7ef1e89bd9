#include "output/payback.hpp"

namespace caresim::output {

std::string payback_year(std::span<const double> cumulative_difference, std::span<const std::string> years) {
  bool invested = false;
  for (std::size_t year = 0; year < cumulative_difference.size() && year < years.size(); ++year) {
    if (cumulative_difference[year] > 0)
      invested = true;
    else if (invested && cumulative_difference[year] <= 0)  // NaN (n/a) is neither
      return years[year];
  }
  return invested ? "does not pay back within the horizon" : "no investment";
}

}  // namespace caresim::output
