// The costs of people rather than placements: the workforce's pay (`costs.staff`) and finding
// foster carers (`costs.carer_recruitment`).
#include <algorithm>

#include "scenario/read_sections.hpp"

namespace caresim::scenario {
namespace {

constexpr Range kDaysInAYear{1, false, 366};

StaffCostSpec read_salary(MapReader worker, double inflation) {
  StaffCostSpec spec;
  spec.gbp_per_year = worker.required<double>("gbp_per_year", kPounds);
  spec.inflation_per_year = worker.or_default<double>("inflation_per_year", inflation, kYearlyPriceChange);
  return spec;
}

// A day rate over the days worked in a year, or the permanent worker's cost plus a premium
// (0.5: half as much again). A premium over permanent pay rises with that pay (its
// inflation, unless the agency line gives its own), so that it stays the premium in every year.
StaffCostSpec read_agency_pay(MapReader agency, const std::optional<StaffCostSpec>& permanent, double inflation) {
  StaffCostSpec spec;
  double default_inflation = inflation;  // the section's, or under a premium the permanent pay's
  const auto day_rate = agency.if_present<double>("gbp_per_day", kPounds);
  const auto premium = agency.if_present<double>("premium_over_permanent", Range{0, false, 100});
  if (day_rate && premium) {
    agency.report("give gbp_per_day with days_per_year, or premium_over_permanent, not both" +
                  agency.inherited_note("gbp_per_day") + agency.inherited_note("premium_over_permanent"));
    agency.ignore_unread_keys();
  } else if (day_rate) {
    spec.gbp_per_year = *day_rate * agency.required<double>("days_per_year", kDaysInAYear);
  } else if (premium) {
    if (permanent) {
      spec.gbp_per_year = permanent->gbp_per_year * (1 + *premium);
      default_inflation = permanent->inflation_per_year;
    } else {
      agency.report("premium_over_permanent", "needs costs.staff.social_worker, the cost the premium is added to");
    }
  } else if (agency.values_good()) {
    agency.report("give a price: gbp_per_day with days_per_year, or premium_over_permanent");
  }
  spec.inflation_per_year = agency.or_default<double>("inflation_per_year", default_inflation, kYearlyPriceChange);
  return spec;
}

}  // namespace

StaffCostsSpec read_staff_costs(MapReader staff, double inflation) {
  StaffCostsSpec spec;
  staff.name_keys("kind of worker");
  if (auto worker = staff.optional_section("social_worker", Layout::flow)) spec.social_worker = read_salary(*worker, inflation);
  if (auto agency = staff.optional_section("agency_social_worker", Layout::flow))
    spec.agency_social_worker = read_agency_pay(*agency, spec.social_worker, inflation);
  if (auto adviser = staff.optional_section("personal_adviser", Layout::flow))
    spec.personal_adviser = read_salary(*adviser, inflation);
  if (staff.keys().empty()) staff.report("must have social_worker, agency_social_worker or personal_adviser");
  return spec;
}

CarerRecruitmentCostSpec read_carer_recruitment_costs(MapReader recruitment, double inflation) {
  CarerRecruitmentCostSpec spec;
  spec.gbp_per_enquiry = recruitment.or_default<double>("gbp_per_enquiry", 0.0, kPounds);
  spec.gbp_per_assessment = recruitment.or_default<double>("gbp_per_assessment", 0.0, kPounds);
  spec.gbp_per_approval = recruitment.or_default<double>("gbp_per_approval", 0.0, kPounds);
  spec.inflation_per_year = recruitment.or_default<double>("inflation_per_year", inflation, kYearlyPriceChange);
  if (recruitment.keys().empty())
    recruitment.report("give a price: gbp_per_enquiry, gbp_per_assessment or gbp_per_approval");
  return spec;
}

// Workers and carers the scenario has but the costs leave out would look free, and an option
// that adds posts or recruits harder would look cheaper than it is.
void check_people_are_costed(MapReader& costs, const CostsSpec& spec, const Scenario& scenario) {
  const auto& workforce = scenario.workforce;
  const SocialWorkersSpec* social_workers = workforce && workforce->social_workers ? &*workforce->social_workers : nullptr;
  // Agency cover from the start, or from a change.
  const bool agency =
      social_workers && (social_workers->agency_cover ||
                         std::any_of(social_workers->changes.begin(), social_workers->changes.end(),
                                     [](const SocialWorkersChange& change) { return change.agency_cover.has_value(); }));
  const StaffCostsSpec none;
  const StaffCostsSpec& staff = spec.staff ? *spec.staff : none;
  struct Needed {
    bool there;
    bool priced;
    std::string_view who;    // the section that has them
    std::string_view price;  // where their cost goes, under costs
  };
  const Needed needed[] = {
      {social_workers != nullptr, staff.social_worker.has_value(), "workforce.social_workers",
       "staff.social_worker"},
      {agency, staff.agency_social_worker.has_value(), "workforce.social_workers.agency_cover",
       "staff.agency_social_worker"},
      {workforce && workforce->personal_advisers.has_value(), staff.personal_adviser.has_value(), "workforce.personal_advisers",
       "staff.personal_adviser"},
      {scenario.carer_supply.has_value(), spec.carer_recruitment.has_value(), "carer_supply", "carer_recruitment"}};
  for (const Needed& n : needed)
    if (n.there && !n.priced)
      costs.report(std::string(n.who) + " has people whose cost is not given: add costs." + std::string(n.price));
}

}  // namespace caresim::scenario
