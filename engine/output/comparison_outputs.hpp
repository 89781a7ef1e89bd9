// The files of `caresim compare`: one run directory per scenario, and comparison.json,
// comparison.csv and comparison_by_year.csv setting every scenario against the first.
#pragma once

#include <filesystem>
#include <span>
#include <string>
#include <vector>

#include "output/output_directory.hpp"
#include "run/experiment.hpp"
#include "scenario/load_scenario.hpp"

namespace caresim::output {

// `scenarios` are those the experiment ran (with differences_from_first), in its order.
std::string comparison_json(std::span<const scenario::LoadedScenario> scenarios, const run::ExperimentResult& result);
std::string comparison_csv(std::span<const scenario::LoadedScenario> scenarios, const run::ExperimentResult& result);
std::string comparison_by_year_csv(std::span<const scenario::LoadedScenario> scenarios,
                                   const run::ExperimentResult& result);

// The run directory of each scenario, in order: a filesystem-safe form of its name.
std::vector<std::string> comparison_directory_names(std::span<const scenario::LoadedScenario> scenarios);

// Writes the whole of `out`, with what `finish` adds, all or nothing.
void write_comparison_outputs(OutputDirectory& out, std::span<const scenario::LoadedScenario> scenarios, const run::ExperimentResult& result,
                              const FinishStaging& finish = {});

}  // namespace caresim::output
