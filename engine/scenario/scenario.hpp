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
#include "scenario/costs_spec.hpp"
#include "scenario/distribution_spec.hpp"
#include "scenario/vocabulary.hpp"
#include "scenario/workforce_spec.hpp"

namespace caresim::scenario {

struct RunSettings {
  kernel::Date start_date;
  int years = 0;          // reported horizon, after the warm-up
  int warmup_years = 0;   // simulated before the reported horizon, then discarded
  int replications = 1;
  std::uint64_t seed = 1;
  int threads = 0;        // 0: one per hardware core
};

// The most threads a run may ask for: beyond the cores there is nothing to gain, and each
// thread costs memory; a thousand is far beyond any machine a council runs this on.
inline constexpr int kMostThreads = 1024;

using NeedShares = std::array<double, kNeedLevelCount>;
using NeedSet = std::array<bool, kNeedLevelCount>;  // which need levels a provider accepts
inline constexpr NeedShares kAllStandard = {1, 0, 0};
inline constexpr NeedSet kEveryNeed = {true, true, true};

// A flow (entries, enquiries) changing by `per_year` a year, compounding, from `start_date`
// (absent: the run's start date) for `years` (absent: to the end of the run), holding at the
// level reached after.
struct TrendSpec {
  double per_year = 0;
  std::optional<kernel::Date> start_date;
  std::optional<int> years;
};

// Who is in care when the simulation starts (at the start of the warm-up). `none`: nobody,
// so the children in care build up over the warm-up, which must then be long enough for a
// baby entering care to reach 18. `steady_state`: the children the entries and times in care
// would have in care after running for ever, each with its own entry date, age and way out,
// so that a warm-up of a few years settles what the start leaves unsettled (placements,
// carers, social workers).
enum class InCareAtStart : std::uint8_t { none, steady_state };
inline constexpr std::array<std::string_view, 2> kInCareAtStartNames = {"none", "steady_state"};

struct ChildrenSpec {
  double entries_per_year = 0;
  // Each month's share of a year's entries (seasonality); absent: the same rate every day.
  std::optional<std::array<double, kMonthCount>> entries_month_shares;
  std::optional<TrendSpec> entries_trend;  // absent: no trend
  std::array<double, kAgeBandCount> age_at_entry{};  // shares by band, summing to 1
  // Time in care, cut short at the 18th birthday; absent when `leaving_care` gives routes.
  std::optional<DistributionSpec> stay;
  NeedShares need_level = kAllStandard;
  // [n - 1]: share of entries that are a group of n siblings entering together. Entries are
  // counted in children, so groups arrive at entries_per_year / mean group size.
  std::vector<double> sibling_group_size = {1.0};
  // The chance, by age band, that a child entering alone is an unaccompanied asylum-seeking
  // child: no kin to be found, and no return home, adoption or special guardianship.
  std::array<double, kAgeBandCount> unaccompanied_asylum_seeking{};
  // Of the children entering under 1, the share entering in their first week of life (at
  // birth); the others enter at any age in their first year alike.
  double newborn_share_under_1 = 0;
  // Children aged 0-17 living in the council's area (ONS mid-year estimate), the base of
  // the DfE's rates per 10,000 children; absent: no rates.
  std::optional<double> population_under_18;
  InCareAtStart in_care_at_start = InCareAtStart::none;
};

// Households approved for children aged min_age to max_age (whole years, inclusive).
struct ApprovedAges {
  int min_age = 0;
  int max_age = 17;
  double share = 1;
};

struct InHouseFosterSpec {
  int households = 0;
  std::vector<double> places_shares = {1.0};  // [n - 1]: share of households with n places
  NeedShares skill = kAllStandard;             // share of households skilled to each level
  std::vector<ApprovedAges> approved_ages = {ApprovedAges{}};
  std::vector<double> locality_shares;         // by locality; empty: as children's homes
  double takes_sibling_groups = 1;             // share of households that take a sibling group
};

struct IfaSpec {
  std::optional<int> max_placements;  // concurrent placements; none means unlimited
  double availability = 1;            // chance a search finds an IFA place
  std::optional<DistributionSpec> miles;  // distance from home of the places found; absent 0
  NeedSet accepts = kEveryNeed;
};

struct ChildrensHomeSpec {
  std::size_t locality = 0;
  int beds = 0;
  std::optional<kernel::Date> opening_date{};  // absent: open for the whole run, warm-up included
  std::optional<kernel::Date> closing_date{};  // absent: open to the end of the run

  int beds_at_start() const { return opening_date ? 0 : beds; }  // the others come on its opening
  bool open_throughout() const { return !opening_date && !closing_date; }
};

struct ResidentialSpec {
  std::vector<ChildrensHomeSpec> in_house_homes;
  // Spot purchases from external homes: found with this chance per search, at this distance.
  struct External {
    double availability = 1;
    std::optional<DistributionSpec> miles;
  };
  std::optional<External> external;

  // The beds of the council's homes open from the start, the others opening on their dates.
  int beds_open_from_start() const {
    int open = 0;
    for (const ChildrensHomeSpec& home : in_house_homes) open += home.beds_at_start();
    return open;
  }
  bool a_home_opens() const {
    for (const ChildrensHomeSpec& home : in_house_homes)
      if (home.opening_date) return true;
    return false;
  }
  bool a_home_closes() const {
    for (const ChildrensHomeSpec& home : in_house_homes)
      if (home.closing_date) return true;
    return false;
  }
};

// How children leave care: at entry each child is given a route with the chance for its age
// band, and leaves by it after the route's time for that band, unless 18 comes first; a child
// given no route (the chances of a band may sum to less than 1) stays until 18.
struct LeavingRouteSpec {
  std::array<double, kAgeBandCount> chance_by_age{};
  DistributionSpec after;  // days from entry
  std::array<std::optional<DistributionSpec>, kAgeBandCount> after_by_age;  // in place of `after`
  const DistributionSpec& after_for(std::size_t band) const { return after_by_age[band] ? *after_by_age[band] : after; }
};

// Children who went home may come back into care: a new episode, after a delay.
struct ReEntrySpec {
  double chance = 0;
  DistributionSpec after;  // days from going home
};

// At 18 a young person in foster care may stay with the carer (Staying Put): they have
// left care, but the carer's place stays filled until the arrangement ends or they turn 21.
struct StayingPutSpec {
  double chance = 0;
  DistributionSpec lasts;  // days from the 18th birthday, cut at the 21st
};

struct LeavingCareSpec {
  std::array<std::optional<LeavingRouteSpec>, kLeavingRouteCount> routes;
  std::optional<ReEntrySpec> re_entry;
  std::optional<StayingPutSpec> staying_put;
};

// Relatives or friends approved as carers for one child: found at entry with a chance that
// depends on the child's age, near the child's home, and for that child only.
struct KinshipSpec {
  std::array<double, kAgeBandCount> found_at_entry{};  // probability by age band at entry
};

// Supported accommodation for young people aged 16 and 17.
struct SupportedSpec {
  double availability = 1;                // chance a search finds a place
  std::optional<int> max_placements;      // concurrent placements; none means unlimited
  std::optional<DistributionSpec> miles;  // distance from home; absent 0
};

// A stop-gap while a child waits for a proper match: always available, at this distance.
// Secure children's homes, for children who meet the criteria (welfare secure orders): a
// child of at least min_age with one of the need levels needs secure care with a chance at
// each search, stays its time there, and then searches again.
struct SecureSpec {
  int min_age = 10;
  NeedSet need_levels = kEveryNeed;
  double chance_per_search = 0;
  std::optional<int> beds;  // concurrent places; none means unlimited
  DistributionSpec stay;    // days
  std::optional<DistributionSpec> miles;
};

struct EmergencySpec {
  std::optional<DistributionSpec> miles;
};

// What the providers outside the council offer from a date on (`provision.change`, one or a
// list): for each, what the change writes, and for what it does not, what the change before it
// left (the provision's own, for the first). Under a cap lowered below the places in use, those
// places run on till they end; no new one is made till use is below the cap.
struct ProvisionChange {
  kernel::Date start_date;
  double ifa_availability = 0;
  std::optional<int> ifa_max_placements;
  double external_home_availability = 0;
  double supported_availability = 0;
  std::optional<int> supported_max_placements;
};

struct ProvisionSpec {
  std::optional<KinshipSpec> kinship;
  std::optional<InHouseFosterSpec> in_house_foster;
  std::optional<IfaSpec> ifa;  // absent: no IFA
  std::optional<ResidentialSpec> residential;
  std::optional<SupportedSpec> supported;
  std::optional<SecureSpec> secure;
  std::optional<EmergencySpec> emergency;  // absent: a child with no match waits unplaced
  std::vector<ProvisionChange> changes;    // by date; none: the providers offer the same throughout
};

// How a search chooses among the places that fit: the first type in `order` with a place
// that fits, and within in-house provision the place nearest home.
enum class MatchingPolicy : std::uint8_t { first_fit, min_cost };
inline constexpr std::array<std::string_view, 2> kMatchingPolicyNames = {"first_fit", "min_cost"};

// What a match costs under the min_cost policy: a price per placement type (by default its
// rank in `order` times kRankCost, so the order still comes first and costs only choose
// within it), per mile from home, and per skill level a carer has above the child's need
// (keeping skilled carers free for the children who need them).
struct MatchCosts {
  static constexpr double kRankCost = 1000;
  std::array<double, kPlacementTypeCount> type{};  // the reader sets rank_prices(order) by default
  double per_mile = 1;
  double per_skill_level_above_need = 1;
  // Per need level a child is above its in-house carer's skill, where the matching allows it:
  // high enough that a carer skilled enough within 250 miles comes first, low enough that a
  // carer less skilled comes before the next kind of placement in `order`.
  double per_need_level_above_skill = 250;
};

// The default type prices: rank in `order` times kRankCost; types not in it after them all.
inline std::array<double, kPlacementTypeCount> rank_prices(const std::vector<PlacementType>& order) {
  std::array<double, kPlacementTypeCount> prices{};
  for (std::size_t t = 0; t < kPlacementTypeCount; ++t) {
    std::size_t rank = 0;
    while (rank < order.size() && order[rank] != static_cast<PlacementType>(t)) ++rank;
    prices[t] = static_cast<double>(rank) * MatchCosts::kRankCost;
  }
  return prices;
}

enum class SiblingRule : std::uint8_t { together_required, together_preferred };
inline constexpr std::array<std::string_view, 2> kSiblingRuleNames = {"together_required", "together_preferred"};

// The kinds of placement a child may step down from to an in-house family: those that are not
// a family and where a child waits for nothing (an emergency stop-gap is a wait).
inline constexpr std::array<PlacementType, 3> kStepDownSources = {PlacementType::ifa, PlacementType::residential,
                                                                  PlacementType::supported};

struct MatchingSpec {
  std::vector<PlacementType> order = {PlacementType::kinship, PlacementType::in_house_foster, PlacementType::ifa,
                                      PlacementType::supported, PlacementType::residential};
  MatchingPolicy policy = MatchingPolicy::first_fit;
  // 0: each search is made when the need arises; n: searches wait and are solved together
  // every n days, so that one search cannot take the place another needs more.
  int batch_days = 0;
  // From when the policy and batches apply; before, first_fit searches made at once (absent:
  // the whole run).
  std::optional<kernel::Date> policy_start_date;
  MatchCosts costs;
  SiblingRule siblings = SiblingRule::together_required;
  // Children placed in these types move to an in-house family when one fits (step-down), from
  // the start date (absent: the whole run), those placed there before it too.
  std::vector<PlacementType> step_down_from;
  std::optional<kernel::Date> step_down_start_date;
  // How many need levels a child may be above an in-house carer's skill: 0, never; above 0, a
  // carer less skilled than the child needs may take it, where no carer skilled enough has a
  // place (first_fit) or at the price per_need_level_above_skill (min_cost); from the start
  // date (absent: the whole run).
  int need_above_skill_levels = 0;
  std::optional<kernel::Date> need_above_skill_start_date;
};

// Unplanned endings. Each placement type listed has a time to breakdown; the factors
// multiply its hazard (proportional hazards), so 2 means twice as likely at every moment.
struct BreakdownSpec {
  std::array<std::optional<DistributionSpec>, kPlacementTypeCount> time_to_breakdown;
  std::array<double, kAgeBandCount> age_band_factor = {1, 1, 1, 1, 1};  // age at placement
  double need_above_skill_factor = 1;   // per need level above the carer's skill
  double over_20_miles_factor = 1;
  double per_earlier_breakdown_factor = 1;
  double siblings_apart_factor = 1;     // a child placed apart from siblings in care
  int earlier_breakdowns_counted = 3;   // the factor stops compounding after this many
  // What the in-house carer does after a breakdown.
  double carer_break_probability = 0;
  std::optional<DistributionSpec> carer_break;  // days the household takes no child
  double carer_resign_probability = 0;
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

}  // namespace caresim::scenario

// Sections kept in headers of their own; they use the structs above.
#include "scenario/carer_supply_spec.hpp"

namespace caresim::scenario {

struct Scenario {
  std::string name;
  std::string description;
  std::string source_file;
  RunSettings run;
  ChildrenSpec children;
  ProvisionSpec provision;
  std::optional<GeographySpec> geography;  // absent: everyone and every place in one spot
  std::optional<LeavingCareSpec> leaving_care;  // absent: children.stay decides
  MatchingSpec matching;
  std::optional<BreakdownSpec> breakdowns;  // absent: placements end only when care ends
  std::optional<CarerSupplySpec> carer_supply;  // absent: the pool changes only by resignations
  std::optional<CostsSpec> costs;  // absent: nothing is costed, every cost KPI is 0
  std::optional<WorkforceSpec> workforce;       // absent: no social workers or personal advisers
};

// Whether anyone is placed at a distance from home: there is a geography, or a provider's
// places are drawn at some miles. Without either every placement is at 0 miles, and the
// distance measures mean nothing.
inline bool models_distance(const Scenario& s) {
  const ProvisionSpec& p = s.provision;
  const bool external_homes_far = p.residential && p.residential->external && p.residential->external->miles;
  return s.geography || external_homes_far || (p.ifa && p.ifa->miles) || (p.supported && p.supported->miles) ||
         (p.secure && p.secure->miles) || (p.emergency && p.emergency->miles);
}

}  // namespace caresim::scenario
