// `caresim run`: one scenario, or a sweep of it.
#include <filesystem>

#include <spdlog/spdlog.h>

#include "cli/commands.hpp"
#include "output/run_outputs.hpp"
#include "output/sweep_outputs.hpp"
#include "report/write_reports.hpp"
#include "scenario/load_runs.hpp"

namespace caresim::cli {

int run_command(const std::string& scenario_path, const std::string& out, const RunFlags& flags,
                Interruption& interruption) {
  auto runs = scenario::load_runs(scenario_path);
  std::vector<scenario::Scenario> scenarios;
  for (auto& loaded : runs.scenarios) {
    apply(flags, loaded);
    scenarios.push_back(loaded.scenario);
  }

  output::OutputDirectory results = open_output_directory(out);
  run::ExperimentOptions options = experiment_options(flags, scenarios.front());
  options.differences_from_first = runs.is_sweep();  // each value against the first, paired
  // A second signal, from now until the results are in place, ends the process at once and
  // takes their staging directory away: --out keeps the old results or, once committed, the new.
  const auto undo = interruption.undo_if_stopped_at_once([&results] { results.discard(); });
  const auto result = run_replications(scenarios, options, flags, interruption);
  const std::atomic<bool>& stop = interruption.requested();
  // The reports are made from the staged results and committed with them, unless the run is
  // stopped meanwhile.
  const auto finish = [&runs, &stop](const std::filesystem::path& staged) {
    if (runs.is_sweep())
      for (const std::string& value_directory : output::sweep_directory_names(runs))
        report::write_reports(staged / value_directory);
    report::write_reports(staged);  // the run's, or the sweep's own page over its values
    if (stop) throw run::Stopped();
  };
  if (runs.is_sweep())
    output::write_sweep_outputs(results, runs, result, finish);
  else
    output::write_run_outputs(results, scenarios.front(), runs.scenarios.front().effective_yaml, result, finish);

  if (!flags.quiet) {
    const std::string what = runs.is_sweep() ? std::to_string(runs.values.size()) + " values of " + runs.parameter
                                             : scenarios.front().name;
    spdlog::info("{}: {} replications in {:.2f} s ({:.3g} events/s); results in {}", what, result.replications,
                 result.seconds, result.seconds > 0 ? static_cast<double>(result.events) / result.seconds : 0.0, out);
    if (result.precision && !result.precision->reached)
      spdlog::warn("the precision asked for was not reached in {} replications", result.replications);
  }
  return 0;
}

}  // namespace caresim::cli
