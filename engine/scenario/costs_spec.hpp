// The `costs` section as plain structs: unit costs at the prices of one financial year, how
// each line's prices rise, and how money is reported. Absent from a scenario, nothing is costed.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>

#include "scenario/vocabulary.hpp"

namespace caresim::scenario {

// The placements costed, each a cost line: the placement types, with residential split by
// provider, because a council's own home and a spot purchase are priced apart.
enum class CostedPlacement : std::uint8_t {
  kinship,
  in_house_foster,
  ifa,
  residential_in_house,
  residential_external,
  supported,
  secure,
  emergency
};
inline constexpr std::size_t kCostedPlacementCount = 8;
inline constexpr std::array<std::string_view, kCostedPlacementCount> kCostedPlacementNames = {
    "kinship", "in_house_foster", "ifa", "residential_in_house", "residential_external", "supported", "secure",
    "emergency"};

inline constexpr int kOldestInCare = 17;

using NeedPrices = std::array<double, kNeedLevelCount>;      // gbp a week, by need (or skill) level
using AgePrices = std::array<double, kOldestInCare + 1>;     // gbp a week, by age in whole years

// What one placement of a line costs a week at base-year prices: a price by the child's need
// level, plus, for foster care, an allowance by the child's age and a fee by the carer's skill.
// Secure homes are priced by the night in the scenario and held here by the week.
struct PlacementCostSpec {
  NeedPrices gbp_per_week{};
  std::optional<AgePrices> allowance_gbp_per_week;  // kinship and in-house foster care
  std::optional<NeedPrices> fee_gbp_per_week;       // in-house foster care, by the carer's skill
  double inflation_per_year = 0;                    // applied at each 1 April
};

// Staying Put: a young person of 18 to 20 living on with the former foster carer, paid by the
// week by the kind of carer (an in-house household or an IFA's).
struct StayingPutCostSpec {
  double in_house_gbp_per_week = 0;
  double ifa_gbp_per_week = 0;
  double inflation_per_year = 0;
};

// A cost that runs whether or not places are filled: a sum a year, plus a sum a year for each
// unit of capacity (an approved household, a bed).
struct FixedCostSpec {
  double gbp_per_year = 0;
  double gbp_per_unit_per_year = 0;
  double inflation_per_year = 0;
  // The council's homes only: a one-off sum for each home that opens within the horizon
  // (its set-up: buying or adapting the building, registration, staff recruited ahead).
  double gbp_per_opening = 0;
  // And for each home that closes within the horizon (its closure: redundancies, the building
  // made safe), counted on the day its last child leaves.
  double gbp_per_closure = 0;
};

// What the workforce costs a year, for each worker in post: a permanent social worker's or a
// personal adviser's salary with on-costs, an agency worker's day rate over the days worked
// (or the permanent cost plus a premium). A vacancy nobody covers costs nothing.
struct StaffCostSpec {
  double gbp_per_year = 0;
  double inflation_per_year = 0;
};

struct StaffCostsSpec {
  std::optional<StaffCostSpec> social_worker;
  std::optional<StaffCostSpec> agency_social_worker;
  std::optional<StaffCostSpec> personal_adviser;
};

// Finding foster carers: the cost of handling each enquiry, of each assessment started (a
// Form F assessment and its checks) and of each approval (panel), whoever approves them.
struct CarerRecruitmentCostSpec {
  double gbp_per_enquiry = 0;
  double gbp_per_assessment = 0;
  double gbp_per_approval = 0;
  double inflation_per_year = 0;
};

// Nominal: cash of each year. Real: base-year prices, each year deflated by the GDP deflator.
enum class CostTerms : std::uint8_t { nominal, real };
inline constexpr std::array<std::string_view, 2> kCostTermsNames = {"nominal", "real"};

struct CostsSpec {
  int price_base_year = 0;  // prices are those of the financial year from 1 April of this year
  CostTerms terms = CostTerms::nominal;
  double gdp_deflator_per_year = 0;
  double discount_rate_per_year = 0;  // for the net present value
  // Every line's, unless it gives its own; also that of the costs carer_supply states (a
  // recruitment campaign, a placement support team).
  double inflation_per_year = 0;
  std::array<std::optional<PlacementCostSpec>, kCostedPlacementCount> placements;  // absent: not costed
  std::optional<StayingPutCostSpec> staying_put;
  std::optional<FixedCostSpec> in_house_fostering_service;  // per approved household
  std::optional<FixedCostSpec> in_house_homes;              // per bed in the council's homes
  std::optional<StaffCostsSpec> staff;
  std::optional<CarerRecruitmentCostSpec> carer_recruitment;
};

}  // namespace caresim::scenario
