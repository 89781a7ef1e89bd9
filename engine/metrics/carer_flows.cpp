#include "metrics/carer_flows.hpp"

#include <string>

namespace caresim::metrics {

CarerFlows::CarerFlows(const ReportingWindow& window)
    : window_(window),
      households_(window),
      enquiries_(window),
      applications_(window),
      withdrawals_(window),
      approvals_(window),
      deregistrations_(window) {}

void CarerFlows::on(const model::HouseholdApproved& e) {
  households_.add(e.time, +1);
  if (e.origin != model::HouseholdOrigin::initial_pool) approvals_.count(e.time);
}

void CarerFlows::on(const model::HouseholdDeregistered& e) {
  households_.add(e.time, -1);
  deregistrations_.count(e.time);
}

void CarerFlows::on(const model::HouseholdResigned& e) {
  if (!e.before_start && window_.counts_fact_at(e.time)) ++resignations_[static_cast<std::size_t>(e.reason)];
}

void CarerFlows::report(Measurements& out) {
  const double years = window_.years();
  const auto per_year = [years](long n) { return static_cast<double>(n) / years; };
  out.add_kpi("carer_enquiries_per_year", per_year(enquiries_.total()));
  out.add_kpi("carer_applications_per_year", per_year(applications_.total()));
  out.add_kpi("carer_withdrawals_per_year", per_year(withdrawals_.total()));
  out.add_kpi("approvals_per_year", per_year(approvals_.total()));
  out.add_kpi("deregistrations_per_year", per_year(deregistrations_.total()));
  out.add_kpi("carer_net_change_per_year", per_year(approvals_.total() - deregistrations_.total()), KpiRange::any);
  for (std::size_t r = 0; r < model::kResignationReasonCount; ++r)
    out.add_kpi("resignations_per_year." + std::string(model::kResignationReasonNames[r]), per_year(resignations_[r]));
  const double household_years = households_.integral(window_.end) / kernel::kDaysPerYear;
  out.add_kpi("carer_households_mean", households_.mean());
  // Deregistrations per household-year: with a constant hazard h and nothing else, h.
  out.add_kpi("carer_deregistration_rate", ratio_or_na(deregistrations_.total(), household_years));
  out.add_yearly("carer_enquiries", enquiries_.take_by_year());
  out.add_yearly("carer_applications", applications_.take_by_year());
  out.add_yearly("approvals", approvals_.take_by_year());
  out.add_yearly("deregistrations", deregistrations_.take_by_year());
}

}  // namespace caresim::metrics
