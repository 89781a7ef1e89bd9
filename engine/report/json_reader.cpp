#include "report/json_reader.hpp"

#include <limits>

#include "scenario/key_path.hpp"
#include "scenario/scenario_error.hpp"

namespace caresim::report {

std::string key_path(const std::string& path, const std::string& key) { return scenario::key_path_child(path, key); }
std::string key_path(const std::string& path, std::size_t index) { return scenario::key_path_item(path, index); }

double JsonReader::number_or_nan(const Json& object, const std::string& path, const std::string& key) const {
  return number_or_nan(get_or<Json>(object, path, key, nullptr), key_path(path, key));
}

std::pair<double, double> JsonReader::interval_or_nan(const Json& object, const std::string& path,
                                                      const std::string& key) const {
  const Json interval = get_or<Json>(object, path, key, nullptr);
  const std::string here = key_path(path, key);
  if (interval.is_null()) return {std::numeric_limits<double>::quiet_NaN(), std::numeric_limits<double>::quiet_NaN()};
  if (!interval.is_array() || interval.size() != 2)
    fail("must be [low, high] or null, got " + interval.dump(), here);
  return {number_or_nan(interval[0], key_path(here, 0)), number_or_nan(interval[1], key_path(here, 1))};
}

void JsonReader::fail(const std::string& message, const std::string& path) const {
  throw scenario::ScenarioError({{file_.string(), 0, 0, message, path}});
}

const Json& JsonReader::at(const Json& object, const std::string& path, const std::string& key) const {
  expect(object, Json::value_t::object, path);
  const auto found = object.find(key);
  if (found == object.end()) fail("not a caresim " + kind_ + ": key '" + key + "' not found", path);
  return *found;
}

const Json& JsonReader::expect(const Json& value, Json::value_t type, const std::string& path) const {
  if (value.type() != type)
    fail("not a caresim " + kind_ + ": type must be " + Json(type).type_name() + ", but is " + value.type_name(), path);
  return value;
}

double JsonReader::number_or_nan(const Json& value, const std::string& path) const {
  if (value.is_null()) return std::numeric_limits<double>::quiet_NaN();
  if (!value.is_number()) fail("must be a number or null, got " + value.dump(), path);
  return value.get<double>();
}

void JsonReader::expect_whole_number(const Json& value, std::intmax_t least, std::uintmax_t most,
                                     const std::string& path) const {
  if (!value.is_number_integer()) fail("must be a whole number, got " + value.dump(), path);
  const bool in_range = value.is_number_unsigned() ? value.get<std::uintmax_t>() <= most : value.get<std::intmax_t>() >= least;
  if (!in_range)
    fail("must be a whole number from " + std::to_string(least) + " to " + std::to_string(most) + ", got " + value.dump(),
         path);
}

void JsonReader::not_a(const Json::exception& e, const std::string& path) const {
  throw_not_a(file_, kind_, e, path);
}

}  // namespace caresim::report
