#include "metrics/fixed_costs.hpp"

namespace caresim::metrics {
namespace {
const scenario::FixedCostSpec kNotCosted{};
}  // namespace

FixedCosts::FixedCosts(const scenario::Scenario& scenario, const scenario::CostsSpec& costs,
                       finance::CostLedger& ledger)
    : costs_(costs),
      ledger_(ledger),
      fostering_service_(ledger,
                         ledger.add_line("fixed.in_house_fostering_service",
                                         costs.in_house_fostering_service.value_or(kNotCosted).inflation_per_year),
                         finance::SteppedCost::Per::year, costs.in_house_fostering_service.value_or(kNotCosted).gbp_per_year),
      homes_line_(ledger.add_line("fixed.in_house_homes", costs.in_house_homes.value_or(kNotCosted).inflation_per_year)) {
  for (const auto& offer : costs.support_offers)
    support_lines_.push_back(ledger.add_line("support." + offer.name, offer.inflation_per_year));
  if (scenario.provision.residential)
    for (const auto& home : scenario.provision.residential->in_house_homes) beds_ += home.beds;
}

void FixedCosts::households_change(kernel::Ticks now, int change) {
  households_ += change;
  const auto& service = *costs_.in_house_fostering_service;
  fostering_service_.change_rate(now, service.gbp_per_year + service.gbp_per_unit_per_year * households_);
}

// The whole horizon, for the costs that do not change within it.
void FixedCosts::close() {
  fostering_service_.close();
  if (const auto& homes = costs_.in_house_homes)
    ledger_.accrue_yearly(homes_line_, 0, ledger_.end(), homes->gbp_per_year + homes->gbp_per_unit_per_year * beds_);
  for (std::size_t o = 0; o < support_lines_.size(); ++o)
    ledger_.accrue_yearly(support_lines_[o], 0, ledger_.end(), costs_.support_offers[o].gbp_per_year);
}

}  // namespace caresim::metrics
