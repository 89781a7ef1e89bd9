// Reads typed, range-checked values out of a source tree by key, collecting every problem
// instead of stopping at the first, and records what it read as the effective scenario.
#pragma once

#include <cstdint>
#include <deque>
#include <limits>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "kernel/calendar.hpp"
#include "scenario/effective_tree.hpp"
#include "scenario/scenario_error.hpp"
#include "scenario/source_tree.hpp"

namespace caresim::scenario {

// The values a number may take; a value outside is reported as "must be >= 1, got 0".
struct Range {
  double low = -std::numeric_limits<double>::infinity();
  bool low_excluded = false;
  double high = std::numeric_limits<double>::infinity();
};
constexpr Range at_least(double low) {
  return {low, false, std::numeric_limits<double>::infinity()};
}
constexpr Range above(double low) { return {low, true, std::numeric_limits<double>::infinity()}; }
constexpr Range share() { return {0, false, 1}; }  // a fraction 0-1

// How a section is written in the effective YAML: block, or `{a: 1, b: 2}` on one line.
enum class Layout { block, flow };

enum class Presence { required, optional };

class ScenarioReader;

// What one map of the file was asked for, so that the keys nobody asked for are reported.
struct MapRecord {
  const SourceNode* source = nullptr;
  std::string path;
  std::vector<std::string> accepted;  // every key asked for, present or not
  std::string noun = "key";           // "unknown age band '1-5'" reads better than "key"
  bool ignore_unread = false;
  int problems = 0;  // reported on this map's own values
};

// Reads the keys of one map. A reader of a map the file lacks or got wrong is "absent": it
// returns defaults without a word, so one missing section is one problem, not one per key.
// Values are int, std::uint64_t, double, std::string, kernel::Date or std::vector<double>.
class MapReader {
 public:
  template <class T>
  T required(std::string_view key, Range range = {});
  template <class T>
  T or_default(std::string_view key, T fallback, Range range = {});
  template <class T>
  std::optional<T> if_present(std::string_view key, Range range = {});  // no default either
  // The index of the value in `names`; nullopt, already reported, when missing or unknown.
  // `noun` names what the value is in messages ("unknown locality 'nroth'"); the key by default.
  std::optional<std::size_t> required_choice(std::string_view key,
                                             std::span<const std::string_view> names,
                                             std::string_view noun = {});

  // As required_choice, but an absent key takes `fallback` (and a wrong one, reported, too).
  std::size_t choice_or_default(std::string_view key, std::span<const std::string_view> names, std::size_t fallback);

  // A list of names from `names` (need levels, placement types), as indices; nullopt when
  // absent, an empty list when wrong (already reported).
  std::optional<std::vector<std::size_t>> choices(std::string_view key, std::span<const std::string_view> names,
                                                  std::string_view noun);

  MapReader section(std::string_view key, Layout layout = Layout::block);
  std::optional<MapReader> optional_section(std::string_view key, Layout layout = Layout::block);
  // A list whose items are maps (roads, say), one reader per item, written one item a line.
  std::vector<MapReader> list_of_sections(std::string_view key, Presence presence = Presence::required);

  // The keys written in this map, in file order, for maps whose keys the user names
  // (localities); reading each then marks it as known.
  std::vector<std::string> keys() const;
  bool writes(std::string_view key) const;  // whether `key` is written in this map
  // The keys of this map that come from a file it extends, the map itself being written in
  // the extending file (extends merges maps key by key): for messages on values that only
  // make sense together, such as shares.
  std::vector<std::string> keys_inherited() const;
  bool inherits(std::string_view key) const;
  // For a key that conflicts with another: "; KEY.PATH is written in the file this one
  // extends: set it to ~ here to remove it". An option that writes one of two alternatives
  // over a base that wrote the other is then told how to drop the base's.
  std::string removal_note(std::string_view key) const;
  // removal_note(key) if this map inherits `key`, else "".
  std::string inherited_note(std::string_view key) const;
  // `first` and `second` are alternatives, both written: `problem` is reported at `second`, or
  // at `first` when only `second` is inherited, so that it is where the extending file wrote
  // its own, with the inherited one's inherited_note.
  void report_both_written(std::string_view first, std::string_view second, const std::string& problem);

  // Problems that involve several values, reported where this map, a key's value or one
  // item of a key's list is written.
  void report(std::string message);
  void report(std::string_view key, std::string message);
  void report_item(std::string_view key, std::size_t index, std::string message);

  void name_keys(std::string noun);
  // A key read before this reader (`extends`, `sweep`): known, so a misspelling of it gets
  // a suggestion.
  void known_elsewhere(std::string_view key) { take(key); }
  // A key known, but not allowed here (a setting a dated change cannot move): reported where
  // written with `message`, not as an unknown key.
  void report_if_written(std::string_view key, const std::string& message) {
    take(key);
    if (writes(key)) report(key, message);
  }
  // Whether `key` is written as the word `word` (a cap a dated change lifts: "none"); if so it
  // is read, and kept in the effective tree as written. Otherwise nothing is read.
  bool reads_word(std::string_view key, std::string_view word);
  // After a problem that makes the other keys meaningless (an unknown distribution).
  void ignore_unread_keys();
  bool present() const { return source_ != nullptr; }
  // Whether `key` is written as a map, for values that may be one number or a map of them;
  // as a list, for values that may be one map or a list of them.
  bool is_map(std::string_view key) const;
  bool is_list(std::string_view key) const;
  // No value read so far was wrong: checks across values are only worth making then.
  bool values_good() const { return present() && record_->problems == 0; }
  // Problems reported on this map's own values so far: a change in it says a value read
  // between two calls was wrong.
  int problems_so_far() const { return present() ? record_->problems : 0; }
  // Where this map is written, for a problem with it found only while running.
  SourceRef reference() const;

 private:
  friend class ScenarioReader;
  MapReader() = default;  // absent
  MapReader(ScenarioReader& reader, const SourceNode& source, std::string path,
            EffectiveNode& effective, MapRecord& record);

  const SourceNode* take(std::string_view key);  // marks the key as asked for
  template <class T>
  std::optional<T> read_value(std::string_view key, const SourceNode& value, Range range);
  MapReader open_section(std::string_view key, const SourceNode& value, Layout layout);

  bool convert(const SourceNode& value, const std::string& path, Range range, int& out);
  bool convert(const SourceNode& value, const std::string& path, Range range, std::uint64_t& out);
  bool convert(const SourceNode& value, const std::string& path, Range range, double& out);
  bool convert(const SourceNode& value, const std::string& path, Range range, std::string& out);
  bool convert(const SourceNode& value, const std::string& path, Range range, kernel::Date& out);
  bool convert(const SourceNode& value, const std::string& path, Range range,
               std::vector<double>& out);
  static EffectiveNode effective_value(int value);
  static EffectiveNode effective_value(std::uint64_t value);
  static EffectiveNode effective_value(double value);
  static EffectiveNode effective_value(const std::string& value);
  static EffectiveNode effective_value(kernel::Date value);
  static EffectiveNode effective_value(const std::vector<double>& values);

  void record(std::string_view key, EffectiveNode value);
  void report_missing(std::string_view key);
  bool ok_or_report(const std::string& problem, const SourcePlace& place, const std::string& path);
  void report_at(const SourcePlace& place, std::string message, std::string path);
  std::string path_to(std::string_view key) const;

  ScenarioReader* reader_ = nullptr;
  const SourceNode* source_ = nullptr;  // nullptr: absent
  std::string path_;
  EffectiveNode* effective_ = nullptr;
  MapRecord* record_ = nullptr;
};

// Owns what a read of one scenario collects: the problems, the maps visited and the
// effective tree.
class ScenarioReader {
 public:
  explicit ScenarioReader(const SourceNode& root) : root_(root) {}
  ScenarioReader(const ScenarioReader&) = delete;
  ScenarioReader& operator=(const ScenarioReader&) = delete;

  MapReader root();
  // Reports every key no reader asked for, then hands over all the problems found.
  std::vector<Diagnostic> finish();
  const EffectiveNode& effective() const { return effective_; }

 private:
  friend class MapReader;
  MapReader open(const SourceNode& map, std::string path, EffectiveNode& effective);
  std::string home_of(const std::string& key, const MapRecord& written_in) const;

  const SourceNode& root_;
  std::vector<Diagnostic> diagnostics_;
  std::deque<MapRecord> maps_;  // a deque, so readers can point into it
  EffectiveNode effective_;
};

template <class T>
T MapReader::required(std::string_view key, Range range) {
  const SourceNode* value = take(key);
  if (!value) {
    report_missing(key);
    return T{};
  }
  return read_value<T>(key, *value, range).value_or(T{});
}

template <class T>
T MapReader::or_default(std::string_view key, T fallback, Range range) {
  const SourceNode* value = take(key);
  if (!value) {
    record(key, effective_value(fallback));
    return fallback;
  }
  return read_value<T>(key, *value, range).value_or(fallback);
}

template <class T>
std::optional<T> MapReader::if_present(std::string_view key, Range range) {
  const SourceNode* value = take(key);
  if (!value) return std::nullopt;
  return read_value<T>(key, *value, range);
}

template <class T>
std::optional<T> MapReader::read_value(std::string_view key, const SourceNode& value, Range range) {
  T typed{};
  if (!convert(value, path_to(key), range, typed)) return std::nullopt;
  record(key, effective_value(typed));
  return typed;
}

}  // namespace caresim::scenario
