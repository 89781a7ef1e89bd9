// The files of one run directory (INTERFACE.md): summary.json, timeseries.csv, yearly.csv,
// kpis_by_replication.csv, costs.csv, and the effective scenario they came from. `compare`
// and sweeps write one such directory per scenario.
#pragma once

#include <filesystem>
#include <string>

#include "output/output_directory.hpp"
#include "run/experiment.hpp"
#include "scenario/scenario.hpp"

namespace caresim::output {

// Of the experiment's scenario number `scenario`.
std::string summary_json(const scenario::Scenario& scenario, const run::ExperimentResult& result,
                         std::size_t scenario_index = 0);
std::string timeseries_csv(const run::ScenarioAggregate& aggregate);
std::string yearly_csv(const run::ScenarioAggregate& aggregate);
std::string kpis_by_replication_csv(const run::ScenarioAggregate& aggregate);

// Stages the files of scenario number `scenario_index` in `out`, under `subdirectory` ("" for
// the top of it).
void stage_run_files(const OutputDirectory& out, const std::string& subdirectory, const scenario::Scenario& scenario,
                     const std::string& effective_yaml, const run::ExperimentResult& result,
                     std::size_t scenario_index = 0);

// Writes every file of a one-scenario experiment into `out`, and what `finish` adds to them,
// all or nothing.
void write_run_outputs(OutputDirectory& out, const scenario::Scenario& scenario,
                       const std::string& effective_yaml, const run::ExperimentResult& result,
                       const FinishStaging& finish = {});

}  // namespace caresim::output
