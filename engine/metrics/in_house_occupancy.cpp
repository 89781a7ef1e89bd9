#include "metrics/in_house_occupancy.hpp"

namespace caresim::metrics {

void InHouseOccupancy::on(const model::HouseholdApproved& e) {
  approved_.add(e.time, e.places);
  if (e.time < window_.end) ++households_count_;
  const auto index = model::index_of(e.household);
  if (index >= households_.size()) households_.resize(index + 1);
  update(e.time, e.household, [&e](Household& h) {
    h = Household{};
    h.places = e.places;
    h.approved = true;
  });
}

void InHouseOccupancy::on(const model::HouseholdDeregistered& e) {
  approved_.add(e.time, -e.places);
  if (e.time < window_.end) --households_count_;
  update(e.time, e.household, [](Household& h) { h.approved = false; });
}

void InHouseOccupancy::on(const model::HouseholdResigned& e) {
  update(e.time, e.household, [](Household& h) { h.resigning = true; });
}

void InHouseOccupancy::on(const model::CarerBreakStarted& e) {
  update(e.time, e.household, [](Household& h) { h.on_break = true; });
}

void InHouseOccupancy::on(const model::CarerBreakEnded& e) {
  update(e.time, e.household, [](Household& h) { h.on_break = false; });
}

void InHouseOccupancy::on(const model::MonthEnded& e) {
  if (!window_.contains(e.time)) return;
  households_at_month_end_.push_back(static_cast<double>(households_count_));
  approved_at_month_end_.push_back(approved_.level());
  filled_at_month_end_.push_back(filled_.level());
  // n/a (left out of the month's statistics) while no place is approved.
  occupancy_at_month_end_.push_back(approved_.level() > 0 ? filled_.level() / approved_.level() : kNotApplicable);
  available_at_month_end_.push_back(available_.level());
}

// In the order the two occupancies were reported when they were separate metrics, so the
// columns of the outputs keep their places.
void InHouseOccupancy::report(Measurements& out) {
  const double filled_days = filled_.integral(window_.end);
  const double approved_days = approved_.integral(window_.end);
  const double available_days = available_.integral(window_.end);
  out.add_share("in_house_occupancy_mean", approved_days > 0 ? filled_days / approved_days : kNotApplicable);
  out.add_kpi("carer_households_end", static_cast<double>(households_count_));
  out.add_series("carer_households", std::move(households_at_month_end_));
  out.add_series("in_house_approved_places", std::move(approved_at_month_end_));
  out.add_series("in_house_filled_places", std::move(filled_at_month_end_));
  out.add_series("in_house_occupancy", std::move(occupancy_at_month_end_));
  out.add_kpi("in_house_occupancy_available_mean",
              available_days > 0 ? filled_days / available_days : kNotApplicable);
  out.add_series("in_house_available_places", std::move(available_at_month_end_));
}

}  // namespace caresim::metrics
