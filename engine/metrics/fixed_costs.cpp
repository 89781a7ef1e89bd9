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
      closures_line_(ledger.add_line("fixed.in_house_home_closures",
                                     costs.in_house_homes.value_or(kNotCosted).inflation_per_year)),
      support_line_(ledger.add_line("support.placement_support_team", costs.inflation_per_year)),
      campaign_line_(ledger.add_line("recruitment.campaign", costs.inflation_per_year)) {
  if (!scenario.provision.residential) return;
  for (const auto& home : scenario.provision.residential->in_house_homes)
    if (home.open_throughout()) beds_ += home.beds;
  closed_at_.resize(scenario.provision.residential->in_house_homes.size());
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
    close_dated_homes(*homes);
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

// The homes that open or close within the horizon, one by one: their beds cost from the day
// they open (or the start) till their last child leaves after their closing date (or the end);
// their set-up on the first day, their closure on the last.
void FixedCosts::close_dated_homes(const scenario::FixedCostSpec& homes) {
  if (!scenario_.provision.residential) return;
  const auto& specs = scenario_.provision.residential->in_house_homes;
  for (std::size_t i = 0; i < specs.size(); ++i) {
    if (specs[i].open_throughout()) continue;
    const kernel::Ticks opens = specs[i].opening_date ? clock_.begins_at(specs[i].opening_date) : 0;
    ledger_.accrue_yearly(homes_line_, opens, closed_at_[i].value_or(ledger_.end()),
                          homes.gbp_per_unit_per_year * specs[i].beds);
    if (specs[i].opening_date) ledger_.spend(openings_line_, opens, homes.gbp_per_opening);
    if (closed_at_[i]) ledger_.spend(closures_line_, *closed_at_[i], homes.gbp_per_closure);
  }
}

}  // namespace caresim::metrics
