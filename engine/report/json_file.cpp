#include "report/json_file.hpp"

#include <algorithm>

#include "report/run_files.hpp"
#include "scenario/scenario_error.hpp"

namespace caresim::report {
namespace {

// nlohmann's message without its "[json.exception.type_error.302] " prefix, which is for
// programmers.
std::string plain_message(const Json::exception& e) {
  const std::string what = e.what();
  const std::size_t bracket = what.find("] ");
  return what.starts_with('[') && bracket != std::string::npos ? what.substr(bracket + 2) : what;
}

}  // namespace

Json read_json_file(const std::filesystem::path& file) {
  const std::string text = read_input_file(file);
  try {
    return Json::parse(text);
  } catch (const Json::parse_error& e) {
    // e.byte counts from 1 and is the last byte read: where the parser gave up.
    const std::size_t at = std::min<std::size_t>(e.byte > 0 ? e.byte - 1 : 0, text.size());
    const std::size_t line_start = at == 0 ? 0 : text.rfind('\n', at - 1) + 1;  // npos + 1 is 0
    const auto line = 1 + std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(line_start), '\n');
    const auto column = at - line_start + 1;
    // The message after "parse error at line L, column C: ", which the place says already.
    std::string message = plain_message(e);
    if (const std::size_t place = message.find(": ", message.find(" column ")); place != std::string::npos)
      message = message.substr(place + 2);
    throw scenario::ScenarioError(
        {{file.string(), static_cast<int>(line), static_cast<int>(column), "not JSON: " + message, ""}});
  }
}

void throw_not_a(const std::filesystem::path& file, const std::string& kind, const Json::exception& e,
                 const std::string& key_path) {
  throw scenario::ScenarioError({{file.string(), 0, 0, "not a caresim " + kind + ": " + plain_message(e), key_path}});
}

}  // namespace caresim::report
