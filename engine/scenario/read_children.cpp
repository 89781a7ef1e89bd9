#include <cmath>

#include "scenario/read_sections.hpp"
#include "scenario/scalar_text.hpp"

namespace caresim::scenario {
namespace {

// Shares written as decimals rarely add up to exactly 1 in binary.
constexpr double kShareSumTolerance = 1e-6;

std::array<double, kAgeBandCount> read_age_shares(MapReader shares) {
  shares.name_keys("age band");
  std::array<double, kAgeBandCount> by_band{};
  double total = 0;
  for (std::size_t band = 0; band < kAgeBandCount; ++band) {
    by_band[band] = shares.or_default<double>(kAgeBandNames[band], 0.0, share());
    total += by_band[band];
  }
  if (shares.values_good() && std::abs(total - 1.0) > kShareSumTolerance)
    shares.report("shares must sum to 1, got " + format_number(total));
  return by_band;
}

}  // namespace

ChildrenSpec read_children(MapReader children) {
  ChildrenSpec spec;
  spec.entries_per_year = children.required<double>("entries_per_year", at_least(0));
  spec.age_at_entry = read_age_shares(children.section("age_at_entry", Layout::flow));
  spec.stay = read_duration(children.section("stay", Layout::flow));
  return spec;
}

}  // namespace caresim::scenario
