#include <cmath>
#include <numeric>

#include "scenario/read_sections.hpp"
#include "scenario/scalar_text.hpp"

namespace caresim::scenario {

std::array<double, kAgeBandCount> read_chance_by_age(MapReader chances) {
  chances.name_keys("age band");
  std::array<double, kAgeBandCount> by_band{};
  for (std::size_t band = 0; band < kAgeBandCount; ++band)
    by_band[band] = chances.or_default<double>(kAgeBandNames[band], 0.0, share());
  return by_band;
}
namespace {
// Shares written as decimals rarely add up to exactly 1 in binary.
constexpr double kShareSumTolerance = 1e-6;
}  // namespace

void check_sum_is_1(MapReader& shares, double total, std::string_view what) {
  if (!shares.values_good() || std::abs(total - 1.0) <= kShareSumTolerance) return;
  std::string message = std::string(what) + " must sum to 1, got " + format_sum(total);
  // An option that writes a new mix over its base's keeps the base's other keys: say so.
  if (const std::vector<std::string> inherited = shares.keys_inherited(); !inherited.empty()) {
    message += "; the file this one extends adds '" + inherited.front() + "'";
    for (std::size_t i = 1; i < inherited.size(); ++i)
      message += (i + 1 == inherited.size() ? " and '" : ", '") + inherited[i] + "'";
    message += " (maps merge key by key): write every share here, 0 where none";
  }
  shares.report(std::move(message));
}

std::vector<double> read_shares(MapReader shares, std::span<const std::string_view> names, std::string noun) {
  shares.name_keys(std::move(noun));
  std::vector<double> by_name;
  for (const std::string_view name : names) by_name.push_back(shares.or_default<double>(name, 0.0, share()));
  const double total = std::accumulate(by_name.begin(), by_name.end(), 0.0);
  check_sum_is_1(shares, total, "shares");
  return by_name;
}

}  // namespace caresim::scenario
