#include "scenario/key_path.hpp"

#include <charconv>
#include <optional>
#include <vector>

#include "scenario/did_you_mean.hpp"
#include "scenario/scalar_text.hpp"

namespace caresim::scenario {

std::string key_path_child(std::string_view path, std::string_view key) {
  std::string child(path);
  if (!child.empty()) child += '.';
  return child.append(key);
}

std::string key_path_item(std::string_view path, std::size_t index) {
  // Appended piece by piece: GCC 12 warns falsely (-Wrestrict) on "[" + std::string.
  std::string item(path);
  item += '[';
  item += std::to_string(index);
  item += ']';
  return item;
}
namespace {

// One step of a path: a key, then the list items it goes into ("homes[0]").
struct Step {
  std::string key;
  std::vector<std::size_t> items;
};

std::optional<std::vector<Step>> parse(std::string_view path) {
  std::vector<Step> steps;
  std::size_t start = 0;
  for (;;) {
    const std::size_t dot = path.find('.', start);
    std::string_view part = path.substr(start, dot == std::string_view::npos ? path.npos : dot - start);
    Step step;
    const std::size_t bracket = part.find('[');
    step.key = std::string(part.substr(0, bracket));
    if (step.key.empty()) return std::nullopt;
    for (std::size_t at = bracket; at != std::string_view::npos; at = part.find('[', at)) {
      const std::size_t close = part.find(']', at);
      if (close == std::string_view::npos) return std::nullopt;
      std::size_t index = 0;
      const auto [end, error] = std::from_chars(part.data() + at + 1, part.data() + close, index);
      if (error != std::errc{} || end != part.data() + close) return std::nullopt;
      step.items.push_back(index);
      at = close + 1;
      if (at < part.size() && part[at] != '[') return std::nullopt;
    }
    steps.push_back(std::move(step));
    if (dot == std::string_view::npos) return steps;
    start = dot + 1;
  }
}

std::string keys_of(const SourceNode& map, std::string_view written) {
  std::vector<std::string_view> known;
  for (const SourceEntry& entry : map.entries) known.push_back(entry.key);
  return did_you_mean(written, known);
}

}  // namespace

const SourceNode* find_at_key_path(const SourceNode& tree, std::string_view path) {
  const auto steps = parse(path);
  if (!steps) return nullptr;
  const SourceNode* node = &tree;
  for (const Step& step : *steps) {
    const SourceEntry* entry = node->kind == SourceNode::Kind::map ? node->find(step.key) : nullptr;
    if (!entry) return nullptr;
    node = &entry->value;
    for (const std::size_t item : step.items) {
      if (node->kind != SourceNode::Kind::sequence || item >= node->items.size()) return nullptr;
      node = &node->items[item];
    }
  }
  return node;
}

std::string set_at_key_path(SourceNode& tree, std::string_view path, SourceNode value, const SourcePlace& key_place) {
  const auto steps = parse(path);
  if (!steps) return "must be a key path such as provision.in_house_foster.households, got '" + std::string(path) + "'";
  SourceNode* node = &tree;
  std::string walked;  // the path so far, for messages
  for (std::size_t s = 0; s < steps->size(); ++s) {
    const Step& step = (*steps)[s];
    if (node->kind != SourceNode::Kind::map) return walked + " is not a section of keys, so it has no '" + step.key + "'";
    SourceEntry* entry = node->find(step.key);
    if (!entry) {
      const std::string where = walked.empty() ? "the scenario" : walked;
      if (s + 1 == steps->size() && step.items.empty()) {
        node->entries.push_back({step.key, key_place, std::move(value)});
        return "";
      }
      return where + " has no key '" + step.key + "'" + keys_of(*node, step.key);
    }
    walked = key_path_child(walked, step.key);
    node = &entry->value;
    for (const std::size_t item : step.items) {
      if (node->kind != SourceNode::Kind::sequence) return walked + " is not a list";
      if (item >= node->items.size())
        return walked + " has " + std::to_string(node->items.size()) + " items, so no [" + std::to_string(item) + "]";
      walked = key_path_item(walked, item);
      node = &node->items[item];
    }
  }
  if (node->kind == SourceNode::Kind::map || node->kind == SourceNode::Kind::sequence)
    return walked + " holds " + describe(*node) + ", not a single value";
  // Sweeps give numbers: a written value that is none (a distribution's name, a date) takes none.
  if (node->kind == SourceNode::Kind::scalar && !parse_number(node->text).problem.empty())
    return walked + " holds '" + node->text + "', not a number: only numbers can be swept";
  *node = std::move(value);
  return "";
}

}  // namespace caresim::scenario
