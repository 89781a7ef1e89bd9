#include "output/comparison_outputs.hpp"

#include <vector>

#include "output/comparison_table.hpp"
#include "output/csv_number.hpp"
#include "output/json_values.hpp"
#include "output/output_directory.hpp"
#include "output/payback.hpp"
#include "output/run_outputs.hpp"
#include "output/scenario_labels.hpp"

namespace caresim::output {
namespace {

std::vector<std::string> names_of(std::span<const scenario::LoadedScenario> scenarios) {
  std::vector<std::string> names;
  for (const auto& loaded : scenarios) names.push_back(loaded.scenario.name);
  return names;
}

Json value_json(const std::optional<Estimate>& e) { return e ? Json(e->value) : Json(nullptr); }

Json interval_json(const std::optional<Estimate>& e, bool null_when_absent) {
  if (e) return Json{e->low, e->high};
  return null_when_absent ? Json(nullptr) : Json{nullptr, nullptr};
}

const std::vector<std::string>& financial_years(const run::ExperimentResult& result) {
  return result.scenarios.front().aggregate.financial_years();
}

struct PaybackJson {
  Json phrases = Json::object();
  Json clear = Json::object();
  Json clear_from = Json::object();
};

// Each option's payback, by label: "payback" holds its phrase, "payback_clear" whether the
// 95% intervals bear it out, and "payback_clear_from" the first year, from the payback year on,
// from which they bear a payback out (null if none, or if the option does not pay back).
PaybackJson payback_json(std::span<const scenario::LoadedScenario> scenarios, const std::vector<std::string>& labels,
                         const run::ExperimentResult& result) {
  PaybackJson out;
  const auto& years = financial_years(result);
  for (std::size_t s = 1; s < result.scenarios.size(); ++s) {
    if (!scenarios.front().scenario.costs || !scenarios[s].scenario.costs) continue;  // costs on one side only, or none
    const run::PairedDifferences* differences = result.difference_from_first(s);
    if (!differences) break;
    std::vector<Estimate> cumulative;
    for (std::size_t year = 0; year < years.size(); ++year)
      if (const auto estimate = estimate_of(differences->cumulative(kPaybackMetric, year)))
        cumulative.push_back(*estimate);
    if (cumulative.size() != years.size() || years.empty()) continue;
    const Payback option = payback(cumulative, years);
    out.phrases[labels[s]] = option.phrase;
    out.clear[labels[s]] = option.clear;
    out.clear_from[labels[s]] = option.clear_from.empty() ? Json() : Json(option.clear_from);
  }
  return out;
}

}  // namespace

std::vector<std::string> comparison_directory_names(std::span<const scenario::LoadedScenario> scenarios) {
  return directory_names(names_of(scenarios));
}

std::string comparison_json(std::span<const scenario::LoadedScenario> scenarios, const run::ExperimentResult& result) {
  const auto labels = distinct_labels(names_of(scenarios));
  const auto directories = comparison_directory_names(scenarios);
  Json listed = Json::array();
  for (std::size_t s = 0; s < scenarios.size(); ++s)
    listed.push_back({{"name", labels[s]},
                      {"description", scenarios[s].scenario.description},
                      {"file", scenarios[s].scenario.source_file},
                      {"directory", directories[s]}});

  Json kpis = Json::object();
  for (const KpiComparison& row : compare_kpis(result))
    kpis[row.kpi].push_back({{"scenario", labels[row.scenario]},
                             {"mean", value_json(row.mean)},
                             {"ci95", interval_json(row.mean, false)},
                             {"difference", value_json(row.difference)},
                             {"difference_ci95", interval_json(row.difference, true)}});

  const auto& years = financial_years(result);
  Json by_year = Json::object();
  for (const YearComparison& row : compare_years(result))
    by_year[row.metric].push_back({{"scenario", labels[row.scenario]},
                                   {"financial_year", years[row.year]},
                                   {"mean", value_json(row.mean)},
                                   {"ci95", interval_json(row.mean, false)},
                                   {"difference", value_json(row.difference)},
                                   {"difference_ci95", interval_json(row.difference, true)},
                                   {"cumulative_difference", value_json(row.cumulative_difference)},
                                   {"cumulative_difference_ci95", interval_json(row.cumulative_difference, true)}});

  const auto& first = scenarios.front().scenario.run;
  PaybackJson payback = payback_json(scenarios, labels, result);
  Json comparison{{"scenarios", listed},
                  {"replications", result.replications},
                  {"seed", first.seed},
                  {"start_date", first.start_date.iso()},
                  {"years", first.years},
                  {"financial_years", years},
                  {"kpis", kpis},
                  {"by_financial_year", by_year},
                  {"payback", std::move(payback.phrases)},
                  {"payback_clear", std::move(payback.clear)},
                  {"payback_clear_from", std::move(payback.clear_from)}};
  if (result.precision) comparison["precision"] = precision_json_value(*result.precision);
  return comparison.dump(2) + "\n";
}

std::string comparison_csv(std::span<const scenario::LoadedScenario> scenarios, const run::ExperimentResult& result) {
  const auto labels = distinct_labels(names_of(scenarios));
  std::string csv = "kpi,scenario,mean,ci95_low,ci95_high,difference,difference_ci95_low,difference_ci95_high\n";
  for (const KpiComparison& row : compare_kpis(result))
    csv += row.kpi + ',' + csv_text(labels[row.scenario]) + csv_cells(row.mean) + csv_cells(row.difference) + '\n';
  return csv;
}

std::string comparison_by_year_csv(std::span<const scenario::LoadedScenario> scenarios,
                                   const run::ExperimentResult& result) {
  const auto labels = distinct_labels(names_of(scenarios));
  const auto& years = financial_years(result);
  std::string csv =
      "metric,scenario,financial_year,mean,ci95_low,ci95_high,difference,difference_ci95_low,difference_ci95_high,"
      "cumulative_difference,cumulative_difference_ci95_low,cumulative_difference_ci95_high\n";
  for (const YearComparison& row : compare_years(result))
    csv += row.metric + ',' + csv_text(labels[row.scenario]) + ',' + years[row.year] + csv_cells(row.mean) +
           csv_cells(row.difference) + csv_cells(row.cumulative_difference) + '\n';
  return csv;
}

void write_comparison_outputs(OutputDirectory& out, std::span<const scenario::LoadedScenario> scenarios,
                              const run::ExperimentResult& result, const FinishStaging& finish) {
  const auto directories = comparison_directory_names(scenarios);
  for (std::size_t s = 0; s < scenarios.size(); ++s)
    stage_run_files(out, directories[s], scenarios[s].scenario, scenarios[s].effective_yaml, result, s);
  out.write("comparison.json", comparison_json(scenarios, result));
  out.write("comparison.csv", comparison_csv(scenarios, result));
  out.write("comparison_by_year.csv", comparison_by_year_csv(scenarios, result));
  out.commit(finish);
}

}  // namespace caresim::output
