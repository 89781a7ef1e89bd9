#include "scenario/load_runs.hpp"

#include <algorithm>
#include <cmath>
#include <tuple>

#include "scenario/key_path.hpp"
#include "scenario/merge_extends.hpp"
#include "scenario/read_tree.hpp"
#include "scenario/scalar_text.hpp"
#include "scenario/scenario_reader.hpp"

namespace caresim::scenario {
namespace {

constexpr std::size_t kMostValues = 1000;

struct SweepSpec {
  std::string parameter;
  SourcePlace parameter_place;
  std::vector<SourceNode> values;  // scalars, each placed where the user wrote it
};

// Decimal places written in a number ("0.05" has 2); nullopt for exponent notation.
std::optional<int> decimals_of(const std::string& text) {
  if (text.find_first_of("eE") != std::string::npos) return std::nullopt;
  const std::size_t dot = text.find('.');
  return dot == std::string::npos ? 0 : static_cast<int>(text.size() - dot - 1);
}

// from, from + step, ... up to `to` (allowing for rounding), each rounded to the decimals the
// three are written with, so that 0.1 + 2 x 0.1 reads 0.3, as typed.
std::vector<SourceNode> range_values(const SourceNode& sweep, double from, double to, double step) {
  std::optional<int> decimals = 0;
  for (const char* key : {"from", "to", "step"}) {
    const auto written = decimals_of(sweep.find(key)->value.text);
    decimals = decimals && written ? std::optional(std::max(*decimals, *written)) : std::nullopt;
  }
  const auto count = static_cast<std::size_t>(std::floor((to - from) / step + 1e-9)) + 1;
  std::vector<SourceNode> values;
  for (std::size_t i = 0; i < count; ++i) {
    double number = from + static_cast<double>(i) * step;
    if (decimals) number = std::round(number * std::pow(10.0, *decimals)) / std::pow(10.0, *decimals);
    SourceNode value = sweep.find("from")->value;  // placed where the range starts
    value.text = format_number(number);
    values.push_back(std::move(value));
  }
  return values;
}

// Reads the `sweep` entry (its keys checked like any section's) into `spec`.
std::optional<SweepSpec> read_sweep(const SourceEntry& entry, std::vector<Diagnostic>& diagnostics) {
  SourceNode holder;
  holder.kind = SourceNode::Kind::map;
  holder.place = entry.key_place;
  holder.entries.push_back(entry);
  ScenarioReader reader(holder);
  MapReader sweep = reader.root().section("sweep", Layout::flow);
  SweepSpec spec;
  spec.parameter = sweep.required<std::string>("parameter");
  const auto listed = sweep.if_present<std::vector<double>>("values");
  const auto from = sweep.if_present<double>("from");
  const auto to = sweep.if_present<double>("to");
  const auto step = sweep.if_present<double>("step", above(0));
  if (sweep.present() && spec.parameter.rfind("run.", 0) == 0)
    sweep.report("parameter", "the run section cannot be swept: every value runs with the same run settings");
  if (sweep.present() && (spec.parameter == "extends" || spec.parameter == "name" || spec.parameter == "description"))
    sweep.report("parameter", "only a number of the model can be swept, not '" + spec.parameter + "'");
  const bool ranged = from || to || step;
  if (sweep.values_good()) {
    if (listed && ranged)
      sweep.report("give either values or from, to and step, not both");
    else if (!listed && !(from && to && step))
      sweep.report(ranged ? "a range needs from, to and step" : "missing values (or from, to and step)");
    else if (listed && listed->empty())
      sweep.report("values", "must list at least one value");
    else if (ranged && *to < *from)
      sweep.report("to", "must be >= from (" + format_number(*from) + "), got " + format_number(*to));
    else if (ranged && (*to - *from) / *step >= static_cast<double>(kMostValues))
      sweep.report("step", "makes more than " + std::to_string(kMostValues) + " values");
  }
  std::vector<Diagnostic> problems = reader.finish();
  if (!problems.empty()) {
    for (Diagnostic& d : problems) diagnostics.push_back(std::move(d));
    return std::nullopt;
  }
  const SourceNode& node = entry.value;
  spec.parameter_place = node.find("parameter")->value.place;
  spec.values = listed ? node.find("values")->value.items : range_values(node, *from, *to, *step);
  return spec;
}

// The tree with the value of the sweep in place and the scenario's name saying which it is.
std::optional<SourceNode> variant(const SourceNode& tree, const SweepSpec& sweep, const SourceNode& value,
                                  std::vector<Diagnostic>& diagnostics) {
  SourceNode changed = tree;
  const std::string problem = set_at_key_path(changed, sweep.parameter, value, sweep.parameter_place);
  if (!problem.empty()) {
    diagnostics.push_back({sweep.parameter_place.file, sweep.parameter_place.line, sweep.parameter_place.column,
                           problem, "sweep.parameter"});
    return std::nullopt;
  }
  if (SourceEntry* name = changed.find("name"); name && name->value.kind == SourceNode::Kind::scalar)
    name->value.text += " (" + sweep.parameter + " = " + value.text + ")";
  return changed;
}

void drop_repeats(std::vector<Diagnostic>& diagnostics) {
  std::vector<Diagnostic> once;
  const auto same = [](const Diagnostic& a, const Diagnostic& b) {
    return std::tie(a.file, a.line, a.column, a.message, a.key_path) ==
           std::tie(b.file, b.line, b.column, b.message, b.key_path);
  };
  for (Diagnostic& d : diagnostics)
    if (std::none_of(once.begin(), once.end(), [&](const Diagnostic& o) { return same(o, d); }))
      once.push_back(std::move(d));
  diagnostics = std::move(once);
}

}  // namespace

LoadedRuns load_runs(const std::string& path) {
  std::vector<Diagnostic> diagnostics;
  std::optional<SourceNode> tree = load_with_extends(path, diagnostics);
  if (!tree) throw ScenarioError(std::move(diagnostics));
  const std::optional<SourceEntry> sweep_entry = tree->take("sweep");
  LoadedRuns runs;
  const std::optional<SweepSpec> sweep = sweep_entry ? read_sweep(*sweep_entry, diagnostics) : std::nullopt;
  if (!sweep_entry) {
    if (std::optional<LoadedScenario> loaded = read_tree(*tree, path, diagnostics))
      runs.scenarios.push_back(std::move(*loaded));
  } else if (sweep) {
    runs.parameter = sweep->parameter;
    for (const SourceNode& value : sweep->values) {
      const std::optional<SourceNode> changed = variant(*tree, *sweep, value, diagnostics);
      if (!changed) break;  // a wrong path is wrong for every value
      const std::size_t problems_before = diagnostics.size();
      std::optional<LoadedScenario> loaded = read_tree(*changed, path, diagnostics);
      // A problem found elsewhere than at the value or the parameter (shares no longer
      // summing to 1, say) arises from the value all the same: it says which.
      const auto at = [](const Diagnostic& d, const SourcePlace& place) {
        return d.file == place.file && d.line == place.line && d.column == place.column;
      };
      for (std::size_t i = problems_before; i < diagnostics.size(); ++i)
        if (!at(diagnostics[i], value.place) && !at(diagnostics[i], sweep->parameter_place))
          diagnostics[i].message += ", under the sweep's " + sweep->parameter + " = " + value.text;
      if (!loaded) continue;
      loaded->effective_yaml = "# sweep: " + sweep->parameter + " = " + value.text + "\n" + loaded->effective_yaml;
      runs.values.push_back(value.text);
      runs.scenarios.push_back(std::move(*loaded));
    }
  } else {
    read_tree(*tree, path, diagnostics);  // the rest of the file's problems, in the same run
  }
  if (!diagnostics.empty()) {
    drop_repeats(diagnostics);
    sort_by_place(diagnostics);
    throw ScenarioError(std::move(diagnostics));
  }
  return runs;
}

}  // namespace caresim::scenario
