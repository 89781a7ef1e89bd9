// The subcommands of caresim, each returning the exit code. They throw ScenarioError for the
// user's mistakes (exit 2) and anything else for ours (exit 1).
#pragma once

#include <string>
#include <vector>

#include "cli/interruption.hpp"
#include "cli/run_flags.hpp"

namespace caresim::cli {

// Once `interruption` is requested, run and compare start no further replication and throw
// run::Stopped before anything replaces --out.
int run_command(const std::string& scenario_path, const std::string& out, const RunFlags& flags,
                Interruption& interruption);
int compare_command(const std::vector<std::string>& scenario_paths, const std::string& out, const RunFlags& flags,
                    Interruption& interruption);
int validate_command(const std::string& scenario_path, const RunFlags& flags);
// Writes report.html and report.xlsx again from the files of a run or compare directory; once
// `interruption` is requested, throws run::Stopped before either replaces what the directory
// holds.
int report_command(const std::string& directory, Interruption& interruption);

}  // namespace caresim::cli
