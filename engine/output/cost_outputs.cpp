#include "output/cost_outputs.hpp"

#include <string_view>
#include <vector>

#include "finance/financial_year.hpp"
#include "output/csv_number.hpp"

namespace caresim::output {
namespace {

constexpr std::string_view kLinePrefix = "cost.";
constexpr std::string_view kTotal = "cost_total_gbp";

// The cost line a yearly flow holds, or nothing for flows that are not costs.
std::string line_of(std::string_view flow) {
  if (flow == kTotal) return "total";
  if (flow.starts_with(kLinePrefix)) return std::string(flow.substr(kLinePrefix.size()));
  return {};
}

}  // namespace

std::string costs_csv(const run::ScenarioAggregate& aggregate) {
  std::string csv = "financial_year,line,mean,p05,p50,p95,ci95_low,ci95_high\n";
  for (std::size_t year = 0; year < aggregate.financial_years().size(); ++year)
    for (std::size_t flow = 0; flow < aggregate.yearly_names().size(); ++flow) {
      const std::string line = line_of(aggregate.yearly_names()[flow]);
      if (line.empty()) continue;
      csv += aggregate.financial_years()[year] + ',' + line;
      if (const auto s = aggregate.yearly(flow, year).summary())
        for (const double cell : {s->mean, s->p05, s->p50, s->p95, s->ci95_low, s->ci95_high}) csv += ',' + csv_number(cell);
      else
        csv += ",NA,NA,NA,NA,NA,NA";
      csv += '\n';
    }
  return csv;
}

std::string costs_by_replication_csv(const run::ScenarioAggregate& aggregate) {
  std::vector<std::size_t> cost_flows;
  std::string csv = "replication,financial_year";
  for (std::size_t flow = 0; flow < aggregate.yearly_names().size(); ++flow)
    if (const std::string line = line_of(aggregate.yearly_names()[flow]); !line.empty()) {
      cost_flows.push_back(flow);
      csv += ',' + line;
    }
  csv += '\n';
  for (std::size_t r = 0; r < aggregate.replications(); ++r)
    for (std::size_t year = 0; year < aggregate.financial_years().size(); ++year) {
      csv += std::to_string(r) + ',' + aggregate.financial_years()[year];
      for (const std::size_t flow : cost_flows) csv += ',' + csv_number(aggregate.yearly_value(flow, r, year));
      csv += '\n';
    }
  return csv;
}

nlohmann::ordered_json costs_note(const scenario::Scenario& scenario) {
  if (!scenario.costs)
    return {{"costed", false}, {"note", "the scenario has no costs section: nothing is costed and every cost KPI is 0"}};
  const auto& costs = *scenario.costs;
  const std::string base = finance::financial_year_label(costs.price_base_year);
  return {{"costed", true},
          {"terms", scenario::kCostTermsNames[static_cast<std::size_t>(costs.terms)]},
          {"price_base", base},
          {"gdp_deflator_per_year", costs.gdp_deflator_per_year},
          {"discount_rate_per_year", costs.discount_rate_per_year},
          {"npv", "cost_npv_gbp: real terms (" + base + " prices), financial year t of the horizon divided by (1 + " +
                      "discount_rate_per_year)^t, t = 0 for the first year"}};
}

}  // namespace caresim::output
