#include "metrics/staffing.hpp"

namespace caresim::metrics {

Staffing::Staffing(const ReportingWindow& window, bool on)
    : window_(window),
      on_(on),
      in_post_{TimeWeighted(window), TimeWeighted(window)},
      vacancies_(window),
      sick_(window),
      starters_by_year_(window.financial_years.size()),
      leavers_by_year_(window.financial_years.size()) {}

// The establishment the run starts with is in post but not a starter, even when the horizon
// starts with the run (no warm-up).
void Staffing::on(const model::SocialWorkerJoined& e) {
  in_post(e.contract).add(e.time, +1);
  if (e.contract == model::Contract::permanent && e.origin == model::WorkerOrigin::starter &&
      window_.counts_fact_at(e.time))
    ++starters_by_year_[window_.financial_year_of(e.time)];
}

void Staffing::on(const model::SocialWorkerLeft& e) {
  in_post(e.contract).add(e.time, -1);
  const std::size_t w = model::index_of(e.worker);
  if (w < off_sick_.size() && off_sick_[w]) {
    off_sick_[w] = false;
    sick_.add(e.time, -1);
  }
  if (e.reason != model::WorkerLeaving::resigned || !window_.counts_fact_at(e.time)) return;
  ++resignations_[static_cast<std::size_t>(e.contract)];
  if (e.contract == model::Contract::permanent) ++leavers_by_year_[window_.financial_year_of(e.time)];
}

void Staffing::on(const model::SicknessStarted& e) {
  const std::size_t w = model::index_of(e.worker);
  if (w >= off_sick_.size()) off_sick_.resize(w + 1);
  off_sick_[w] = true;
  sick_.add(e.time, +1);
}

void Staffing::on(const model::SicknessEnded& e) {
  off_sick_[model::index_of(e.worker)] = false;
  sick_.add(e.time, -1);
}

void Staffing::on(const model::MonthEnded& e) {
  if (!window_.contains(e.time)) return;
  for (std::size_t c = 0; c < 2; ++c) in_post_at_month_end_[c].push_back(in_post_[c].level());
  vacancies_at_month_end_.push_back(vacancies_.level());
}

void Staffing::report(Measurements& out) {
  const double permanent = on_ ? in_post(model::Contract::permanent).mean() : 0.0;
  const double agency = on_ ? in_post(model::Contract::agency).mean() : 0.0;
  const double vacancies = on_ ? vacancies_.mean() : 0.0;
  const auto ratio = [](double part, double whole) { return whole > 0 ? part / whole : kNotApplicable; };
  const double years = window_.years();
  out.add_kpi("social_worker_turnover_rate", ratio(static_cast<double>(resignations_[0]), permanent * years));
  out.add_kpi("agency_turnover_rate", ratio(static_cast<double>(resignations_[1]), agency * years));
  out.add_share("vacancy_rate", ratio(vacancies, vacancies + permanent));
  out.add_share("agency_share", ratio(agency, agency + permanent));
  out.add_share("sickness_absence_rate", ratio(on_ ? sick_.mean() : 0.0, agency + permanent));
  if (!on_) return;
  out.add_series("social_workers_permanent", std::move(in_post_at_month_end_[0]));
  out.add_series("social_workers_agency", std::move(in_post_at_month_end_[1]));
  out.add_series("social_worker_vacancies", std::move(vacancies_at_month_end_));
  out.add_yearly("social_worker_starters", std::move(starters_by_year_));
  out.add_yearly("social_worker_leavers", std::move(leavers_by_year_));
}

}  // namespace caresim::metrics
