// The supply of in-house foster carers: enquiries, assessment and approval of new households,
// how long households foster, and the levers planners pull on these (a recruitment campaign,
// a fee uplift, a placement support team, skills training, conversions of approval).
// Included by scenario.hpp after the structs it uses.
#pragma once

#include <array>
#include <optional>
#include <vector>

#include "kernel/calendar.hpp"

namespace caresim::scenario {

// From `from_years` of tenure (years since approval) until the next band, a household stops
// fostering at `per_year` (a hazard: 0.14 is about 14% of households a year).
struct TenureBand {
  double from_years = 0;
  double per_year = 0;
};

// An approved age range that households convert to at a rate (to take teenagers, say).
// Both are indices into provision.in_house_foster.approved_ages.
struct AgeRangeConversion {
  std::size_t from = 0;
  std::size_t to = 0;
  double per_year = 0;  // hazard per household of the `from` range
};

// Extra enquiries a year from `start_date` for `years`, at a stated cost (read by costs).
struct CampaignSpec {
  double extra_enquiries_per_year = 0;
  kernel::Date start_date;
  int years = 1;
  double cost_gbp_per_year = 0;
};

// Fees and allowances raised by `share` (0.1 is +10%) from `start_date` (absent: the whole
// run). Constant elasticities: enquiries scale by (1 + share)^enquiries_elasticity, the
// deregistration hazard by (1 + share)^deregistration_elasticity.
struct FeeUpliftSpec {
  double share = 0;
  std::optional<kernel::Date> start_date;
  double enquiries_elasticity = 0;
  double deregistration_elasticity = 0;
};

// A placement support team for in-house carers, from its start date (absent: for the whole
// run): it multiplies the breakdown hazard of in-house placements, those already running at
// its start too, and the chance a carer resigns after a breakdown.
struct SupportSpec {
  double breakdown_hazard_factor = 1;
  double resign_after_breakdown_factor = 1;
  double cost_gbp_per_year = 0;  // stated for the costs of the option
  std::optional<kernel::Date> start_date;
};

struct CarerSupplySpec {
  double enquiries_per_year = 0;
  std::optional<std::array<double, kMonthCount>> enquiry_month_shares;  // absent: even over the year
  std::optional<TrendSpec> enquiries_trend;  // of the usual enquiries; absent: none
  double word_of_mouth_enquiries_per_household_per_year = 0;
  double application_share = 0;                      // of enquiries, becoming an application
  std::optional<DistributionSpec> application_after;  // days from enquiry; absent: at once
  DistributionSpec assessment;                        // days from application to approval
  double approval_share = 0;                          // of applications; the rest withdraw
  std::optional<DistributionSpec> withdrawal_after;   // days from application; absent: `assessment`
  std::optional<InHouseFosterSpec> new_households;    // absent: the pool's own mix
  std::vector<TenureBand> deregistration_by_tenure;   // empty: no household stops on its own
  double moves_to_ifa_per_year = 0;                   // hazard per household
  double joins_from_ifa_households_per_year = 0;      // agency households joining, Poisson
  double skill_rises_per_year = 0;                    // hazard per household below the top skill
  std::vector<AgeRangeConversion> age_range_conversions;
  std::optional<CampaignSpec> campaign;
  std::optional<FeeUpliftSpec> fee_uplift;
  std::optional<SupportSpec> support;
};

}  // namespace caresim::scenario
