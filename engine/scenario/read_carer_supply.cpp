#include <algorithm>
#include <cmath>
#include <limits>
#include <string>

#include "scenario/read_sections.hpp"
#include "scenario/scalar_text.hpp"

namespace caresim::scenario {
namespace {

// The pool's approved age ranges as written ("0-10"), the names conversions refer to.
std::vector<std::string> range_names(const InHouseFosterSpec& pool) {
  std::vector<std::string> names;
  for (const ApprovedAges& r : pool.approved_ages) names.push_back(std::to_string(r.min_age) + '-' + std::to_string(r.max_age));
  return names;
}

std::string listed(const std::vector<std::string>& names) {
  std::string text;
  for (const std::string& name : names) text += (text.empty() ? "" : ", ") + name;
  return text;
}

// Bands start at 0 years and go up; the last lasts for ever. None: no household stops.
std::vector<TenureBand> read_tenure_bands(MapReader& supply) {
  constexpr std::string_view kKey = "deregistration_by_tenure";
  std::vector<MapReader> items = supply.list_of_sections(kKey, Presence::optional);
  std::vector<TenureBand> bands;
  for (MapReader& item : items)
    bands.push_back({item.required<double>("from_years", at_least(0)), item.required<double>("per_year", at_least(0))});
  if (!std::all_of(items.begin(), items.end(), [](const MapReader& item) { return item.values_good(); })) return bands;
  if (!bands.empty() && bands.front().from_years != 0)
    supply.report_item(kKey, 0, "the first band must start at from_years 0, got " + format_number(bands.front().from_years));
  for (std::size_t i = 1; i < bands.size(); ++i)
    if (bands[i].from_years <= bands[i - 1].from_years)
      supply.report_item(kKey, i,
                         "from_years must be more than the band before's, got " + format_number(bands[i].from_years) +
                             " after " + format_number(bands[i - 1].from_years));
  return bands;
}

// New households' age ranges in the pool's order, so a household's range indexes the pool's
// ranges; a range the pool does not have is an error.
void align_age_ranges(MapReader& mix, const InHouseFosterSpec& pool, InHouseFosterSpec& spec) {
  const std::vector<std::string> pool_names = range_names(pool);
  std::vector<ApprovedAges> aligned = pool.approved_ages;
  for (ApprovedAges& range : aligned) range.share = 0;
  for (const ApprovedAges& range : spec.approved_ages) {
    const auto same = [&range](const ApprovedAges& r) { return r.min_age == range.min_age && r.max_age == range.max_age; };
    const auto at = std::find_if(aligned.begin(), aligned.end(), same);
    if (at != aligned.end()) {
      at->share = range.share;
    } else {
      mix.report("approved_ages", "age range '" + std::to_string(range.min_age) + '-' + std::to_string(range.max_age) +
                                      "' is not one of provision.in_house_foster.approved_ages (" + listed(pool_names) +
                                      ")");
    }
  }
  spec.approved_ages = aligned;
}

std::vector<AgeRangeConversion> read_conversions(MapReader& supply, const InHouseFosterSpec& pool) {
  const std::vector<std::string> names = range_names(pool);
  const std::vector<std::string_view> views(names.begin(), names.end());
  std::vector<AgeRangeConversion> conversions;
  const auto items = supply.list_of_sections("age_range_conversions", Presence::optional);
  for (std::size_t i = 0; i < items.size(); ++i) {
    MapReader item = items[i];
    const auto from = item.required_choice("from", views, "approved age range");
    const auto to = item.required_choice("to", views, "approved age range");
    const double per_year = item.required<double>("per_year", at_least(0));
    if (!from || !to) continue;
    if (*from == *to) item.report("to", "a range cannot convert to itself");
    const auto same_from = [&](const AgeRangeConversion& c) { return c.from == *from; };
    if (std::any_of(conversions.begin(), conversions.end(), same_from))
      supply.report_item("age_range_conversions", i, "'" + names[*from] + "' already converts: give one conversion a range");
    conversions.push_back({*from, *to, per_year});
  }
  return conversions;
}

// A lever's cost a year: required where the scenario counts costs (0 for one that truly costs
// nothing), so that an option never looks free by omission.
double read_lever_cost(MapReader& lever, const LeverChecks& checks) {
  const auto cost = lever.if_present<double>("cost_gbp_per_year", kPounds);
  if (!cost && checks.costed && lever.values_good())
    lever.report("the scenario counts costs (it has a costs section): give cost_gbp_per_year, 0 for one that truly "
                 "costs nothing, so that the option never looks free by omission");
  return cost.value_or(0.0);
}

// A campaign states the enquiries it adds, or the households it is to bring in a year, which
// the pipeline's conversion (`approvals_per_enquiry`) turns into as many enquiries on average:
// they become households after the pipeline's delays, and cost as enquiries and assessments do.
// A conversion of NaN: the pipeline's shares are wrong, and reported where they are written.
double read_campaign_enquiries(MapReader& campaign, double approvals_per_enquiry) {
  const auto enquiries = campaign.if_present<double>("extra_enquiries_per_year", kPerYearFlow);
  const auto households = campaign.if_present<double>("extra_households_per_year", kPerYearFlow);
  if (enquiries && households) {
    campaign.report_both_written("extra_enquiries_per_year", "extra_households_per_year",
                                 "give extra_enquiries_per_year or extra_households_per_year, not both");
    return 0;
  }
  if (enquiries || !campaign.values_good()) return enquiries.value_or(0);
  if (!households) {
    campaign.report("give extra_enquiries_per_year, or extra_households_per_year to have them worked out");
    return 0;
  }
  if (std::isnan(approvals_per_enquiry)) return 0;
  if (approvals_per_enquiry <= 0) {
    campaign.report("extra_households_per_year", "no enquiry becomes a household (application_share x approval_share "
                                                 "is 0): give extra_enquiries_per_year");
    return 0;
  }
  const double worked_out = *households / approvals_per_enquiry;
  if (worked_out > kPerYearFlow.high)
    campaign.report("extra_households_per_year", "would take " + format_number(std::round(worked_out)) +
                                                     " enquiries a year at this conversion, more than the " +
                                                     format_number(kPerYearFlow.high) + " a campaign may add");
  return worked_out;
}

CampaignSpec read_campaign(MapReader campaign, double approvals_per_enquiry, const LeverChecks& checks) {
  CampaignSpec spec;
  spec.extra_enquiries_per_year = read_campaign_enquiries(campaign, approvals_per_enquiry);
  spec.start_date = required_lever_start(campaign, "start_date", checks);
  spec.years = campaign.required<int>("years", kYearsOfARun);
  spec.cost_gbp_per_year = read_lever_cost(campaign, checks);
  return spec;
}

FeeUpliftSpec read_fee_uplift(MapReader uplift, const LeverChecks& checks) {
  FeeUpliftSpec spec;
  // Fees at most doubled, and elasticities within +-5: (1 + share)^elasticity then stays within
  // 32 times the usual rates, which is already far beyond what fees have been seen to do.
  spec.share = uplift.required<double>("share", Range{-1, true, 1});
  spec.start_date = optional_lever_start(uplift, "start_date", checks, "fees raised");
  spec.enquiries_elasticity = uplift.or_default<double>("enquiries_elasticity", 0.0, Range{-5, false, 5});
  spec.deregistration_elasticity = uplift.or_default<double>("deregistration_elasticity", 0.0, Range{-5, false, 5});
  return spec;
}

SupportSpec read_support(MapReader support, const LeverChecks& checks) {
  SupportSpec spec;
  spec.breakdown_hazard_factor = support.or_default<double>("breakdown_hazard_factor", 1.0, kHazardFactor);
  spec.resign_after_breakdown_factor = support.or_default<double>("resign_after_breakdown_factor", 1.0, at_least(0));
  spec.cost_gbp_per_year = read_lever_cost(support, checks);
  spec.start_date = optional_lever_start(support, "start_date", checks, "a team in place");
  return spec;
}

}  // namespace

CarerSupplySpec read_carer_supply(MapReader supply, const ProvisionSpec& provision, const Localities& localities,
                                  const RunSettings& run, const LeverChecks& levers) {
  CarerSupplySpec spec;
  if (!provision.in_house_foster) supply.report("needs provision.in_house_foster: new households join that pool");
  const InHouseFosterSpec pool = provision.in_house_foster.value_or(InHouseFosterSpec{});

  spec.enquiries_per_year = supply.required<double>("enquiries_per_year", kPerYearFlow);
  if (auto months = supply.optional_section("enquiry_month_shares", Layout::flow))
    spec.enquiry_month_shares = to_array<kMonthCount>(read_shares(*months, kMonthNames, "month"));
  if (auto trend = supply.optional_section("enquiries_trend", Layout::flow))
    spec.enquiries_trend = read_trend(*trend, {spec.enquiries_per_year, "enquiries", "enquiries_per_year"}, run);
  spec.word_of_mouth_enquiries_per_household_per_year =
      supply.or_default<double>("word_of_mouth_enquiries_per_household_per_year", 0.0, Range{0, false, 10});
  spec.application_share = supply.required<double>("application_share", share());
  if (auto after = supply.optional_section("application_after", Layout::flow)) spec.application_after = read_duration(*after);
  spec.assessment = read_duration(supply.section("assessment", Layout::flow));
  spec.approval_share = supply.required<double>("approval_share", share());
  if (auto after = supply.optional_section("withdrawal_after", Layout::flow)) spec.withdrawal_after = read_duration(*after);
  if (auto mix = supply.optional_section("new_households")) {
    InHouseFosterSpec households;
    read_household_mix(*mix, localities, households);
    if (mix->values_good()) align_age_ranges(*mix, pool, households);
    spec.new_households = households;
  }

  spec.deregistration_by_tenure = read_tenure_bands(supply);
  spec.moves_to_ifa_per_year = supply.or_default<double>("moves_to_ifa_per_year", 0.0, at_least(0));
  spec.joins_from_ifa_households_per_year = supply.or_default<double>("joins_from_ifa_households_per_year", 0.0, kPerYearFlow);
  spec.skill_rises_per_year = supply.or_default<double>("skill_rises_per_year", 0.0, at_least(0));
  spec.age_range_conversions = read_conversions(supply, pool);

  if (auto campaign = supply.optional_section("campaign")) {
    const double conversion = supply.values_good() ? spec.application_share * spec.approval_share
                                                   : std::numeric_limits<double>::quiet_NaN();
    spec.campaign = read_campaign(*campaign, conversion, levers);
  }
  if (auto uplift = supply.optional_section("fee_uplift")) spec.fee_uplift = read_fee_uplift(*uplift, levers);
  if (auto support = supply.optional_section("support")) spec.support = read_support(*support, levers);
  return spec;
}

}  // namespace caresim::scenario
