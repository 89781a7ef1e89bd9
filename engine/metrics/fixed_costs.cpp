#include "metrics/fixed_costs.hpp"

namespace caresim::metrics {
namespace {
const scenario::FixedCostSpec kNotCosted{};
}  // namespace

FixedCosts::FixedCosts(const scenario::Scenario& scenario, const scenario::CostsSpec& costs,
                       const kernel::Clock& clock, finance::CostLedger& ledger)
    : scenario_(scenario),
      costs_(costs),
      clock_(clock),
      ledger_(ledger),
      fostering_service_(ledger,
                         ledger.add_line("fixed.in_house_fostering_service",
                                         costs.in_house_fostering_service.value_or(kNotCosted).inflation_per_year),
                         finance::SteppedCost::Per::year, costs.in_house_fostering_service.value_or(kNotCosted).gbp_per_year),
      homes_line_(ledger.add_line("fixed.in_house_homes", costs.in_house_homes.value_or(kNotCosted).inflation_per_year)),
      openings_line_(ledger.add_line("fixed.in_house_home_openings",
                                     costs.in_house_homes.value_or(kNotCosted).inflation_per_year)),
      support_line_(ledger.add_line("support.placement_support_team", costs.inflation_per_year)),
      campaign_line_(ledger.add_line("recruitment.campaign", costs.inflation_per_year)) {
  if (scenario.provision.residential) beds_ = scenario.provision.residential->beds_open_from_start();
}

void FixedCosts::households_change(kernel::Ticks now, int change) {
  households_ += change;
  const auto& service = *costs_.in_house_fostering_service;
  fostering_service_.change_rate(now, service.gbp_per_year + service.gbp_per_unit_per_year * households_);
}

// The costs that do not change within the horizon, posted whole at its end.
void FixedCosts::close() {
  fostering_service_.close();
  if (const auto& homes = costs_.in_house_homes) {
    ledger_.accrue_yearly(homes_line_, 0, ledger_.end(), homes->gbp_per_year + homes->gbp_per_unit_per_year * beds_);
    close_openings(*homes);
  }
  const auto& supply = scenario_.carer_supply;
  if (!supply) return;
  if (const auto& support = supply->support)
    ledger_.accrue_yearly(support_line_, clock_.begins_at(support->start_date), ledger_.end(),
                          support->cost_gbp_per_year);
  if (const auto& campaign = supply->campaign)
    ledger_.accrue_yearly(campaign_line_, clock_.start_of(campaign->start_date),
                          clock_.start_of(campaign->start_date.plus_years(campaign->years)), campaign->cost_gbp_per_year);
}

// The homes that open within the horizon: their beds cost from the day they open, and their
// set-up on that day.
void FixedCosts::close_openings(const scenario::FixedCostSpec& homes) {
  if (!scenario_.provision.residential) return;
  for (const auto& home : scenario_.provision.residential->in_house_homes) {
    if (!home.opening_date) continue;
    const kernel::Ticks opens = clock_.begins_at(home.opening_date);
    ledger_.accrue_yearly(homes_line_, opens, ledger_.end(), homes.gbp_per_unit_per_year * home.beds);
    ledger_.spend(openings_line_, opens, homes.gbp_per_opening);
  }
}

}  // namespace caresim::metrics
