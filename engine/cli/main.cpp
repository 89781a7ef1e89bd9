// The caresim command: argument parsing and wiring only.
#include <charconv>
#include <iostream>
#include <optional>
#include <string>

#include <CLI/CLI.hpp>
#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>
#include <unistd.h>

#include "cli/progress_bar.hpp"
#include "output/run_outputs.hpp"
#include "report/write_reports.hpp"
#include "run/experiment.hpp"
#include "scenario/load_scenario.hpp"
#include "scenario/scenario_error.hpp"

namespace {

using namespace caresim;

constexpr int kExitInputError = 2;
constexpr int kExitInternalError = 1;

struct RunOverrides {
  std::optional<int> replications;
  std::optional<std::uint64_t> seed;
  std::optional<int> threads;
  bool quiet = false;
};

// A whole number no smaller than `least`, with the same wording as scenario errors.
CLI::Validator at_least(long least) {
  return CLI::Validator(
      [least](std::string& text) -> std::string {
        long value = 0;
        const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
        if (error != std::errc{} || end != text.data() + text.size()) return "must be a whole number, got '" + text + "'";
        if (value < least) return "must be >= " + std::to_string(least) + ", got " + text;
        return {};
      },
      ">=" + std::to_string(least));
}

void add_override_flags(CLI::App& command, RunOverrides& overrides) {
  command.add_option("--replications", overrides.replications, "replications to run (overrides run.replications)")
      ->check(at_least(1));
  command.add_option("--seed", overrides.seed, "random seed (overrides run.seed)")->check(at_least(0));
  command.add_option("--threads", overrides.threads, "worker threads, 0 for all cores (overrides run.threads)")
      ->check(at_least(0));
  command.add_flag("--quiet", overrides.quiet, "no progress bar");
}

// Applies the flags to the scenario, and notes them at the top of the effective scenario so
// the copy written beside the results says how it was run.
void apply(const RunOverrides& overrides, scenario::LoadedScenario& loaded) {
  auto& run = loaded.scenario.run;
  std::string note;
  if (overrides.replications) {
    run.replications = *overrides.replications;
    note += " --replications " + std::to_string(run.replications);
  }
  if (overrides.seed) {
    run.seed = *overrides.seed;
    note += " --seed " + std::to_string(run.seed);
  }
  if (overrides.threads) {
    run.threads = *overrides.threads;
    note += " --threads " + std::to_string(run.threads);
  }
  if (!note.empty()) loaded.effective_yaml = "# run with" + note + ", which override run: below\n" + loaded.effective_yaml;
}

int run_command(const std::string& scenario_path, const std::string& out, const RunOverrides& overrides) {
  auto loaded = scenario::load_scenario(scenario_path);
  apply(overrides, loaded);
  const scenario::Scenario& s = loaded.scenario;

  const auto result = [&] {
    cli::ProgressBar bar(!overrides.quiet && ::isatty(STDERR_FILENO));
    return run::run_experiment(s, s.run.threads, [&bar](int done, int total) { bar.update(done, total); });
  }();
  output::write_run_outputs(out, s, loaded.effective_yaml, result);
  report::write_reports(out);
  if (!overrides.quiet)
    spdlog::info("{}: {} replications in {:.2f} s ({:.3g} events/s); results in {}", s.name, s.run.replications,
                 result.seconds, result.seconds > 0 ? static_cast<double>(result.events) / result.seconds : 0.0, out);
  return 0;
}

int report_command(const std::string& directory) {
  report::write_reports(directory);
  spdlog::info("wrote {0}/report.html and {0}/report.xlsx", directory);
  return 0;
}

int validate_command(const std::string& scenario_path) {
  const auto loaded = scenario::load_scenario(scenario_path);
  std::cout << loaded.effective_yaml;
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  auto log = spdlog::stderr_logger_st("caresim");
  log->set_pattern("caresim: %v");
  spdlog::set_default_logger(log);

  CLI::App app{"caresim: placement-sufficiency simulation for children's social care"};
  app.require_subcommand(1);

  std::string scenario_path, out;
  RunOverrides overrides;

  CLI::App* run = app.add_subcommand("run", "run the replications of one scenario and write DIR");
  run->add_option("scenario", scenario_path, "scenario YAML file")->required();
  run->add_option("--out", out, "output directory")->required();
  add_override_flags(*run, overrides);

  CLI::App* validate = app.add_subcommand("validate", "check a scenario and print the effective scenario");
  validate->add_option("scenario", scenario_path, "scenario YAML file")->required();

  std::string report_directory;
  CLI::App* report = app.add_subcommand("report", "write report.html and report.xlsx again from the files in DIR");
  report->add_option("directory", report_directory, "output directory of caresim run or compare")->required();

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    std::cerr << "caresim: " << e.what() << " (see caresim --help)\n";
    return kExitInputError;
  }

  try {
    if (*run) return run_command(scenario_path, out, overrides);
    if (*report) return report_command(report_directory);
    return validate_command(scenario_path);
  } catch (const scenario::ScenarioError& e) {
    std::cerr << e.what() << '\n';
    return kExitInputError;
  } catch (const std::exception& e) {
    std::cerr << "caresim: internal error: " << e.what() << '\n';
    return kExitInternalError;
  }
}
