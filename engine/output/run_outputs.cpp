#include "output/run_outputs.hpp"

#include <vector>

#include "output/cost_outputs.hpp"
#include "output/csv_number.hpp"
#include "output/json_values.hpp"

namespace caresim::output {
namespace {

// ",mean,p05,p50,p95" of one cell of a series or flow.
std::string mean_and_percentiles(const stats::StreamingSummary& cell) {
  const auto s = cell.summary();
  if (!s) return ",NA,NA,NA,NA\n";
  return ',' + csv_number(s->mean) + ',' + csv_number(s->p05) + ',' + csv_number(s->p50) + ',' + csv_number(s->p95) +
         '\n';
}

std::string prefixed(const std::string& subdirectory, const std::string& name) {
  return subdirectory.empty() ? name : subdirectory + '/' + name;
}

}  // namespace

std::string summary_json(const scenario::Scenario& scenario, const run::ExperimentResult& result,
                         std::size_t scenario_index) {
  const run::ScenarioRun& run = result.scenarios.at(scenario_index);
  Json kpis = Json::object();
  for (std::size_t k = 0; k < run.aggregate.kpi_names().size(); ++k)
    kpis[run.aggregate.kpi_names()[k]] = summary_json_value(run.aggregate.kpi_summary(k));
  const double seconds = result.seconds_of(scenario_index);
  Json summary{{"scenario", scenario.name},
               {"description", scenario.description},
               {"replications", run.aggregate.replications()},
               {"seed", scenario.run.seed},
               {"start_date", scenario.run.start_date.iso()},
               {"years", scenario.run.years},
               {"warmup_years", scenario.run.warmup_years},
               {"in_care_at_start",
                scenario::kInCareAtStartNames[static_cast<std::size_t>(scenario.children.in_care_at_start)]},
               {"costs", costs_note(scenario)},
               {"kpis", kpis}};
  if (result.precision) summary["precision"] = precision_json_value(*result.precision);
  summary["engine"] = {{"events", run.events},
                       {"seconds", seconds},
                       {"events_per_second", seconds > 0 ? static_cast<double>(run.events) / seconds : 0.0},
                       {"threads", result.threads}};
  return summary.dump(2) + "\n";
}

std::string timeseries_csv(const run::ScenarioAggregate& aggregate) {
  std::string csv = "date,metric,mean,p05,p50,p95\n";
  for (std::size_t month = 0; month < aggregate.months().size(); ++month) {
    const std::string date = aggregate.months()[month].iso();
    for (std::size_t s = 0; s < aggregate.series_names().size(); ++s)
      csv += date + ',' + aggregate.series_names()[s] + mean_and_percentiles(aggregate.series(s, month));
  }
  return csv;
}

std::string yearly_csv(const run::ScenarioAggregate& aggregate) {
  std::string csv = "financial_year,metric,mean,p05,p50,p95\n";
  for (std::size_t year = 0; year < aggregate.financial_years().size(); ++year)
    for (std::size_t f = 0; f < aggregate.yearly_names().size(); ++f)
      csv += aggregate.financial_years()[year] + ',' + aggregate.yearly_names()[f] +
             mean_and_percentiles(aggregate.yearly(f, year));
  return csv;
}

std::string kpis_by_replication_csv(const run::ScenarioAggregate& aggregate) {
  std::string csv = "replication";
  for (const auto& name : aggregate.kpi_names()) csv += ',' + name;
  csv += '\n';
  for (std::size_t r = 0; r < aggregate.replications(); ++r) {
    csv += std::to_string(r);
    for (std::size_t k = 0; k < aggregate.kpi_names().size(); ++k) csv += ',' + csv_number(aggregate.kpi_values(k)[r]);
    csv += '\n';
  }
  return csv;
}

void stage_run_files(const OutputDirectory& out, const std::string& subdirectory, const scenario::Scenario& scenario,
                     const std::string& effective_yaml, const run::ExperimentResult& result,
                     std::size_t scenario_index) {
  const run::ScenarioAggregate& aggregate = result.scenarios.at(scenario_index).aggregate;
  out.write(prefixed(subdirectory, "summary.json"), summary_json(scenario, result, scenario_index));
  out.write(prefixed(subdirectory, "timeseries.csv"), timeseries_csv(aggregate));
  out.write(prefixed(subdirectory, "yearly.csv"), yearly_csv(aggregate));
  out.write(prefixed(subdirectory, "kpis_by_replication.csv"), kpis_by_replication_csv(aggregate));
  out.write(prefixed(subdirectory, "costs.csv"), costs_csv(aggregate));
  out.write(prefixed(subdirectory, "costs_by_replication.csv"), costs_by_replication_csv(aggregate));
  out.write(prefixed(subdirectory, "scenario.yaml"), effective_yaml);
}

void write_run_outputs(OutputDirectory& out, const scenario::Scenario& scenario, const std::string& effective_yaml,
                       const run::ExperimentResult& result, const FinishStaging& finish) {
  stage_run_files(out, "", scenario, effective_yaml, result);
  out.commit(finish);
}

}  // namespace caresim::output
