// The files of a sweep (`caresim run` on a file with a `sweep` section): one run directory
// per value, and sweep.csv with one row per value: the value, then each KPI's mean and the
// bounds of its 95% interval; and sweep.json, which names the scenario, the parameter, and each
// value's run directory (what the sweep's report is built from).
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "output/output_directory.hpp"
#include "run/experiment.hpp"
#include "scenario/load_runs.hpp"

namespace caresim::output {

std::string sweep_csv(const scenario::LoadedRuns& runs, const run::ExperimentResult& result);

// {"scenario", "description", "parameter", "runs": [{"value", "directory"}]}, values as written.
std::string sweep_json(const scenario::LoadedRuns& runs);

// "households-100": the parameter's last key and the value, as directory names.
std::vector<std::string> sweep_directory_names(const scenario::LoadedRuns& runs);

// Writes the whole of `out`, with what `finish` adds, all or nothing.
void write_sweep_outputs(OutputDirectory& out, const scenario::LoadedRuns& runs,
                         const run::ExperimentResult& result, const FinishStaging& finish = {});

}  // namespace caresim::output
