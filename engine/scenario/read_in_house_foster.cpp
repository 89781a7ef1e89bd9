#include <algorithm>

#include "scenario/read_sections.hpp"

namespace caresim::scenario {
namespace {

std::vector<ApprovedAges> read_approved_ages(MapReader ages) {
  std::vector<ApprovedAges> ranges;
  double total = 0;
  for (const AgeRangeValue& range : read_age_ranges(ages, share())) {
    ranges.push_back({range.min_age, range.max_age, range.value});
    total += range.value;
  }
  check_sum_is_1(ages, total, "shares");
  return ranges;
}

// Either every household has `places_per_household`, or `places_shares` gives the mix.
std::vector<double> read_places(MapReader& foster) {
  const auto written = foster.keys();
  const bool mixed = std::find(written.begin(), written.end(), "places_shares") != written.end();
  if (!mixed) {
    std::vector<double> shares(static_cast<std::size_t>(foster.or_default<int>("places_per_household", 1, kPlacesPerHousehold)), 0.0);
    shares.back() = 1.0;
    return shares;
  }
  if (foster.if_present<int>("places_per_household", kPlacesPerHousehold))
    foster.report_both_written("places_per_household", "places_shares",
                               "give places_per_household or places_shares, not both");
  static constexpr std::array<std::string_view, 6> kPlaceCounts = {"1", "2", "3", "4", "5", "6"};
  auto shares = read_shares(foster.section("places_shares", Layout::flow), kPlaceCounts, "number of places");
  while (shares.size() > 1 && shares.back() == 0) shares.pop_back();
  return shares;
}

}  // namespace

InHouseFosterSpec read_in_house_foster(MapReader foster, const Localities& localities) {
  InHouseFosterSpec spec;
  spec.households = foster.required<int>("households", kHouseholds);
  read_household_mix(foster, localities, spec);
  return spec;
}

void read_household_mix(MapReader& foster, const Localities& localities, InHouseFosterSpec& spec) {
  spec.places_shares = read_places(foster);
  if (auto skill = foster.optional_section("skill", Layout::flow))
    spec.skill = to_array<kNeedLevelCount>(read_shares(*skill, kNeedLevelNames, "need level"));
  if (auto ages = foster.optional_section("approved_ages", Layout::flow)) spec.approved_ages = read_approved_ages(*ages);
  spec.takes_sibling_groups = foster.or_default<double>("takes_sibling_groups", 1.0, share());
  if (auto locality = foster.optional_section("locality", Layout::flow)) {
    if (localities.named)
      spec.locality_shares = read_shares(*locality, localities.names, "locality");
    else {
      foster.report("locality", "households can be placed in localities only with a geography section");
      locality->ignore_unread_keys();  // its names name nothing without localities: one problem, not two
    }
  }
}

}  // namespace caresim::scenario
