// `caresim compare`: scenarios run with common random numbers, set against the first.
#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include "cli/commands.hpp"
#include "finance/financial_year.hpp"
#include "output/comparison_outputs.hpp"
#include "report/write_reports.hpp"

namespace caresim::cli {
namespace {

// Every file loaded, or every problem of every file reported at once.
std::vector<scenario::LoadedScenario> load_all(const std::vector<std::string>& paths) {
  std::vector<scenario::LoadedScenario> loaded;
  std::vector<scenario::Diagnostic> problems;
  for (const std::string& path : paths) {
    try {
      loaded.push_back(scenario::load_scenario(path));
    } catch (const scenario::ScenarioError& e) {
      problems.insert(problems.end(), e.diagnostics().begin(), e.diagnostics().end());
    }
  }
  if (!problems.empty()) throw scenario::ScenarioError(std::move(problems));
  return loaded;
}

// The settings that make two scenarios' costs comparable, each as written.
struct CostBasis {
  const char* key;
  std::string (*text)(const scenario::CostsSpec&);
};
constexpr CostBasis kCostBasis[] = {
    {"costs.price_base", [](const scenario::CostsSpec& c) { return finance::financial_year_label(c.price_base_year); }},
    {"costs.terms",
     [](const scenario::CostsSpec& c) {
       return std::string(scenario::kCostTermsNames[static_cast<std::size_t>(c.terms)]);
     }},
    {"costs.gdp_deflator_per_year", [](const scenario::CostsSpec& c) { return fmt::format("{}", c.gdp_deflator_per_year); }},
    {"costs.discount_rate_per_year",
     [](const scenario::CostsSpec& c) { return fmt::format("{}", c.discount_rate_per_year); }},
};

// Compared years must be the same financial years, after the same warm-up from the same
// children in care, and costs counted on one basis (prices of one year, in the same terms,
// discounted alike), or not at all: else a difference in cost says nothing about the options.
// The seed and replications are the first scenario's, so that replication r of each sees the
// same children.
void align_with_first(std::vector<scenario::LoadedScenario>& loaded) {
  const scenario::Scenario& first = loaded.front().scenario;
  std::vector<scenario::Diagnostic> problems;
  for (std::size_t i = 1; i < loaded.size(); ++i) {
    scenario::Scenario& option = loaded[i].scenario;
    const auto differs = [&](const std::string& key, const std::string& mine, const std::string& theirs,
                             const std::string& why) {
      problems.push_back(loaded[i].where(key).problem(key + " is " + mine + " but " + theirs + " in " + first.source_file +
                                                      ": compared scenarios must " + why));
    };
    const std::string same_years = "cover the same horizon";
    if (option.run.start_date != first.run.start_date)
      differs("run.start_date", option.run.start_date.iso(), first.run.start_date.iso(), same_years);
    if (option.run.years != first.run.years)
      differs("run.years", std::to_string(option.run.years), std::to_string(first.run.years), same_years);
    if (option.run.warmup_years != first.run.warmup_years)
      differs("run.warmup_years", std::to_string(option.run.warmup_years), std::to_string(first.run.warmup_years),
              "start from the same warm-up, for their replications to see the same children");
    if (option.children.in_care_at_start != first.children.in_care_at_start) {
      const auto start = [](const scenario::Scenario& s) {
        return std::string(scenario::kInCareAtStartNames[static_cast<std::size_t>(s.children.in_care_at_start)]);
      };
      differs("children.in_care_at_start", start(option), start(first),
              "start from the same children in care, for their replications to see the same children");
    }
    const std::string one_basis = "count costs on one basis, or none";
    if (option.costs.has_value() != first.costs.has_value()) {
      const auto costed = [](const scenario::Scenario& s) { return s.costs ? "written" : "absent"; };
      differs("costs", costed(option), costed(first), one_basis);
    } else if (option.costs) {
      for (const auto& [key, text] : kCostBasis)
        if (text(*option.costs) != text(*first.costs)) differs(key, text(*option.costs), text(*first.costs), one_basis);
    }
    if (option.run.seed != first.run.seed || option.run.replications != first.run.replications) {
      option.run.seed = first.run.seed;
      option.run.replications = first.run.replications;
      loaded[i].effective_yaml = "# compared with " + first.source_file + ": run with its seed " +
                                 std::to_string(first.run.seed) + " and " + std::to_string(first.run.replications) +
                                 " replications\n" + loaded[i].effective_yaml;
    }
  }
  if (!problems.empty()) {
    scenario::sort_by_place(problems);
    throw scenario::ScenarioError(std::move(problems));
  }
}

}  // namespace

int compare_command(const std::vector<std::string>& scenario_paths, const std::string& out, const RunFlags& flags,
                    Interruption& interruption) {
  auto loaded = load_all(scenario_paths);
  for (auto& one : loaded) apply(flags, one);
  align_with_first(loaded);
  std::vector<scenario::Scenario> scenarios;
  for (const auto& one : loaded) scenarios.push_back(one.scenario);
  output::OutputDirectory results = open_output_directory(out);

  run::ExperimentOptions options = experiment_options(flags, scenarios.front());
  options.differences_from_first = true;
  options.precision_of_differences = true;
  // A second signal, from now until the results are in place, ends the process at once and
  // takes their staging directory away: --out keeps the old results or, once committed, the new.
  const auto undo = interruption.undo_if_stopped_at_once([&results] { results.discard(); });
  const auto result = run_replications(scenarios, options, flags, interruption);
  const std::atomic<bool>& stop = interruption.requested();
  // Each scenario's run directory gets its reports, as a run's does, and the comparison its
  // own; made from the staged results and committed with them, unless the run is stopped meanwhile.
  output::write_comparison_outputs(results, loaded, result, [&loaded, &stop](const std::filesystem::path& staged) {
    for (const std::string& directory : output::comparison_directory_names(loaded)) report::write_reports(staged / directory);
    report::write_reports(staged);
    if (stop) throw run::Stopped();
  });

  if (!flags.quiet) {
    spdlog::info("{} scenarios compared over {} replications in {:.2f} s; results in {}", scenarios.size(),
                 result.replications, result.seconds, out);
    if (result.precision && !result.precision->reached)
      spdlog::warn("the precision asked for was not reached in {} replications", result.replications);
  }
  return 0;
}

}  // namespace caresim::cli
