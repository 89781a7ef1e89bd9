// The files of `caresim run` (INTERFACE.md): summary.json, timeseries.csv,
// kpis_by_replication.csv, costs.csv, and the effective scenario they came from.
#pragma once

#include <filesystem>
#include <string>

#include "run/experiment.hpp"
#include "scenario/scenario.hpp"

namespace caresim::output {

std::string summary_json(const scenario::Scenario& scenario, const run::ExperimentResult& result);
std::string timeseries_csv(const run::ExperimentResult& result);
std::string kpis_by_replication_csv(const run::ExperimentResult& result);

// Writes every file into `directory` all or nothing (see OutputDirectory).
void write_run_outputs(const std::filesystem::path& directory, const scenario::Scenario& scenario,
                       const std::string& effective_yaml, const run::ExperimentResult& result);

}  // namespace caresim::output
