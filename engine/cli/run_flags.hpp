// The flags `run` and `compare` share: overrides of the scenario's run section, precision
// targets, and quiet; and how both run their replications.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "cli/interruption.hpp"
#include "output/output_directory.hpp"
#include "run/experiment.hpp"
#include "scenario/load_scenario.hpp"

namespace caresim::cli {

struct RunFlags {
  std::optional<int> replications;
  std::optional<std::uint64_t> seed;
  std::optional<int> threads;
  std::vector<std::string> precision;  // KPI=HALF_WIDTH, as written
  int max_replications = 1000;
  int batch = 10;
  bool quiet = false;
};

// The common flags, --replications, --seed and --threads, which override the scenario's run
// section (validate takes these alone); returns --replications, which --precision excludes.
CLI::Option* add_override_flags(CLI::App& command, RunFlags& flags);
// The common flags, --precision (each KPI at most once) and its settings, and --quiet.
void add_run_flags(CLI::App& command, RunFlags& flags);

// --out: results replace whatever is there (output/output_directory.hpp), so it must be new,
// empty, or the results of an earlier run, sweep or comparison; checked before anything runs.
CLI::Validator output_directory();
// The directory `report` writes again: one that exists (its files are checked as they are read).
CLI::Validator results_directory();
// The staging directory of --out, made before anything runs: a directory that cannot be
// written is a wrong flag (ScenarioError, exit 2), found at once rather than after the run.
output::OutputDirectory open_output_directory(const std::string& out);

// Applies the overrides to the scenario, and notes every flag that changes what is run at the
// top of the effective scenario, so the copy written beside the results says how it was run.
void apply(const RunFlags& flags, scenario::LoadedScenario& loaded);

// The experiment the flags ask for: threads (the flag, else the scenario's), precision.
run::ExperimentOptions experiment_options(const RunFlags& flags, const scenario::Scenario& first);

// Runs the replications with a progress bar (unless quiet, or off a terminal) until done or
// stopped by `interruption` (run::Stopped).
run::ExperimentResult run_replications(std::span<const scenario::Scenario> scenarios, run::ExperimentOptions options,
                                       const RunFlags& flags, const Interruption& interruption);

}  // namespace caresim::cli
