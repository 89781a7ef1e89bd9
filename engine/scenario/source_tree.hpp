// A scenario file as read: our own tree of YAML nodes, each remembering where it was written.
// Only source_tree.cpp sees yaml-cpp; everything after works on this tree.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "scenario/scenario_error.hpp"

namespace caresim::scenario {

struct SourcePlace {
  std::string file;
  int line = 0;  // 1-based, as editors count
  int column = 0;
};

struct SourceEntry;

struct SourceNode {
  enum class Kind { null, scalar, map, sequence };
  Kind kind = Kind::null;
  SourcePlace place;
  std::string text;                  // scalar, as written (without quotes)
  std::vector<SourceEntry> entries;  // map, in file order
  std::vector<SourceNode> items;     // sequence

  SourceEntry* find(std::string_view key);
  const SourceEntry* find(std::string_view key) const;
  // Removes the entry and hands it over; nullopt when the key is not there.
  std::optional<SourceEntry> take(std::string_view key);
};

struct SourceEntry {
  std::string key;
  SourcePlace key_place;  // where unknown keys are reported
  SourceNode value;
};

// "'450'", "a map", "a list" or "nothing": how a node is quoted back in a message.
std::string describe(const SourceNode& node);

// Why the file at `path` cannot be read as a scenario ("no such file", "it is a folder",
// "Permission denied"); nullopt when it can.
std::optional<std::string> why_unreadable(const std::string& path);

// Reads one YAML file. A file that cannot be opened or parsed yields nullopt; every problem,
// including ones that still leave a usable tree (a key written twice), goes to `diagnostics`.
std::optional<SourceNode> load_source_file(const std::string& path,
                                           std::vector<Diagnostic>& diagnostics);

}  // namespace caresim::scenario
