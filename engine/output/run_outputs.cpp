#include "output/run_outputs.hpp"

#include <vector>

#include <nlohmann/json.hpp>

#include "output/cost_outputs.hpp"
#include "output/csv_number.hpp"
#include "output/output_directory.hpp"
#include "stats/summary.hpp"

namespace caresim::output {
namespace {

using Json = nlohmann::ordered_json;

// The values of one KPI (or one series at one month) across replications, by index.
template <class Pick>
std::vector<double> across_replications(const run::ExperimentResult& result, Pick pick) {
  std::vector<double> values;
  values.reserve(result.replications.size());
  for (const auto& replication : result.replications) values.push_back(pick(replication.measurements));
  return values;
}

Json stat_json(const std::optional<stats::Summary>& s) {
  if (!s) return Json{{"mean", nullptr}, {"ci95", {nullptr, nullptr}}, {"p05", nullptr}, {"p50", nullptr},
                      {"p95", nullptr}, {"n", 0}};
  return Json{{"mean", s->mean}, {"ci95", {s->ci95_low, s->ci95_high}}, {"p05", s->p05},
              {"p50", s->p50}, {"p95", s->p95}, {"n", s->n}};
}

const metrics::Measurements& first(const run::ExperimentResult& result) {
  return result.replications.front().measurements;
}

}  // namespace

std::string summary_json(const scenario::Scenario& scenario, const run::ExperimentResult& result) {
  Json kpis = Json::object();
  const auto& names = first(result).kpi_names;
  for (std::size_t k = 0; k < names.size(); ++k) {
    const auto values = across_replications(result, [k](const auto& m) { return m.kpi_values[k]; });
    kpis[names[k]] = stat_json(stats::summarize(values));
  }
  const Json summary{
      {"scenario", scenario.name},
      {"description", scenario.description},
      {"replications", scenario.run.replications},
      {"seed", scenario.run.seed},
      {"start_date", scenario.run.start_date.iso()},
      {"years", scenario.run.years},
      {"warmup_years", scenario.run.warmup_years},
      {"costs", costs_note(scenario)},
      {"kpis", kpis},
      {"engine",
       {{"events", result.events},
        {"seconds", result.seconds},
        {"events_per_second", result.seconds > 0 ? static_cast<double>(result.events) / result.seconds : 0.0},
        {"threads", result.threads}}}};
  return summary.dump(2) + "\n";
}

std::string timeseries_csv(const run::ExperimentResult& result) {
  std::string csv = "date,metric,mean,p05,p50,p95\n";
  const auto& reference = first(result);
  for (std::size_t month = 0; month < reference.months.size(); ++month) {
    const std::string date = reference.months[month].iso();
    for (std::size_t s = 0; s < reference.series_names.size(); ++s) {
      const auto values = across_replications(result, [s, month](const auto& m) { return m.series[s][month]; });
      const auto summary = stats::summarize(values);
      csv += date + ',' + reference.series_names[s];
      if (summary)
        csv += ',' + csv_number(summary->mean) + ',' + csv_number(summary->p05) + ',' + csv_number(summary->p50) +
               ',' + csv_number(summary->p95) + '\n';
      else
        csv += ",NA,NA,NA,NA\n";
    }
  }
  return csv;
}

std::string kpis_by_replication_csv(const run::ExperimentResult& result) {
  std::string csv = "replication";
  for (const auto& name : first(result).kpi_names) csv += ',' + name;
  csv += '\n';
  for (std::size_t r = 0; r < result.replications.size(); ++r) {
    csv += std::to_string(r);
    for (const double value : result.replications[r].measurements.kpi_values) csv += ',' + csv_number(value);
    csv += '\n';
  }
  return csv;
}

void write_run_outputs(const std::filesystem::path& directory, const scenario::Scenario& scenario,
                       const std::string& effective_yaml, const run::ExperimentResult& result) {
  OutputDirectory out(directory);
  out.write("summary.json", summary_json(scenario, result));
  out.write("timeseries.csv", timeseries_csv(result));
  out.write("kpis_by_replication.csv", kpis_by_replication_csv(result));
  out.write("costs.csv", costs_csv(result));
  out.write("scenario.yaml", effective_yaml);
  out.commit();
}

}  // namespace caresim::output
