// The effective scenario as the reader saw it: every value used, defaults included, in the
// order read, to be written back as YAML that loads into the same structs.
#pragma once

#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace caresim::scenario {

struct EffectiveNode {
  enum class Kind { plain, text, map, sequence };
  explicit EffectiveNode(Kind kind_of_node = Kind::map, std::string text_of_scalar = {},
                         bool on_one_line = false)
      : kind(kind_of_node), text(std::move(text_of_scalar)), flow(on_one_line) {}

  Kind kind;
  std::string text;  // plain: a number or date as written back; text: the string itself
  bool flow;         // map or list written on one line: {a: 1, b: 2}
  // Held by pointer so a section stays put while entries are added after it.
  std::vector<std::pair<std::string, std::unique_ptr<EffectiveNode>>> entries;  // map
  std::vector<EffectiveNode> items;                                             // sequence

  EffectiveNode& add(std::string key, EffectiveNode value) {
    entries.emplace_back(std::move(key), std::make_unique<EffectiveNode>(std::move(value)));
    return *entries.back().second;
  }
};

// YAML text; strings that YAML would read as something else ("0", "true") are quoted.
std::string to_yaml(const EffectiveNode& root);

}  // namespace caresim::scenario
