#include "metrics/cost_accounts.hpp"

#include <numeric>

#include "finance/net_present_value.hpp"
#include "metrics/carer_recruitment_costs.hpp"
#include "metrics/fixed_costs.hpp"
#include "metrics/staff_costs.hpp"
#include "metrics/staying_put_costs.hpp"

namespace caresim::metrics {
namespace {

// Every price absent: the accounts of a scenario without costs post nothing.
const scenario::CostsSpec kNothingCosted{};

double sum(const std::vector<double>& values) { return std::accumulate(values.begin(), values.end(), 0.0); }

}  // namespace

CostAccounts::CostAccounts(const ReportingWindow& window, const scenario::Scenario& scenario)
    : window_(window),
      costs_(scenario.costs ? *scenario.costs : kNothingCosted),
      costed_(scenario.costs.has_value()),
      ledger_(window.start, window.financial_year_ends, window.first_financial_year, costs_),
      placement_costs_(scenario, costs_, window.clock, ledger_),
      in_care_(window) {
  accounts_.push_back(std::make_unique<StayingPutCosts>(costs_, ledger_));
  accounts_.push_back(std::make_unique<FixedCosts>(scenario, costs_, window.clock, ledger_));
  accounts_.push_back(std::make_unique<StaffCosts>(scenario, costs_, ledger_));
  accounts_.push_back(std::make_unique<CarerRecruitmentCosts>(costs_, ledger_));
}

void CostAccounts::subscribe(model::EventPublisher& publisher) {
  if (!costed_) return;
  publisher.subscribe<model::ChildEntered, model::ChildLeftCare, model::PlacementStarted, model::PlacementEnded>(*this);
  for (const auto& account : accounts_) account->subscribe(publisher);
}

// Totals are in the scenario's terms; the net present value discounts real flows, as the
// Green Book does.
void CostAccounts::report(Measurements& out) {
  if (costed_) {
    placement_costs_.close();
    for (const auto& account : accounts_) account->close();
  }
  const std::size_t years = ledger_.year_count();
  std::vector<double> total(years, 0.0), real_total(years, 0.0);
  std::vector<std::vector<double>> by_line;
  for (finance::CostLedger::Line line = 0; line < ledger_.line_count(); ++line) {
    by_line.push_back(ledger_.by_year(line, costs_.terms));
    const auto real = ledger_.by_year(line, scenario::CostTerms::real);
    for (std::size_t y = 0; y < years; ++y) {
      total[y] += by_line.back()[y];
      real_total[y] += real[y];
    }
  }
  const double horizon_total = sum(total);
  const double child_weeks = in_care_.integral(window_.end) / kernel::kDaysPerWeek;
  out.add_kpi("cost_total_gbp", horizon_total);
  out.add_kpi("cost_npv_gbp", finance::net_present_value(real_total, costs_.discount_rate_per_year));
  out.add_kpi("cost_per_child_per_week_gbp",
              !costed_ ? 0.0 : child_weeks > 0 ? horizon_total / child_weeks : kNotApplicable);
  for (std::size_t line = 0; line < by_line.size(); ++line) out.add_kpi("cost." + ledger_.name(line), sum(by_line[line]));
  for (std::size_t line = 0; line < by_line.size(); ++line)
    out.add_yearly("cost." + ledger_.name(line), std::move(by_line[line]));
  out.add_yearly("cost_total_gbp", std::move(total));
}

}  // namespace caresim::metrics
