#include <algorithm>
#include <numeric>

#include "scenario/read_sections.hpp"

namespace caresim::scenario {
namespace {

std::vector<LocalitySpec> read_localities(MapReader localities) {
  localities.name_keys("locality");
  std::vector<LocalitySpec> specs;
  for (const std::string& name : localities.keys()) {
    MapReader locality = localities.section(name, Layout::flow);
    specs.push_back({name, locality.required<double>("entry_share", share())});
  }
  if (specs.empty()) localities.report("must name at least one locality");
  const double total = std::accumulate(specs.begin(), specs.end(), 0.0,
                                       [](double sum, const LocalitySpec& l) { return sum + l.entry_share; });
  if (!specs.empty()) check_sum_is_1(localities, total, "entry shares");
  return specs;
}

// Every locality must be reachable from every other, or some distances would not exist.
void check_connected(MapReader& geography, const GeographySpec& spec) {
  const std::size_t n = spec.localities.size();
  std::vector<std::size_t> group(n);
  std::iota(group.begin(), group.end(), 0);
  auto root = [&group](std::size_t i) {
    while (group[i] != i) i = group[i] = group[group[i]];
    return i;
  };
  for (const RoadSpec& road : spec.roads) group[root(road.from)] = root(road.to);
  for (std::size_t i = 1; i < n; ++i)
    if (root(i) != root(0))
      geography.report("roads", "no road route joins '" + spec.localities[i].name + "' to '" +
                                    spec.localities[0].name + "'");
}

}  // namespace

// Further than anywhere on Earth is from anywhere else: a slip of the keyboard, whose sums of
// miles would overflow.
constexpr Range kMiles{0, false, 12'500};

GeographySpec read_geography(MapReader geography) {
  GeographySpec spec;
  spec.within_locality_miles = geography.required<double>("within_locality_miles", kMiles);
  spec.localities = read_localities(geography.section("localities"));
  std::vector<std::string_view> names;
  for (const LocalitySpec& locality : spec.localities) names.push_back(locality.name);

  const bool several = spec.localities.size() > 1;
  std::vector<MapReader> roads =
      several ? geography.list_of_sections("roads") : std::vector<MapReader>{};
  for (std::size_t i = 0; i < roads.size(); ++i) {
    MapReader& road = roads[i];
    const auto from = road.required_choice("from", names, "locality");
    const auto to = road.required_choice("to", names, "locality");
    const double miles = road.required<double>("miles", Range{0, true, kMiles.high});
    if (!from || !to) continue;
    const auto same_ends = [&](const RoadSpec& other) {
      return (other.from == *from && other.to == *to) || (other.from == *to && other.to == *from);
    };
    if (*from == *to)
      road.report("to", "a road joins two localities; within one, within_locality_miles applies");
    else if (std::any_of(spec.roads.begin(), spec.roads.end(), same_ends))
      road.report("a road between these two localities is given already: which distance is meant cannot be told");
    spec.roads.push_back({*from, *to, miles});
  }
  // Only worth checking when every road was read: a road with a misspelt end is reported as such.
  if (several && geography.values_good() && spec.roads.size() == roads.size()) check_connected(geography, spec);
  return spec;
}

}  // namespace caresim::scenario
