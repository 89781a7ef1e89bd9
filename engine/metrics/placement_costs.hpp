// Placement costs, one line per costed placement (`placement.<line>`): each day of a placement
// at its line's weekly price for the child's need level, plus, where the line pays carers, the
// fee for the carer's skill and the allowance for the child's age, which changes on the
// birthday that takes the child into another age range. A fee uplift (carer_supply.fee_uplift)
// raises in-house carers' fees and allowances from its start. Placements the scenario gives
// no price cost nothing. Fed by CostAccounts with direct calls, as its facts are among the
// commonest.
#pragma once

#include <array>

#include "finance/cost_ledger.hpp"
#include "metrics/child_records.hpp"
#include "model/domain_events.hpp"
#include "scenario/scenario.hpp"

namespace caresim::metrics {

class PlacementCosts {
 public:
  PlacementCosts(const scenario::Scenario& scenario, const scenario::CostsSpec& costs, const kernel::Clock& clock,
                 finance::CostLedger& ledger);

  void on(const model::ChildEntered& e);
  void on(const model::PlacementStarted& e);
  void on(const model::PlacementEnded& e) {
    Current& c = children_[e.child];
    if (e.time > ledger_.start()) post(c, e.time);  // one ending in the warm-up costs nothing
    c.placed = false;
  }
  // Posts the placements still running when the horizon ends.
  void close();

 private:
  struct Current {
    kernel::YearDay born;  // the date of birth, as ages are counted from it
    NeedLevel need = NeedLevel::standard;
    NeedLevel carer_skill = NeedLevel::standard;
    bool placed = false;
    scenario::CostedPlacement line = scenario::CostedPlacement::emergency;
    kernel::Ticks since = 0;
    double gbp_per_week = 0;  // the line's price for the child's need; the carer's pay aside
  };
  void post(const Current& placement, kernel::Ticks to);

  const scenario::CostsSpec& costs_;
  const kernel::Clock& clock_;
  finance::CostLedger& ledger_;
  std::array<finance::CostLedger::Line, scenario::kCostedPlacementCount> lines_{};
  double fee_uplift_ = 1;          // in-house carers' pay is multiplied by this ...
  kernel::Ticks fee_uplift_from_ = 0;  // ... from this time on
  ChildRecords<Current> children_;
};

}  // namespace caresim::metrics
