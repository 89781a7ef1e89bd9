#include "metrics/placement_costs.hpp"

#include <algorithm>
#include <string>

#include "finance/placement_tariff.hpp"

namespace caresim::metrics {

PlacementCosts::PlacementCosts(const scenario::CostsSpec& costs, const kernel::Clock& clock,
                               finance::CostLedger& ledger)
    : costs_(costs), clock_(clock), ledger_(ledger) {
  for (std::size_t p = 0; p < scenario::kCostedPlacementCount; ++p)
    lines_[p] = ledger_.add_line("placement." + std::string(scenario::kCostedPlacementNames[p]),
                                 costs.placements[p] ? costs.placements[p]->inflation_per_year : 0.0);
}

PlacementCosts::Current& PlacementCosts::record(model::ChildId id) {
  const auto index = model::index_of(id);
  if (index >= children_.size()) children_.resize(index + 1);
  return children_[index];
}

void PlacementCosts::on(const model::ChildEntered& e) {
  Current& c = record(e.child);
  c.date_of_birth = e.date_of_birth;
  c.need = e.need;
}

void PlacementCosts::on(const model::PlacementStarted& e) {
  Current& c = record(e.child);
  c.placed = true;
  c.line = finance::costed_placement(e.type, e.in_house_home);
  c.since = e.time;
  const auto& spec = costs_.placements[static_cast<std::size_t>(c.line)];
  // The carer's skill matters only to in-house foster care's fee; elsewhere the difference is 0.
  const auto carer_skill = static_cast<NeedLevel>(static_cast<int>(c.need) + e.skill_above_need);
  c.gbp_per_week = spec ? finance::weekly_price(*spec, c.need, carer_skill) : 0.0;
}

void PlacementCosts::on(const model::PlacementEnded& e) {
  Current& c = record(e.child);
  post(c, e.time);
  c.placed = false;
}

void PlacementCosts::close() {
  for (const Current& c : children_)
    if (c.placed) post(c, ledger_.end());
}

// From the start of the placement (or of the horizon) to `to`, cut at each birthday when the
// line pays an allowance by age. Most placements of a long warm-up end before the horizon.
void PlacementCosts::post(const Current& placement, kernel::Ticks to) {
  const auto& spec = costs_.placements[static_cast<std::size_t>(placement.line)];
  kernel::Ticks from = std::max(placement.since, ledger_.start());
  if (!spec || to <= from) return;
  const auto line = lines_[static_cast<std::size_t>(placement.line)];
  if (!spec->allowance_gbp_per_week) return ledger_.accrue_weekly(line, from, to, placement.gbp_per_week);
  for (int age = kernel::age_in_years(placement.date_of_birth, clock_.date_at(from)); from < to; ++age) {
    const kernel::Ticks piece_end = std::min(to, clock_.start_of(placement.date_of_birth.plus_years(age + 1)));
    ledger_.accrue_weekly(line, from, piece_end, placement.gbp_per_week + finance::weekly_allowance(*spec, age));
    from = piece_end;
  }
}

}  // namespace caresim::metrics
