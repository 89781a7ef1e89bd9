#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <array>
#include <string_view>

#include "scenario/effective_tree.hpp"
#include "scenario/scalar_text.hpp"

namespace caresim::scenario {
namespace {

// Plain text that a YAML reader would take for a number, boolean or null. Age band "0"
// is the case that matters: unquoted, other tools read it as the integer 0.
bool reads_as_other_than_text(std::string_view text) {
  static constexpr std::array<std::string_view, 16> kSpecialWords = {
      "~",     "null",  "Null", "NULL", "true", "True", "TRUE", "false",
      "False", "FALSE", "yes",  "no",   "on",   "off",  "y",    "n"};
  return text.empty() || parse_number(text).problem.empty() ||
         std::find(kSpecialWords.begin(), kSpecialWords.end(), text) != kSpecialWords.end();
}

void emit_text(YAML::Emitter& out, const std::string& text) {
  if (reads_as_other_than_text(text)) out << YAML::DoubleQuoted;
  out << text;
}

void emit(YAML::Emitter& out, const EffectiveNode& node) {
  switch (node.kind) {
    case EffectiveNode::Kind::plain: out << node.text; break;
    case EffectiveNode::Kind::text: emit_text(out, node.text); break;
    case EffectiveNode::Kind::map:
      // An empty section is written `ifa: {}`, which block style cannot express.
      if (node.flow || node.entries.empty()) out << YAML::Flow;
      out << YAML::BeginMap;
      for (const auto& [key, value] : node.entries) {
        out << YAML::Key;
        emit_text(out, key);
        out << YAML::Value;
        emit(out, *value);
      }
      out << YAML::EndMap;
      break;
    case EffectiveNode::Kind::sequence:
      if (node.flow) out << YAML::Flow;
      out << YAML::BeginSeq;
      for (const EffectiveNode& item : node.items) emit(out, item);
      out << YAML::EndSeq;
      break;
  }
}

}  // namespace

std::string to_yaml(const EffectiveNode& root) {
  YAML::Emitter out;
  emit(out, root);
  return std::string(out.c_str()) + "\n";
}

}  // namespace caresim::scenario
