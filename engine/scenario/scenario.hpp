// A scenario as plain validated structs: everything the engine needs, nothing of YAML.
// An absent optional section means that mechanism is off ("what a file does not mention
// does not happen").
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "kernel/calendar.hpp"
#include "scenario/vocabulary.hpp"

namespace caresim::scenario {

// A random quantity, a duration in days or a distance in miles: the unit is the one in the
// scenario's key names (`mean_days`, `median_miles`). Only the fields of its `kind` are
// meaningful.
struct DistributionSpec {
  enum class Kind { exponential, lognormal, weibull, gamma, fixed, empirical };
  Kind kind = Kind::fixed;
  double mean = 0;    // exponential
  double median = 0;  // lognormal: median and sigma of the log
  double sigma = 0;
  double shape = 0;   // weibull and gamma
  double scale = 0;   // weibull and gamma
  double value = 0;   // fixed
  // empirical: a piecewise-linear CDF through (values[i], cumulative[i]), cumulative 0 -> 1.
  std::vector<double> empirical_values;
  std::vector<double> empirical_cumulative;

  double expected_value() const;
};

struct RunSettings {
  kernel::Date start_date;
  int years = 0;          // reported horizon, after the warm-up
  int warmup_years = 0;   // simulated before the reported horizon, then discarded
  int replications = 1;
  std::uint64_t seed = 1;
  int threads = 0;        // 0: one per hardware core
};

struct ChildrenSpec {
  double entries_per_year = 0;
  std::array<double, kAgeBandCount> age_at_entry{};  // shares by band, summing to 1
  DistributionSpec stay;  // time in care, cut short at the 18th birthday
};

struct InHouseFosterSpec {
  int households = 0;
  int places_per_household = 1;
};

struct IfaSpec {
  std::optional<int> max_placements;  // concurrent placements; none means unlimited
};

struct ProvisionSpec {
  std::optional<InHouseFosterSpec> in_house_foster;
  std::optional<IfaSpec> ifa;  // absent: no IFA, children with no free place wait
};

// Where children come from and where places are: named localities, the roads between them,
// and the distance within one. Distances between any two follow the shortest road route.
struct LocalitySpec {
  std::string name;
  double entry_share = 0;  // share of entries whose home is here; shares sum to 1
};

struct RoadSpec {
  std::size_t from = 0;  // indices into GeographySpec::localities
  std::size_t to = 0;
  double miles = 0;
};

struct GeographySpec {
  std::vector<LocalitySpec> localities;
  std::vector<RoadSpec> roads;
  double within_locality_miles = 0;
};

struct Scenario {
  std::string name;
  std::string description;
  std::string source_file;
  RunSettings run;
  ChildrenSpec children;
  ProvisionSpec provision;
  std::optional<GeographySpec> geography;  // absent: everyone and every place in one spot
};

}  // namespace caresim::scenario
