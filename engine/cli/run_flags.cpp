#include "cli/run_flags.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <filesystem>
#include <limits>

#include <unistd.h>

#include "cli/progress_bar.hpp"
#include "output/results_directory.hpp"
#include "scenario/scenario_error.hpp"

namespace caresim::cli {
namespace {

// A whole number from `least` to `most`, with the same wording as scenario errors.
CLI::Validator whole_number(long least, long most = std::numeric_limits<long>::max()) {
  return CLI::Validator(
      [least, most](std::string& text) -> std::string {
        long value = 0;
        const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
        if (error != std::errc{} || end != text.data() + text.size()) return "must be a whole number, got '" + text + "'";
        if (value < least) return "must be >= " + std::to_string(least) + ", got " + text;
        if (value > most) return "must be <= " + std::to_string(most) + ", got " + text;
        return {};
      },
      most == std::numeric_limits<long>::max() ? ">=" + std::to_string(least)
                                               : std::to_string(least) + "-" + std::to_string(most));
}

// A seed: any whole number from 0 to 18446744073709551615, as run.seed takes (a long, as
// whole_number reads, stops at half of that).
CLI::Validator seed_number() {
  return CLI::Validator(
      [](std::string& text) -> std::string {
        std::uint64_t value = 0;
        const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
        if (error != std::errc{} || end != text.data() + text.size())
          return "must be a whole number from 0 to 18446744073709551615, got '" + text + "'";
        return {};
      },
      "0-18446744073709551615");
}

// KPI=HALF_WIDTH split in two; nullopt when it is not of that form.
std::optional<run::PrecisionTarget> parse_target(const std::string& text) {
  const std::size_t equals = text.rfind('=');
  if (equals == std::string::npos || equals == 0) return std::nullopt;
  run::PrecisionTarget target{text.substr(0, equals), 0};
  const char* first = text.data() + equals + 1;
  const char* last = text.data() + text.size();
  const auto [end, error] = std::from_chars(first, last, target.half_width);
  if (error != std::errc{} || end != last || !(target.half_width > 0) || !std::isfinite(target.half_width))
    return std::nullopt;
  return target;
}

CLI::Validator precision_target() {
  return CLI::Validator(
      [](std::string& text) -> std::string {
        if (parse_target(text)) return {};
        return "must be KPI=HALF_WIDTH with a finite half-width > 0, e.g. first_placement_share.ifa=0.01, got '" + text +
               "'";
      },
      "KPI=HALF_WIDTH");
}

// Two half-widths for one KPI: which was meant cannot be told.
void check_each_kpi_once(const std::vector<std::string>& targets) {
  std::vector<std::string> kpis;
  for (const std::string& text : targets) {
    const std::string kpi = parse_target(text)->kpi;
    if (std::find(kpis.begin(), kpis.end(), kpi) != kpis.end())
      throw CLI::ValidationError("--precision", "KPI '" + kpi + "' is given more than once; give each KPI one half-width");
    kpis.push_back(kpi);
  }
}

}  // namespace

CLI::Validator output_directory() {
  return CLI::Validator(
      [](std::string& text) -> std::string {
        namespace fs = std::filesystem;
        if (text.empty()) return "must name a directory";
        // A path the system refuses to resolve (a name too long, a loop of links) is a wrong
        // flag like any other.
        try {
          std::error_code error;
          const fs::path target = output::resolved_target(text);
          const fs::path inside = fs::current_path(error).lexically_relative(target);
          if (!error && !inside.empty() && *inside.begin() != "..")
            return "'" + text + "' holds the directory you are working in, which the results would replace; name another directory";
          const fs::file_status status = fs::status(target, error);
          if (!fs::exists(status)) return {};
          if (!fs::is_directory(status))
            return "'" + text + "' is not a directory: the results would replace it; name a new directory";
          if (fs::is_empty(target, error)) return {};
          const std::string foreign = output::first_foreign_entry(target);
          if (foreign.empty()) return {};
          return "'" + text + "' holds files that are not caresim results (" + foreign +
                 "), which the results would replace; name a new or empty directory";
        } catch (const fs::filesystem_error& e) {
          return "'" + text + "' cannot be used: " + e.code().message();
        }
      },
      "DIR");
}

CLI::Validator results_directory() {
  return CLI::Validator(
      [](std::string& text) -> std::string {
        namespace fs = std::filesystem;
        std::error_code error;
        const fs::file_status status = fs::status(text, error);
        if (error && error != std::errc::no_such_file_or_directory) return "'" + text + "' cannot be read: " + error.message();
        if (!fs::exists(status)) return "'" + text + "' does not exist: name the --out directory of caresim run or compare";
        if (!fs::is_directory(status)) return "'" + text + "' is not a directory: name the --out directory of caresim run or compare";
        return {};
      },
      "DIR");
}

output::OutputDirectory open_output_directory(const std::string& out) {
  try {
    return output::OutputDirectory(out);
  } catch (const std::filesystem::filesystem_error& e) {
    throw scenario::ScenarioError(
        {{"caresim", 0, 0, "--out '" + out + "': the results cannot be written there: " + e.code().message(), ""}});
  }
}

CLI::Option* add_override_flags(CLI::App& command, RunFlags& flags) {
  auto* replications =
      command.add_option("--replications", flags.replications, "replications to run (overrides run.replications)")
          ->check(whole_number(1));
  command.add_option("--seed", flags.seed, "random seed (overrides run.seed)")->check(seed_number());
  command.add_option("--threads", flags.threads, "worker threads, 0 for all cores (overrides run.threads)")
      ->check(whole_number(0, scenario::kMostThreads));
  return replications;
}

void add_run_flags(CLI::App& command, RunFlags& flags) {
  auto* replications = add_override_flags(command, flags);
  auto* precision =
      command
          .add_option("--precision", flags.precision,
                      "run batches of replications until KPI's 95% CI half-width (in compare: of its difference "
                      "from the first scenario) is at most HALF_WIDTH; repeatable")
          ->check(precision_target())
          ->type_name("KPI=HALF_WIDTH")
          ->allow_extra_args(false)
          ->excludes(replications);
  command.add_option("--max-replications", flags.max_replications, "with --precision: the cap (default 1000)")
      ->check(whole_number(1))
      ->needs(precision);
  command.add_option("--batch", flags.batch, "with --precision: replications between checks (default 10)")
      ->check(whole_number(1))
      ->needs(precision);
  command.add_flag("--quiet", flags.quiet, "no progress bar");
  command.final_callback([&flags] { check_each_kpi_once(flags.precision); });
}

void apply(const RunFlags& flags, scenario::LoadedScenario& loaded) {
  auto& run = loaded.scenario.run;
  std::string note;
  if (flags.replications) {
    run.replications = *flags.replications;
    note += " --replications " + std::to_string(run.replications);
  }
  if (flags.seed) {
    run.seed = *flags.seed;
    note += " --seed " + std::to_string(run.seed);
  }
  // Not noted: the thread count changes no result, and scenario.yaml is the same on any.
  if (flags.threads) run.threads = *flags.threads;
  for (const std::string& target : flags.precision) note += " --precision " + target;
  if (!flags.precision.empty())
    note += " --max-replications " + std::to_string(flags.max_replications) + " --batch " + std::to_string(flags.batch);
  if (!note.empty()) loaded.effective_yaml = "# run with" + note + ", which override run: below\n" + loaded.effective_yaml;
}

run::ExperimentOptions experiment_options(const RunFlags& flags, const scenario::Scenario& first) {
  run::ExperimentOptions options;
  options.threads = flags.threads.value_or(first.run.threads);
  if (!flags.precision.empty()) {
    run::Precision precision;
    for (const std::string& text : flags.precision) precision.targets.push_back(*parse_target(text));
    precision.max_replications = flags.max_replications;
    precision.batch = flags.batch;
    options.precision = std::move(precision);
  }
  return options;
}

run::ExperimentResult run_replications(std::span<const scenario::Scenario> scenarios, run::ExperimentOptions options,
                                       const RunFlags& flags, const Interruption& interruption) {
  options.stop = &interruption.requested();
  ProgressBar bar(!flags.quiet && ::isatty(STDERR_FILENO));
  options.progress = [&bar](int done, int planned) { bar.update(done, planned); };
  return run::run_experiment(scenarios, options);
}

}  // namespace caresim::cli
