#include "metrics/placement_costs.hpp"

#include <algorithm>
#include <string>

#include "finance/placement_tariff.hpp"

namespace caresim::metrics {

PlacementCosts::PlacementCosts(const scenario::Scenario& scenario, const scenario::CostsSpec& costs,
                               const kernel::Clock& clock, finance::CostLedger& ledger)
    : costs_(costs), clock_(clock), ledger_(ledger) {
  for (std::size_t p = 0; p < scenario::kCostedPlacementCount; ++p)
    lines_[p] = ledger_.add_line("placement." + std::string(scenario::kCostedPlacementNames[p]),
                                 costs.placements[p] ? costs.placements[p]->inflation_per_year : 0.0);
  if (scenario.carer_supply && scenario.carer_supply->fee_uplift) {
    const auto& uplift = *scenario.carer_supply->fee_uplift;
    fee_uplift_ = 1 + uplift.share;
    fee_uplift_from_ = clock.begins_at(uplift.start_date);
  }
}

void PlacementCosts::on(const model::ChildEntered& e) {
  Current& c = children_.entered(e.child);
  c.born = kernel::year_day(e.date_of_birth);
  c.need = e.need;
}

void PlacementCosts::on(const model::PlacementStarted& e) {
  Current& c = children_[e.child];
  c.placed = true;
  c.line = finance::costed_placement(e.type, e.in_house_home);
  c.since = e.time;
  // The carer's skill matters only to in-house foster care's fee; elsewhere the difference is 0.
  c.carer_skill = static_cast<NeedLevel>(static_cast<int>(c.need) + e.skill_above_need);
  const auto& spec = costs_.placements[static_cast<std::size_t>(c.line)];
  c.gbp_per_week = spec ? finance::weekly_price(*spec, c.need) : 0.0;
}

void PlacementCosts::close() {
  for (const Current& c : children_)
    if (c.placed) post(c, ledger_.end());
}

// From the start of the placement (or of the horizon) to `to`, cut where the carer's pay
// changes: at each birthday when the line pays an allowance by age, and when a fee uplift
// starts. Most placements of a long warm-up end before the horizon and post nothing.
void PlacementCosts::post(const Current& placement, kernel::Ticks to) {
  const auto& spec = costs_.placements[static_cast<std::size_t>(placement.line)];
  kernel::Ticks from = std::max(placement.since, ledger_.start());
  if (!spec || to <= from) return;
  const auto line = lines_[static_cast<std::size_t>(placement.line)];
  const bool by_age = spec->allowance_gbp_per_week.has_value();
  const bool uplifted = placement.line == scenario::CostedPlacement::in_house_foster && fee_uplift_ != 1;
  while (from < to) {
    const int age = kernel::age_in_years(placement.born, kernel::year_day(clock_.date_at(from)));
    kernel::Ticks piece_end = to;
    if (by_age) piece_end = std::min(piece_end, clock_.start_of(kernel::birthday(placement.born, age + 1)));
    if (uplifted && from < fee_uplift_from_) piece_end = std::min(piece_end, fee_uplift_from_);
    const double uplift = uplifted && from >= fee_uplift_from_ ? fee_uplift_ : 1.0;
    ledger_.accrue_weekly(line, from, piece_end,
                          placement.gbp_per_week + uplift * finance::weekly_carer_pay(*spec, placement.carer_skill, age));
    from = piece_end;
  }
}

}  // namespace caresim::metrics
