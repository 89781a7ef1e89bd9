#include "metrics/fixed_costs.hpp"

namespace caresim::metrics {
namespace {
double inflation_of(const std::optional<scenario::FixedCostSpec>& spec) { return spec ? spec->inflation_per_year : 0.0; }
}  // namespace

FixedCosts::FixedCosts(const scenario::Scenario& scenario, const scenario::CostsSpec& costs,
                       finance::CostLedger& ledger)
    : costs_(costs),
      ledger_(ledger),
      fostering_service_line_(
          ledger.add_line("fixed.in_house_fostering_service", inflation_of(costs.in_house_fostering_service))),
      homes_line_(ledger.add_line("fixed.in_house_homes", inflation_of(costs.in_house_homes))) {
  for (const auto& offer : costs.support_offers)
    support_lines_.push_back(ledger.add_line("support." + offer.name, offer.inflation_per_year));
  if (scenario.provision.residential)
    for (const auto& home : scenario.provision.residential->in_house_homes) beds_ += home.beds;
}

void FixedCosts::households_change(kernel::Ticks now, int change) {
  post_fostering_service(now);
  households_ += change;
  households_since_ = now;
}

void FixedCosts::post_fostering_service(kernel::Ticks to) {
  const auto& service = *costs_.in_house_fostering_service;
  ledger_.accrue_yearly(fostering_service_line_, households_since_, to,
                        service.gbp_per_year + service.gbp_per_unit_per_year * households_);
}

// The whole horizon, for the costs that do not change within it.
void FixedCosts::close() {
  if (costs_.in_house_fostering_service) post_fostering_service(ledger_.end());
  if (const auto& homes = costs_.in_house_homes)
    ledger_.accrue_yearly(homes_line_, 0, ledger_.end(), homes->gbp_per_year + homes->gbp_per_unit_per_year * beds_);
  for (std::size_t o = 0; o < support_lines_.size(); ++o)
    ledger_.accrue_yearly(support_lines_[o], 0, ledger_.end(), costs_.support_offers[o].gbp_per_year);
}

}  // namespace caresim::metrics
