#include "report/comparison_file.hpp"

#include <algorithm>
#include <limits>
#include <tuple>

#include "report/json_file.hpp"
#include "scenario/scenario_error.hpp"

namespace caresim::report {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

double number_or_nan(const Json& object, const char* key) {
  const auto found = object.find(key);
  return found != object.end() && found->is_number() ? found->get<double>() : kNaN;
}

std::pair<double, double> interval_or_nan(const Json& object, const char* key) {
  const auto found = object.find(key);
  if (found == object.end() || !found->is_array() || found->size() != 2) return {kNaN, kNaN};
  const auto bound = [](const Json& b) { return b.is_number() ? b.get<double>() : kNaN; };
  return {bound((*found)[0]), bound((*found)[1])};
}

ComparedValue read_value(const Json& entry) {
  ComparedValue value;
  value.scenario = entry.at("scenario").get<std::string>();
  value.financial_year = entry.value("financial_year", "");
  value.mean = number_or_nan(entry, "mean");
  std::tie(value.ci95_low, value.ci95_high) = interval_or_nan(entry, "ci95");
  value.difference = number_or_nan(entry, "difference");
  std::tie(value.difference_ci95_low, value.difference_ci95_high) = interval_or_nan(entry, "difference_ci95");
  value.cumulative_difference = number_or_nan(entry, "cumulative_difference");
  std::tie(value.cumulative_difference_ci95_low, value.cumulative_difference_ci95_high) =
      interval_or_nan(entry, "cumulative_difference_ci95");
  return value;
}

std::vector<ComparedMetric> read_metrics(const Json& object) {
  std::vector<ComparedMetric> metrics;
  for (const auto& [name, entries] : object.items()) {
    std::vector<ComparedValue> values;
    for (const Json& entry : entries) values.push_back(read_value(entry));
    metrics.emplace_back(name, std::move(values));
  }
  return metrics;
}

const std::vector<ComparedValue>* find_metric(const std::vector<ComparedMetric>& metrics, const std::string& name) {
  const auto found = std::find_if(metrics.begin(), metrics.end(), [&](const auto& m) { return m.first == name; });
  return found == metrics.end() ? nullptr : &found->second;
}

}  // namespace

const std::vector<ComparedValue>* Comparison::kpi(const std::string& name) const { return find_metric(kpis, name); }
const std::vector<ComparedValue>* Comparison::yearly(const std::string& name) const {
  return find_metric(by_financial_year, name);
}

Comparison read_comparison(const std::filesystem::path& file) {
  const Json json = read_json_file(file);
  try {
    Comparison comparison;
    for (const auto& s : json.at("scenarios"))
      comparison.scenarios.push_back({s.at("name").get<std::string>(), s.value("description", ""),
                                      s.value("file", ""), s.at("directory").get<std::string>()});
    if (comparison.scenarios.empty()) throw scenario::ScenarioError({{file.string(), 0, 0, "no scenarios", ""}});
    comparison.replications = json.at("replications").get<int>();
    comparison.seed = json.at("seed").get<std::uint64_t>();
    comparison.financial_years = json.value("financial_years", std::vector<std::string>{});
    comparison.kpis = read_metrics(json.at("kpis"));
    if (json.contains("by_financial_year")) comparison.by_financial_year = read_metrics(json.at("by_financial_year"));
    if (json.contains("payback"))
      for (const auto& [name, phrase] : json.at("payback").items())
        comparison.payback.emplace_back(name, phrase.get<std::string>());
    return comparison;
  } catch (const Json::exception& e) {
    throw_not_a(file, "comparison", e);
  }
}

}  // namespace caresim::report
