#include "metrics/in_house_occupancy.hpp"

namespace caresim::metrics {

void InHouseOccupancy::on(const model::HouseholdApproved& e) {
  approved_.add(e.time, e.places);
  ++households_;
}

void InHouseOccupancy::on(const model::HouseholdDeregistered& e) {
  approved_.add(e.time, -e.places);
  --households_;
}

void InHouseOccupancy::on(const model::PlacementStarted& e) {
  if (e.type == PlacementType::in_house_foster) filled_.add(e.time, +1);
}

void InHouseOccupancy::on(const model::PlacementEnded& e) {
  if (e.type == PlacementType::in_house_foster) filled_.add(e.time, -1);
}

void InHouseOccupancy::on(const model::MonthEnded& e) {
  if (!window_.contains(e.time)) return;
  households_at_month_end_.push_back(static_cast<double>(households_));
  approved_at_month_end_.push_back(approved_.level());
  filled_at_month_end_.push_back(filled_.level());
  // n/a (left out of the month's statistics) while no place is approved.
  occupancy_at_month_end_.push_back(approved_.level() > 0 ? filled_.level() / approved_.level() : kNotApplicable);
}

void InHouseOccupancy::report(Measurements& out) {
  const double approved_days = approved_.integral(window_.end);
  out.add_kpi("in_house_occupancy_mean",
              approved_days > 0 ? filled_.integral(window_.end) / approved_days : kNotApplicable);
  out.add_kpi("carer_households_end", static_cast<double>(households_));
  out.add_series("carer_households", std::move(households_at_month_end_));
  out.add_series("in_house_approved_places", std::move(approved_at_month_end_));
  out.add_series("in_house_filled_places", std::move(filled_at_month_end_));
  out.add_series("in_house_occupancy", std::move(occupancy_at_month_end_));
}

}  // namespace caresim::metrics
