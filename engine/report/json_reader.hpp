// The values of a results directory's JSON file, read back with the key path of each problem.
#pragma once

#include <concepts>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <limits>
#include <string>
#include <utility>

#include "report/json_file.hpp"

namespace caresim::report {

// "kpis" and "entries_per_year" make "kpis.entries_per_year"; "scenarios" and 1 make "scenarios[1]":
// the scenario's key paths (scenario/key_path.hpp), one name for both.
std::string key_path(const std::string& path, const std::string& key);
std::string key_path(const std::string& path, std::size_t index);

// Reads the values of one JSON file, a caresim `kind` ("summary", "comparison", "sweep"). Each
// problem is ScenarioError (exit 2) naming the file and the key path of the value at fault:
// "FILE: not a caresim comparison: type must be string, but is number (kpis.exits_per_year[0].scenario)".
// A `path` argument is the key path of the object read from ("" for the file's top level).
class JsonReader {
 public:
  JsonReader(std::filesystem::path file, std::string kind) : file_(std::move(file)), kind_(std::move(kind)) {}

  // The value as T, or the key path's problem with its type.
  template <typename T>
  T as(const Json& value, const std::string& path) const {
    try {
      return value.get<T>();
    } catch (const Json::exception& e) {
      not_a(e, path);
    }
  }
  // object's `key` as T; a missing key is named at the object's path.
  template <typename T>
  T get(const Json& object, const std::string& path, const std::string& key) const {
    return as<T>(at(object, path, key), key_path(path, key));
  }
  // object's `key`, which must be of `type`: an object or array whose items are read in turn.
  const Json& get(const Json& object, const std::string& path, const std::string& key, Json::value_t type) const {
    return expect(at(object, path, key), type, key_path(path, key));
  }
  const Json& expect(const Json& value, Json::value_t type, const std::string& path) const;
  // As get, but `absent` where object has no such key.
  template <typename T>
  T get_or(const Json& object, const std::string& path, const std::string& key, T absent) const {
    return object.is_object() && !object.contains(key) ? absent : get<T>(object, path, key);
  }
  // object's `key`, a whole number that T holds. Json's own conversion would take 1.5 as 1 and
  // wrap 4294967299 round to an int's 3, so both are refused here.
  template <std::integral T>
  T whole_number(const Json& object, const std::string& path, const std::string& key) const {
    const Json& value = at(object, path, key);
    expect_whole_number(value, std::numeric_limits<T>::min(), std::numeric_limits<T>::max(), key_path(path, key));
    return value.get<T>();
  }
  // As whole_number, but `absent` where object has no such key.
  template <std::integral T>
  T whole_number_or(const Json& object, const std::string& path, const std::string& key, T absent) const {
    return object.is_object() && !object.contains(key) ? absent : whole_number<T>(object, path, key);
  }

  // A number, or NaN where the file has null or no such key (a KPI that does not apply).
  double number_or_nan(const Json& object, const std::string& path, const std::string& key) const;
  // [low, high], each a number or null; both NaN where the file has null or no such key.
  std::pair<double, double> interval_or_nan(const Json& object, const std::string& path, const std::string& key) const;

  [[noreturn]] void fail(const std::string& message, const std::string& path) const;

 private:
  const Json& at(const Json& object, const std::string& path, const std::string& key) const;
  double number_or_nan(const Json& value, const std::string& path) const;
  void expect_whole_number(const Json& value, std::intmax_t least, std::uintmax_t most, const std::string& path) const;
  [[noreturn]] void not_a(const Json::exception& e, const std::string& path) const;

  std::filesystem::path file_;
  std::string kind_;
};

}  // namespace caresim::report
