// The in-house foster pool: households, approved, available and filled places, and two
// occupancies, time-averaged over the horizon and at each month end:
// - of approved places: filled / approved;
// - of available places (Ofsted's measure): filled / available, where a vacant place counts
//   only while its household can take a child, not while it is on a break or resigning, and
//   a filled place always counts.
// A young person Staying Put keeps the carer's place filled, though no longer in care.
#pragma once

#include <vector>

#include "metrics/metric.hpp"
#include "metrics/reporting_window.hpp"
#include "metrics/time_weighted.hpp"

namespace caresim::metrics {

class InHouseOccupancy final : public Metric {
 public:
  explicit InHouseOccupancy(const ReportingWindow& window)
      : window_(window), approved_(window), available_(window), filled_(window) {}

  void subscribe(model::EventPublisher& publisher) override {
    publisher.subscribe<model::HouseholdApproved, model::HouseholdDeregistered, model::HouseholdResigned,
                        model::CarerBreakStarted, model::CarerBreakEnded, model::PlacementStarted,
                        model::PlacementEnded, model::StayingPutStarted, model::StayingPutEnded,
                        model::MonthEnded>(*this);
  }
  void on(const model::HouseholdApproved& e) override;
  void on(const model::HouseholdDeregistered& e) override;
  void on(const model::HouseholdResigned& e) override;
  void on(const model::CarerBreakStarted& e) override;
  void on(const model::CarerBreakEnded& e) override;
  void on(const model::PlacementStarted& e) override {
    if (e.type == PlacementType::in_house_foster) fill(e.time, e.household, +1);
  }
  void on(const model::PlacementEnded& e) override {
    if (e.type == PlacementType::in_house_foster) fill(e.time, e.household, -1);
  }
  void on(const model::StayingPutStarted& e) override {
    if (e.type == PlacementType::in_house_foster) fill(e.time, e.household, +1);
  }
  void on(const model::StayingPutEnded& e) override {
    if (e.type == PlacementType::in_house_foster) fill(e.time, e.household, -1);
  }
  void on(const model::MonthEnded& e) override;
  void report(Measurements& out) override;

 private:
  struct Household {
    int places = 0, filled = 0;
    bool approved = false, on_break = false, resigning = false;
    int available() const { return !approved ? 0 : on_break || resigning ? filled : places; }
  };
  // Applies `change` to the household (approved before anything else happens to it) and
  // its effect to the available places. Always inlined, like `fill` that calls it.
  template <class Change>
  [[gnu::always_inline]] void update(kernel::Ticks t, model::HouseholdId id, Change change) {
    Household& h = households_[model::index_of(id)];
    const int before = h.available();
    change(h);
    available_.add(t, h.available() - before);
  }
  // A place of this household filled (+1) or vacated (-1), by a child or a young person
  // Staying Put. Always inlined: every in-house placement's start and end comes here.
  [[gnu::always_inline]] void fill(kernel::Ticks t, model::HouseholdId id, int change) {
    filled_.add(t, change);
    update(t, id, [change](Household& h) { h.filled += change; });
  }

  const ReportingWindow& window_;
  TimeWeighted approved_;
  TimeWeighted available_;
  TimeWeighted filled_;
  // Households approved and not deregistered. The facts of the horizon's last instant, the
  // run's last, are not counted: they belong to the time after it, as at a month end.
  long households_count_ = 0;
  std::vector<Household> households_;  // by household id
  std::vector<double> households_at_month_end_, approved_at_month_end_, filled_at_month_end_, occupancy_at_month_end_,
      available_at_month_end_;
};

}  // namespace caresim::metrics
