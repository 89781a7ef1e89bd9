// Readers of the scenario's sections, one file each. A new section is a struct in
// scenario.hpp, a reader declared here and one line in read_scenario.cpp.
#pragma once

#include <algorithm>
#include <array>
#include <span>
#include <string_view>
#include <utility>
#include <vector>

#include "scenario/scenario.hpp"
#include "scenario/scenario_reader.hpp"

namespace caresim::scenario {

// The locality names provision may refer to: those of the geography section, if any.
struct Localities {
  bool named = false;  // false: no geography, one unnamed locality
  std::vector<std::string_view> names;
};

// The most years of anything that runs for years (the horizon, the warm-up, a campaign).
// Dates are exact from year -32767 to 32767 (kernel/civil_days.hpp): with start dates written
// in four digits, a thousand years each way keeps every date of a run within them, and is far
// beyond any horizon worth simulating (the benchmarks run 200).
inline constexpr Range kYearsOfARun{1, false, 1000};

// A factor on the breakdown hazard. A hundred times the usual hazard is beyond any evidence;
// far beyond it, placements would break down within the second they start, again and again
// in the same instant, and the run would never end.
inline constexpr Range kHazardFactor{0, false, 100};

// Sizes and flows far beyond any council's (England takes about 30,000 children into care a
// year and has about 33,000 fostering households; a county a few hundred of each), so that a
// slip of the keyboard is an error, not a run that never ends or exhausts memory.
inline constexpr Range kPerYearFlow{0, false, 100'000};  // entries, enquiries
inline constexpr Range kHouseholds{0, false, 100'000};
inline constexpr Range kPlacesPerHousehold{1, false, 10};
inline constexpr Range kStaff{0, false, 10'000};          // social work posts, personal advisers
inline constexpr Range kCaseloadCap{1, false, 1'000};
inline constexpr Range kTimesAYear{0, false, 365};  // what happens to one person: at most daily
// Money: a price, a salary or a year's cost, up to a billion pounds (a county's whole budget
// for children's care is a few hundred million), so that sums over years stay finite.
inline constexpr Range kPounds{0, false, 1e9};
// A price's change a year (inflation, a deflator): a fall of less than 100%, a rise of at
// most 100%.
inline constexpr Range kYearlyPriceChange{-1, true, 1};

Scenario read_scenario(MapReader root);
RunSettings read_run(MapReader run);
// A trend of a flow written at `per_year` a year under `key` ("entries_per_year"), named
// `name` in messages ("entries").
struct TrendedFlow {
  double per_year = 0;
  std::string_view name;
  std::string_view key;
};
TrendSpec read_trend(MapReader trend, const TrendedFlow& flow, const RunSettings& run);
ChildrenSpec read_children(MapReader children, const RunSettings& run);
InHouseFosterSpec read_in_house_foster(MapReader foster, const Localities& localities);
// What households are like (places, skill, approved ages, locality), into `spec`.
void read_household_mix(MapReader& mix, const Localities& localities, InHouseFosterSpec& spec);
// What the levers (a home's opening or closing, carer_supply's campaign, fee uplift and support team,
// the dated matching and workforce changes) are checked against: the reported horizon,
// their start dates (nullptr when the run section had a problem), and whether the scenario
// counts costs, when a lever must state its own.
struct LeverChecks {
  const RunSettings* horizon = nullptr;
  bool costed = false;
};
// A lever's start date at `key`, if given, within the reported horizon; without one, what is
// `in_place` ("step-down") is so `how_long` (for the whole run, warm-up included), as its
// message says.
std::optional<kernel::Date> optional_lever_start(MapReader& lever, std::string_view key, const LeverChecks& checks,
                                                 std::string_view in_place,
                                                 std::string_view how_long = "throughout the run, warm-up included");
// A lever's required start date at `key`, within the reported horizon if it was read right.
kernel::Date required_lever_start(MapReader& lever, std::string_view key, const LeverChecks& checks);
// Dated changes at `key` (the providers', the social workers'): one, written as a map, or
// several, a list of maps each with a `start_date` after the one before's. `read(item, before)`
// reads one, given the change before it (nullptr for the first).
template <class Change, class Read>
std::vector<Change> read_dated_changes(MapReader& parent, std::string_view key, Read read) {
  std::vector<Change> changes;
  if (parent.is_map(key)) {
    changes.push_back(read(parent.section(key), nullptr));
    return changes;
  }
  if (!parent.is_list(key)) {
    parent.report_if_written(key, "must be a map (one change) or a list of maps (several)");
    return changes;
  }
  bool dated_before = false;  // the change before this one has its start_date read right
  for (MapReader& item : parent.list_of_sections(key, Presence::optional)) {
    const int problems = item.problems_so_far();
    Change change = read(item, changes.empty() ? nullptr : &changes.back());
    const bool dated = item.problems_so_far() == problems;
    if (dated && dated_before && !(change.start_date > changes.back().start_date))
      item.report("start_date",
                  "must come after the start_date of the change before it, " + changes.back().start_date.iso());
    dated_before = dated;
    changes.push_back(std::move(change));
  }
  return changes;
}
// The council's homes may open and close on a date, and the providers offer more or less from
// one, levers checked as above.
ProvisionSpec read_provision(MapReader provision, const Localities& localities, const LeverChecks& levers);
// Needs the provision already read: new households join its in-house pool.
CarerSupplySpec read_carer_supply(MapReader supply, const ProvisionSpec& provision, const Localities& localities,
                                  const RunSettings& run, const LeverChecks& levers);
MatchingSpec read_matching(MapReader matching, const LeverChecks& levers);
BreakdownSpec read_breakdowns(MapReader breakdowns);
LeavingCareSpec read_leaving_care(MapReader leaving);
// A distribution object whose keys carry `unit`: mean_days, median_miles, ...
DistributionSpec read_distribution(MapReader distribution, std::string_view unit);
DistributionSpec read_duration(MapReader duration);  // days
DistributionSpec read_distance(MapReader distance);  // miles
GeographySpec read_geography(MapReader geography);
// Needs the provision and leaving care read first: every placement they make must be costed.
CostsSpec read_costs(MapReader costs, const Scenario& scenario);
StaffCostsSpec read_staff_costs(MapReader staff, double inflation);
CarerRecruitmentCostSpec read_carer_recruitment_costs(MapReader recruitment, double inflation);
// Needs the workforce and carer supply read first: the people they have must be costed.
void check_people_are_costed(MapReader& costs, const CostsSpec& spec, const Scenario& scenario);
WorkforceSpec read_workforce(MapReader workforce, const Localities& localities, const LeverChecks& levers);
template <std::size_t N>
std::array<double, N> to_array(const std::vector<double>& values) {
  std::array<double, N> out{};
  std::copy_n(values.begin(), std::min(N, values.size()), out.begin());
  return out;
}

// A value for each age range written "A-B" in whole years (0 <= A <= B <= 17), in file order;
// a key that is no such range is reported.
struct AgeRangeValue {
  int min_age = 0;
  int max_age = 0;
  double value = 0;
};
std::vector<AgeRangeValue> read_age_ranges(MapReader& ranges, Range range_of_values);

// Reports "<what> must sum to 1, got <total>" on the map, unless its values were already wrong.
void check_sum_is_1(MapReader& shares, double total, std::string_view what);

// A map from age band to a probability 0-1, bands not written 0.
std::array<double, kAgeBandCount> read_chance_by_age(MapReader chances);

// A map from each of `names` to a share 0-1 (unwritten names 0), the shares summing to 1.
std::vector<double> read_shares(MapReader shares, std::span<const std::string_view> names, std::string noun);

}  // namespace caresim::scenario
