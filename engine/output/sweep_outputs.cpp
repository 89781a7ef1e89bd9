#include "output/sweep_outputs.hpp"

#include "output/comparison_table.hpp"
#include "output/csv_number.hpp"
#include "output/json_values.hpp"
#include "output/output_directory.hpp"
#include "output/run_outputs.hpp"
#include "output/scenario_labels.hpp"

namespace caresim::output {

std::vector<std::string> sweep_directory_names(const scenario::LoadedRuns& runs) {
  std::string key = runs.parameter.substr(runs.parameter.rfind('.') + 1);
  key = key.substr(0, key.find('['));
  std::vector<std::string> names;
  for (const std::string& value : runs.values) names.push_back(key + '-' + value);
  return directory_names(names);
}

std::string sweep_csv(const scenario::LoadedRuns& runs, const run::ExperimentResult& result) {
  const std::vector<std::string> kpis = kpi_names(result);  // those only some values model included
  std::string csv = "value";
  for (const std::string& kpi : kpis)
    csv += ',' + kpi + ".mean," + kpi + ".ci95_low," + kpi + ".ci95_high," + kpi + ".difference," + kpi +
           ".difference_ci95_low," + kpi + ".difference_ci95_high";
  csv += '\n';
  for (std::size_t s = 0; s < result.scenarios.size(); ++s) {
    const run::ScenarioAggregate& aggregate = result.scenarios[s].aggregate;
    const run::PairedDifferences* differences = result.difference_from_first(s);  // none for the first value
    csv += csv_text(runs.values[s]);
    for (const std::string& kpi : kpis) {
      csv += csv_cells(kpi_estimate(aggregate, kpi));
      csv += csv_cells(differences ? estimate_of(differences->kpi(kpi)) : std::nullopt);
    }
    csv += '\n';
  }
  return csv;
}

std::string sweep_json(const scenario::LoadedRuns& runs) {
  const scenario::Scenario& first = runs.scenarios.front().scenario;
  // Each run is named "NAME (PARAMETER = VALUE)"; the sweep is NAME.
  const std::string suffix = " (" + runs.parameter + " = " + runs.values.front() + ")";
  std::string name = first.name;
  if (name.size() >= suffix.size() && name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0)
    name.resize(name.size() - suffix.size());
  Json json{{"scenario", name}, {"description", first.description}, {"parameter", runs.parameter}, {"runs", Json::array()}};
  const auto directories = sweep_directory_names(runs);
  for (std::size_t s = 0; s < runs.values.size(); ++s)
    json["runs"].push_back({{"value", runs.values[s]}, {"directory", directories[s]}});
  return json.dump(2) + "\n";
}

void write_sweep_outputs(OutputDirectory& out, const scenario::LoadedRuns& runs, const run::ExperimentResult& result,
                         const FinishStaging& finish) {
  const auto directories = sweep_directory_names(runs);
  for (std::size_t s = 0; s < runs.scenarios.size(); ++s)
    stage_run_files(out, directories[s], runs.scenarios[s].scenario, runs.scenarios[s].effective_yaml, result, s);
  out.write("sweep.csv", sweep_csv(runs, result));
  out.write("sweep.json", sweep_json(runs));
  out.commit(finish);
}

}  // namespace caresim::output
