#include "metrics/staff_costs.hpp"

namespace caresim::metrics {
namespace {

const scenario::StaffCostSpec kNotCosted{};

const scenario::StaffCostSpec& pay_of(const scenario::CostsSpec& costs,
                                      std::optional<scenario::StaffCostSpec> scenario::StaffCostsSpec::*worker) {
  if (!costs.staff || !(*costs.staff.*worker)) return kNotCosted;
  return *(*costs.staff.*worker);
}

finance::SteppedCost pay_line(finance::CostLedger& ledger, std::string name, const scenario::StaffCostSpec& pay) {
  return {ledger, ledger.add_line(std::move(name), pay.inflation_per_year), finance::SteppedCost::Per::year, 0.0};
}

}  // namespace

StaffCosts::StaffCosts(const scenario::Scenario& scenario, const scenario::CostsSpec& costs,
                       finance::CostLedger& ledger)
    : costs_(costs),
      ledger_(ledger),
      gbp_per_year_{pay_of(costs, &scenario::StaffCostsSpec::social_worker).gbp_per_year,
                    pay_of(costs, &scenario::StaffCostsSpec::agency_social_worker).gbp_per_year},
      pay_{pay_line(ledger, "staff.social_workers", pay_of(costs, &scenario::StaffCostsSpec::social_worker)),
           pay_line(ledger, "staff.agency_social_workers",
                    pay_of(costs, &scenario::StaffCostsSpec::agency_social_worker))},
      advisers_line_(ledger.add_line("staff.personal_advisers",
                                     pay_of(costs, &scenario::StaffCostsSpec::personal_adviser).inflation_per_year)) {
  if (scenario.workforce && scenario.workforce->personal_advisers)
    advisers_ = scenario.workforce->personal_advisers->advisers;
}

void StaffCosts::on(const model::SocialWorkersChanged& e) {
  const std::array<std::optional<double>, 2> pay_from_now{e.social_worker_gbp_per_year,
                                                           e.agency_social_worker_gbp_per_year};
  for (const model::Contract contract : {model::Contract::permanent, model::Contract::agency}) {
    const auto c = static_cast<std::size_t>(contract);
    if (!pay_from_now[c]) continue;
    gbp_per_year_[c] = *pay_from_now[c];
    in_post_change(e.time, contract, 0);
  }
}

void StaffCosts::in_post_change(kernel::Ticks now, model::Contract contract, int change) {
  const auto c = static_cast<std::size_t>(contract);
  in_post_[c] += change;
  pay_[c].change_rate(now, gbp_per_year_[c] * in_post_[c]);
}

// The advisers are as many all along, so their cost is posted whole at the end.
void StaffCosts::close() {
  for (auto& pay : pay_) pay.close();
  ledger_.accrue_yearly(advisers_line_, 0, ledger_.end(),
                        pay_of(costs_, &scenario::StaffCostsSpec::personal_adviser).gbp_per_year * advisers_);
}

}  // namespace caresim::metrics
