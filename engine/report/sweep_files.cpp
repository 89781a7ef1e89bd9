#include "report/sweep_files.hpp"

#include <charconv>
#include <cmath>

#include "report/json_reader.hpp"

namespace caresim::report {
namespace fs = std::filesystem;
namespace {

// The swept value as the scenario wrote it ("150"), a number the sweep's charts place on their axis.
double swept_number(const JsonReader& reader, const std::string& value, const std::string& path) {
  double number = 0;
  const auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), number);
  if (error != std::errc{} || end != value.data() + value.size() || !std::isfinite(number))
    reader.fail("must be a finite number written as a string, got '" + value + "'", path);
  return number;
}

SweptValue read_swept_value(const JsonReader& reader, const Json& run, const std::string& path,
                            const fs::path& sweep_json) {
  SweptValue swept;
  swept.value = reader.get<std::string>(run, path, "value");
  swept.number = swept_number(reader, swept.value, key_path(path, "value"));
  swept.directory = reader.get<std::string>(run, path, "directory");
  check_run_directory_name(sweep_json, swept.directory, key_path(path, "directory"));
  swept.summary = read_run_summary(sweep_json.parent_path() / swept.directory / "summary.json");
  return swept;
}

}  // namespace

bool is_sweep_directory(const fs::path& directory) { return fs::exists(directory / "sweep.json"); }

SweepFiles read_sweep_files(const fs::path& directory) {
  const fs::path file = directory / "sweep.json";
  const Json json = read_json_file(file);
  const JsonReader reader(file, "sweep");
  SweepFiles sweep;
  sweep.scenario = reader.get<std::string>(json, "", "scenario");
  sweep.description = reader.get_or<std::string>(json, "", "description", "");
  sweep.parameter = reader.get<std::string>(json, "", "parameter");
  const Json& runs = reader.get(json, "", "runs", Json::value_t::array);
  if (runs.empty()) reader.fail("names no run", "runs");
  for (std::size_t r = 0; r < runs.size(); ++r)
    sweep.values.push_back(read_swept_value(reader, runs[r], key_path("runs", r), file));
  return sweep;
}

}  // namespace caresim::report
