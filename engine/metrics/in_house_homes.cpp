#include "metrics/in_house_homes.hpp"

#include <algorithm>

namespace caresim::metrics {

InHouseHomes::InHouseHomes(const ReportingWindow& window, const scenario::Scenario& scenario)
    : window_(window),
      on_(scenario.provision.residential && !scenario.provision.residential->in_house_homes.empty()),
      beds_(window),
      children_(window) {
  // The others open with a fact of their own.
  if (on_) beds_.add(0, scenario.provision.residential->beds_open_from_start());
}

void InHouseHomes::on(const model::MonthEnded& e) {
  if (!window_.contains(e.time)) return;
  beds_at_month_end_.push_back(beds_.level());
  children_at_month_end_.push_back(children_.level());
}

void InHouseHomes::report(Measurements& out) {
  const double filled_days = on_ ? children_.integral(window_.end) : 0.0;
  const double bed_days = on_ ? beds_.integral(window_.end) : 0.0;
  // Filled and open bed-days are summed apart, so a home always full can come out a rounding
  // above 1.
  out.add_share("in_house_home_occupancy_mean",
                bed_days > 0 ? std::min(1.0, filled_days / bed_days) : kNotApplicable);
  out.add_kpi("in_house_home_children_mean", on_ ? children_.mean() : 0.0);
  if (!on_) return;
  out.add_series("in_house_home_beds", std::move(beds_at_month_end_));
  out.add_series("in_house_home_children", std::move(children_at_month_end_));
}

}  // namespace caresim::metrics
