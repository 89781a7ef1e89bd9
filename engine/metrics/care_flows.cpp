#include "metrics/care_flows.hpp"

#include <string>

namespace caresim::metrics {

void CareFlows::on(const model::MonthEnded& e) {
  if (window_.contains(e.time)) {
    in_care_at_month_end_.push_back(in_care_.level());
    entries_by_month_.push_back(static_cast<double>(entries_.total() - entries_before_month_));
    exits_by_month_.push_back(static_cast<double>(exits_.total() - exits_before_month_));
  }
  entries_before_month_ = entries_.total();
  exits_before_month_ = exits_.total();
}

// An inflow and an outflow of the horizon, NAME_per_year, then each per 10,000 children.
void CareFlows::add_yearly_rates(Measurements& out, const std::string& in, long in_count, const std::string& out_name,
                                 long out_count) const {
  const double in_per_year = static_cast<double>(in_count) / window_.years();
  const double out_per_year = static_cast<double>(out_count) / window_.years();
  out.add_kpi(in + "_per_year", in_per_year);
  out.add_kpi(out_name + "_per_year", out_per_year);
  out.add_kpi(in + "_per_year_per_10k", per_10k_(in_per_year));
  out.add_kpi(out_name + "_per_year_per_10k", per_10k_(out_per_year));
}

void CareFlows::report(Measurements& out) {
  add_yearly_rates(out, "entries", entries_.total(), "exits", exits_.total());
  add_yearly_rates(out, "children_starting", children_starting_.total(), "children_ceasing", children_ceasing_.total());
  out.add_kpi("children_in_care_mean", in_care_.mean());
  out.add_share("re_entry_share", ratio_or_na(re_entries_, entries_.total()));
  out.add_share("unaccompanied_share", ratio_or_na(unaccompanied_, entries_.total()));
  for (std::size_t r = 0; r < model::kLeavingReasonCount; ++r)
    out.add_share("exit_share." + std::string(model::kLeavingReasonNames[r]),
                  ratio_or_na(ceased_by_reason_[r], children_ceasing_.total()));
  for (std::size_t group = 0; group < kExitAgeGroupCount; ++group)
    out.add_share("exit_age_mix." + std::string(group < kAgeBandCount ? kAgeBandNames[group] : "18+"),
                  ratio_or_na(ceased_by_age_[group], children_ceasing_.total()));
  out.add_series("children_in_care", std::move(in_care_at_month_end_));
  out.add_series("entries", std::move(entries_by_month_));
  out.add_series("exits", std::move(exits_by_month_));
  out.add_yearly("entries", entries_.take_by_year());
  out.add_yearly("exits", exits_.take_by_year());
  out.add_yearly("children_starting", children_starting_.take_by_year());
  out.add_yearly("children_ceasing", children_ceasing_.take_by_year());
}

}  // namespace caresim::metrics
