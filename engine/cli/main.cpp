// The caresim command: argument parsing and wiring only.
#include <cstdio>
#include <iostream>
#include <optional>
#include <string>

#include <CLI/CLI.hpp>
#include <unistd.h>

#include "cli/progress_bar.hpp"
#include "output/run_outputs.hpp"
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

void add_override_flags(CLI::App& command, RunOverrides& overrides) {
  command.add_option("--replications", overrides.replications, "replications to run (overrides run.replications)")
      ->check(CLI::PositiveNumber);
  command.add_option("--seed", overrides.seed, "random seed (overrides run.seed)");
  command.add_option("--threads", overrides.threads, "worker threads, 0 for all cores (overrides run.threads)")
      ->check(CLI::NonNegativeNumber);
  command.add_flag("--quiet", overrides.quiet, "no progress bar");
}

void apply(const RunOverrides& overrides, scenario::Scenario& s) {
  if (overrides.replications) s.run.replications = *overrides.replications;
  if (overrides.seed) s.run.seed = *overrides.seed;
  if (overrides.threads) s.run.threads = *overrides.threads;
}

int run_command(const std::string& scenario_path, const std::string& out, const RunOverrides& overrides) {
  auto loaded = scenario::load_scenario(scenario_path);
  apply(overrides, loaded.scenario);
  const scenario::Scenario& s = loaded.scenario;

  cli::ProgressBar bar(!overrides.quiet && ::isatty(STDERR_FILENO));
  const auto result = run::run_experiment(s, s.run.threads, [&bar](int done, int total) { bar.update(done, total); });
  output::write_run_outputs(out, s, loaded.effective_yaml, result);
  if (!overrides.quiet)
    std::fprintf(stderr, "\ncaresim: %s: %d replications, %.3g events/s; results in %s\n", s.name.c_str(),
                 s.run.replications, result.seconds > 0 ? static_cast<double>(result.events) / result.seconds : 0.0,
                 out.c_str());
  return 0;
}

int validate_command(const std::string& scenario_path) {
  const auto loaded = scenario::load_scenario(scenario_path);
  std::cout << loaded.effective_yaml;
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
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
    return validate_command(scenario_path);
  } catch (const scenario::ScenarioError& e) {
    std::cerr << e.what() << '\n';
    return kExitInputError;
  } catch (const std::exception& e) {
    std::cerr << "caresim: internal error: " << e.what() << '\n';
    return kExitInternalError;
  }
}
