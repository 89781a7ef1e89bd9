#include "metrics/available_places.hpp"

namespace caresim::metrics {

template <class Change>
void AvailablePlaces::update(kernel::Ticks t, model::HouseholdId id, Change change) {
  Household& h = households_[model::index_of(id)];
  const int before = h.available();
  change(h);
  available_.add(t, h.available() - before);
}

void AvailablePlaces::on(const model::HouseholdApproved& e) {
  const auto index = model::index_of(e.household);
  if (index >= households_.size()) households_.resize(index + 1);
  update(e.time, e.household, [&e](Household& h) {
    h = Household{};
    h.places = e.places;
    h.approved = true;
  });
}

void AvailablePlaces::on(const model::HouseholdDeregistered& e) {
  update(e.time, e.household, [](Household& h) { h.approved = false; });
}

void AvailablePlaces::on(const model::HouseholdResigned& e) {
  update(e.time, e.household, [](Household& h) { h.resigning = true; });
}

void AvailablePlaces::on(const model::CarerBreakStarted& e) {
  update(e.time, e.household, [](Household& h) { h.on_break = true; });
}

void AvailablePlaces::on(const model::CarerBreakEnded& e) {
  update(e.time, e.household, [](Household& h) { h.on_break = false; });
}

void AvailablePlaces::on(const model::PlacementStarted& e) {
  if (e.type != PlacementType::in_house_foster) return;
  filled_.add(e.time, +1);
  update(e.time, e.household, [](Household& h) { ++h.filled; });
}

void AvailablePlaces::on(const model::PlacementEnded& e) {
  if (e.type != PlacementType::in_house_foster) return;
  filled_.add(e.time, -1);
  update(e.time, e.household, [](Household& h) { --h.filled; });
}

void AvailablePlaces::on(const model::StayingPutStarted& e) {
  if (e.type != PlacementType::in_house_foster) return;
  filled_.add(e.time, +1);
  update(e.time, e.household, [](Household& h) { ++h.filled; });
}

void AvailablePlaces::on(const model::StayingPutEnded& e) {
  if (e.type != PlacementType::in_house_foster) return;
  filled_.add(e.time, -1);
  update(e.time, e.household, [](Household& h) { --h.filled; });
}

void AvailablePlaces::on(const model::MonthEnded& e) {
  if (window_.contains(e.time)) available_at_month_end_.push_back(available_.level());
}

void AvailablePlaces::report(Measurements& out) {
  const double available_days = available_.integral(window_.end);
  out.add_kpi("in_house_occupancy_available_mean",
              available_days > 0 ? filled_.integral(window_.end) / available_days : kNotApplicable);
  out.add_series("in_house_available_places", std::move(available_at_month_end_));
}

}  // namespace caresim::metrics
