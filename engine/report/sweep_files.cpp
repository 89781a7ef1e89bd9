#include "report/sweep_files.hpp"

#include <charconv>

#include "report/json_reader.hpp"
#include "scenario/scenario_error.hpp"

namespace caresim::report {
namespace fs = std::filesystem;

bool is_sweep_directory(const fs::path& directory) { return fs::exists(directory / "sweep.json"); }

SweepFiles read_sweep_files(const fs::path& directory) {
  const fs::path file = directory / "sweep.json";
  const auto fail = [&file](const std::string& message) { throw scenario::ScenarioError({{file.string(), 0, 0, message, ""}}); };
  const Json json = read_json_file(file);
  SweepFiles sweep;
  try {
    sweep.scenario = json.at("scenario").get<std::string>();
    sweep.description = json.value("description", "");
    sweep.parameter = json.at("parameter").get<std::string>();
    const Json& runs = json.at("runs");
    for (std::size_t r = 0; r < runs.size(); ++r) {
      const Json& run = runs[r];
      SweptValue swept;
      swept.value = run.at("value").get<std::string>();
      const auto [end, error] = std::from_chars(swept.value.data(), swept.value.data() + swept.value.size(), swept.number);
      if (error != std::errc{} || end != swept.value.data() + swept.value.size()) fail("the value '" + swept.value + "' is not a number");
      swept.directory = run.at("directory").get<std::string>();
      check_run_directory_name(file, swept.directory, key_path(key_path("runs", r), "directory"));
      swept.summary = read_run_summary(directory / swept.directory / "summary.json");
      sweep.values.push_back(std::move(swept));
    }
  } catch (const Json::exception& e) {
    throw_not_a(file, "sweep", e);
  }
  if (sweep.values.empty()) fail("names no run");
  return sweep;
}

}  // namespace caresim::report
