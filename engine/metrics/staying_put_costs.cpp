#include "metrics/staying_put_costs.hpp"

namespace caresim::metrics {

StayingPutCosts::StayingPutCosts(const scenario::CostsSpec& costs, finance::CostLedger& ledger)
    : costs_(costs),
      cost_(ledger, ledger.add_line("placement.staying_put", costs.staying_put ? costs.staying_put->inflation_per_year : 0.0),
            finance::SteppedCost::Per::week, 0.0) {}

void StayingPutCosts::staying_change(kernel::Ticks now, PlacementType carer, int change) {
  (carer == PlacementType::in_house_foster ? in_house_ : ifa_) += change;
  const auto& price = *costs_.staying_put;
  cost_.change_rate(now, price.in_house_gbp_per_week * in_house_ + price.ifa_gbp_per_week * ifa_);
}

}  // namespace caresim::metrics
