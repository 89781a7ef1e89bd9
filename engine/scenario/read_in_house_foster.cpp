#include <algorithm>
#include <charconv>
#include <numeric>

#include "scenario/read_sections.hpp"

namespace caresim::scenario {
namespace {

constexpr int kOldestInCare = 17;

// "A-B" in whole years, 0 <= A <= B <= 17; nullopt when the text is not such a range.
std::optional<ApprovedAges> parse_age_range(std::string_view text) {
  const auto dash = text.find('-');
  if (dash == std::string_view::npos) return std::nullopt;
  ApprovedAges range;
  const auto whole = [](std::string_view part, int& out) {
    const auto [end, error] = std::from_chars(part.data(), part.data() + part.size(), out);
    return error == std::errc{} && end == part.data() + part.size();
  };
  if (!whole(text.substr(0, dash), range.min_age) || !whole(text.substr(dash + 1), range.max_age)) return std::nullopt;
  if (range.min_age < 0 || range.max_age > kOldestInCare || range.min_age > range.max_age) return std::nullopt;
  return range;
}

std::vector<ApprovedAges> read_approved_ages(MapReader ages) {
  ages.name_keys("age range");
  std::vector<ApprovedAges> ranges;
  for (const std::string& key : ages.keys()) {
    auto range = parse_age_range(key);
    const double share_of_households = ages.required<double>(key, share());
    if (!range) {
      ages.report(key, "an age range is written \"A-B\" in whole years from 0 to 17, got '" + key + "'");
      continue;
    }
    range->share = share_of_households;
    ranges.push_back(*range);
  }
  const double total = std::accumulate(ranges.begin(), ranges.end(), 0.0,
                                       [](double sum, const ApprovedAges& r) { return sum + r.share; });
  check_sum_is_1(ages, total, "shares");
  return ranges;
}

// Either every household has `places_per_household`, or `places_shares` gives the mix.
std::vector<double> read_places(MapReader& foster) {
  const auto written = foster.keys();
  const bool mixed = std::find(written.begin(), written.end(), "places_shares") != written.end();
  if (!mixed) {
    std::vector<double> shares(static_cast<std::size_t>(foster.or_default<int>("places_per_household", 1, at_least(1))), 0.0);
    shares.back() = 1.0;
    return shares;
  }
  if (foster.if_present<int>("places_per_household", at_least(1)))
    foster.report("places_shares", "give places_per_household or places_shares, not both");
  static constexpr std::array<std::string_view, 6> kPlaceCounts = {"1", "2", "3", "4", "5", "6"};
  auto shares = read_shares(foster.section("places_shares", Layout::flow), kPlaceCounts, "number of places");
  while (shares.size() > 1 && shares.back() == 0) shares.pop_back();
  return shares;
}

}  // namespace

InHouseFosterSpec read_in_house_foster(MapReader foster, const Localities& localities) {
  InHouseFosterSpec spec;
  spec.households = foster.required<int>("households", at_least(0));
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
    else
      foster.report("locality", "households can be placed in localities only with a geography section");
  }
}

}  // namespace caresim::scenario
