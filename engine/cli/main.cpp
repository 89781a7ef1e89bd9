// The caresim command: argument parsing and dispatch to the subcommands.
#include <algorithm>
#include <iostream>
#include <optional>
#include <string_view>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>
#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

#include "cli/commands.hpp"
#include "cli/interruption.hpp"
#include "scenario/did_you_mean.hpp"
#include "scenario/scenario_error.hpp"

namespace {

constexpr int kExitInputError = 2;
constexpr int kExitInternalError = 1;

}  // namespace

int main(int argc, char** argv) {
  using namespace caresim;
  auto log = spdlog::stderr_logger_st("caresim");
  log->set_pattern("caresim: %v");
  spdlog::set_default_logger(log);

  CLI::App app{"caresim: placement-sufficiency simulation for children's social care"};
  app.require_subcommand(1);

  std::string scenario_path, out;
  std::vector<std::string> compared;
  cli::RunFlags run_flags, compare_flags;

  CLI::App* run = app.add_subcommand("run", "run the replications of one scenario (one run per value of a sweep)");
  run->add_option("scenario", scenario_path, "scenario YAML file")->required();
  run->add_option("--out", out, "output directory")->required()->check(cli::output_directory());
  cli::add_run_flags(*run, run_flags);

  CLI::App* compare =
      app.add_subcommand("compare", "run scenarios with common random numbers and compare them with the first");
  compare->add_option("scenarios", compared, "scenario YAML files, the first the one to compare against")
      ->required()
      ->expected(2, -1);
  compare->add_option("--out", out, "output directory")->required()->check(cli::output_directory());
  cli::add_run_flags(*compare, compare_flags);

  CLI::App* validate = app.add_subcommand("validate", "check a scenario and print the effective scenario");
  validate->add_option("scenario", scenario_path, "scenario YAML file")->required();
  cli::RunFlags validate_flags;
  cli::add_override_flags(*validate, validate_flags);

  std::string report_directory;
  CLI::App* report = app.add_subcommand("report", "write report.html and report.xlsx again from the files in DIR");
  report->add_option("directory", report_directory, "output directory of caresim run or compare")
      ->required()
      ->check(cli::results_directory());

  // CLI11 would say only "A subcommand is required": name the command, and the one meant.
  if (argc > 1 && argv[1][0] != '-') {
    std::vector<std::string> names;
    for (const CLI::App* command : app.get_subcommands([](const CLI::App*) { return true; }))
      names.push_back(command->get_name());
    const std::string_view written = argv[1];
    if (std::find(names.begin(), names.end(), written) == names.end()) {
      const std::vector<std::string_view> known(names.begin(), names.end());
      std::cerr << "caresim: unknown command '" << written << "'" << scenario::did_you_mean(written, known)
                << " (see caresim --help)\n";
      return kExitInputError;
    }
  }

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    std::cerr << "caresim: " << e.what() << " (see caresim --help)\n";
    return kExitInputError;
  }

  // Made before the replications' threads, which inherit the signals it blocks.
  std::optional<cli::Interruption> interruption;
  if (*run || *compare || *report) interruption.emplace();

  try {
    if (*run) return cli::run_command(scenario_path, out, run_flags, *interruption);
    if (*compare) return cli::compare_command(compared, out, compare_flags, *interruption);
    if (*report) return cli::report_command(report_directory, *interruption);
    return cli::validate_command(scenario_path, validate_flags);
  } catch (const run::Stopped&) {
    std::cerr << "caresim: stopped by " << interruption->signal_name();
    if (*report)
      std::cerr << " before the reports were complete: nothing written, '" << report_directory << "' left as it was\n";
    else
      std::cerr << " before the results were complete: nothing written, --out '" << out << "' left as it was\n";
    return interruption->exit_code();
  } catch (const scenario::ScenarioError& e) {
    std::cerr << e.what() << '\n';
    return kExitInputError;
  } catch (const std::exception& e) {
    std::cerr << "caresim: internal error: " << e.what() << '\n';
    return kExitInternalError;
  }
}
