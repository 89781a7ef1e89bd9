#include "report/comparison_file.hpp"

#include <algorithm>
#include <charconv>
#include <tuple>

#include "finance/financial_year.hpp"
#include "report/json_reader.hpp"
#include "report/run_files.hpp"
#include "report/run_settings.hpp"

namespace caresim::report {
namespace {

ComparedValue read_value(const JsonReader& reader, const Json& entry, const std::string& path) {
  ComparedValue value;
  value.scenario = reader.get<std::string>(entry, path, "scenario");
  value.financial_year = reader.get_or<std::string>(entry, path, "financial_year", "");
  value.mean = reader.number_or_nan(entry, path, "mean");
  std::tie(value.ci95_low, value.ci95_high) = reader.interval_or_nan(entry, path, "ci95");
  value.difference = reader.number_or_nan(entry, path, "difference");
  std::tie(value.difference_ci95_low, value.difference_ci95_high) = reader.interval_or_nan(entry, path, "difference_ci95");
  value.cumulative_difference = reader.number_or_nan(entry, path, "cumulative_difference");
  std::tie(value.cumulative_difference_ci95_low, value.cumulative_difference_ci95_high) =
      reader.interval_or_nan(entry, path, "cumulative_difference_ci95");
  return value;
}

std::vector<ComparedMetric> read_metrics(const JsonReader& reader, const Json& json, const std::string& key) {
  std::vector<ComparedMetric> metrics;
  for (const auto& [name, entries] : reader.get(json, "", key, Json::value_t::object).items()) {
    const std::string path = key_path(key, name);
    const Json& list = reader.expect(entries, Json::value_t::array, path);
    std::vector<ComparedValue> values;
    for (std::size_t i = 0; i < list.size(); ++i) values.push_back(read_value(reader, list[i], key_path(path, i)));
    metrics.emplace_back(name, std::move(values));
  }
  return metrics;
}

ComparedScenario read_scenario(const JsonReader& reader, const Json& entry, const std::string& path) {
  return {reader.get<std::string>(entry, path, "name"), reader.get_or<std::string>(entry, path, "description", ""),
          reader.get_or<std::string>(entry, path, "file", ""), reader.get<std::string>(entry, path, "directory")};
}

bool is_financial_year(const std::string& label) {
  int year = 0;
  const auto [end, error] = std::from_chars(label.data(), label.data() + std::min<std::size_t>(label.size(), 4), year);
  return error == std::errc{} && end == label.data() + 4 && label == finance::financial_year_label(year);
}

const std::vector<ComparedValue>* find_metric(const std::vector<ComparedMetric>& metrics, const std::string& name) {
  const auto found = std::find_if(metrics.begin(), metrics.end(), [&](const auto& m) { return m.first == name; });
  return found == metrics.end() ? nullptr : &found->second;
}

std::vector<ComparedPayback> read_payback(const JsonReader& reader, const Json& json) {
  const Json clear =
      json.contains("payback_clear") ? reader.get(json, "", "payback_clear", Json::value_t::object) : Json::object();
  const Json clear_from = json.contains("payback_clear_from")
                              ? reader.get(json, "", "payback_clear_from", Json::value_t::object)
                              : Json::object();
  std::vector<ComparedPayback> paybacks;
  for (const auto& [name, phrase] : reader.get(json, "", "payback", Json::value_t::object).items()) {
    ComparedPayback payback{name, reader.as<std::string>(phrase, key_path("payback", name)), std::nullopt, ""};
    if (clear.contains(name)) payback.clear = reader.as<bool>(clear[name], key_path("payback_clear", name));
    if (clear_from.contains(name) && !clear_from[name].is_null())
      payback.clear_from = reader.as<std::string>(clear_from[name], key_path("payback_clear_from", name));
    paybacks.push_back(std::move(payback));
  }
  return paybacks;
}

}  // namespace

const std::vector<ComparedValue>* Comparison::kpi(const std::string& name) const { return find_metric(kpis, name); }
const std::vector<ComparedValue>* Comparison::yearly(const std::string& name) const {
  return find_metric(by_financial_year, name);
}

Comparison read_comparison(const std::filesystem::path& file) {
  const Json json = read_json_file(file);
  const JsonReader reader(file, "comparison");
  Comparison comparison;
  const Json& scenarios = reader.get(json, "", "scenarios", Json::value_t::array);
  for (std::size_t s = 0; s < scenarios.size(); ++s) {
    const std::string path = key_path("scenarios", s);
    comparison.scenarios.push_back(read_scenario(reader, scenarios[s], path));
    check_run_directory_name(file, comparison.scenarios.back().directory, key_path(path, "directory"));
  }
  if (comparison.scenarios.empty()) reader.fail("names no scenario", "scenarios");
  const RunSettings settings = read_run_settings(reader, json);
  comparison.replications = settings.replications;
  comparison.seed = settings.seed;
  comparison.financial_years = reader.get_or(json, "", "financial_years", std::vector<std::string>{});
  for (std::size_t y = 0; y < comparison.financial_years.size(); ++y)
    if (!is_financial_year(comparison.financial_years[y]))
      reader.fail("must be a financial year written like 2025-26, got '" + comparison.financial_years[y] + "'",
                  key_path("financial_years", y));

  comparison.kpis = read_metrics(reader, json, "kpis");
  if (comparison.kpis.empty()) reader.fail("names no KPI", "kpis");
  // The tables put a KPI's entries in the scenarios' columns.
  const auto follows_scenarios = [&comparison](const std::vector<ComparedValue>& values) {
    return std::ranges::equal(values, comparison.scenarios, {}, &ComparedValue::scenario, &ComparedScenario::name);
  };
  for (const auto& [name, values] : comparison.kpis)
    if (!follows_scenarios(values))
      reader.fail("must have one entry per scenario, in the order of scenarios", key_path("kpis", name));
  if (json.contains("by_financial_year")) comparison.by_financial_year = read_metrics(reader, json, "by_financial_year");
  if (json.contains("payback")) comparison.payback = read_payback(reader, json);
  return comparison;
}

}  // namespace caresim::report
