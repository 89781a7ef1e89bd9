// A JSON file of a results directory, read back: text that is not JSON is reported at its line
// and column, and a file without what the report needs by what it lacks.
#pragma once

#include <filesystem>
#include <string>

#include <nlohmann/json.hpp>

namespace caresim::report {

// Ordered: keeps the writer's order of KPIs and metrics.
using Json = nlohmann::ordered_json;

// Throws ScenarioError (exit 2): FILE:LINE:COLUMN: not JSON: ..., or FILE: ... when it cannot
// be read.
Json read_json_file(const std::filesystem::path& file);

// A reader's Json::exception (a key missing, a value of another type) as ScenarioError:
// "FILE: not a caresim summary: key 'seed' not found", and the key path where it is known.
[[noreturn]] void throw_not_a(const std::filesystem::path& file, const std::string& kind, const Json::exception& e,
                              const std::string& key_path = "");

}  // namespace caresim::report
