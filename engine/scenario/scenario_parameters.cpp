#include "scenario/scenario_parameters.hpp"

#include <yaml-cpp/yaml.h>

#include "scenario/key_path.hpp"
#include "scenario/scalar_text.hpp"
#include "scenario/scenario_error.hpp"

namespace caresim::scenario {
namespace {

bool is_plain_number(const YAML::Node& scalar) {
  // A quoted scalar ("0") is text even when it looks like a number; yaml-cpp tags it "!".
  return scalar.Tag() != "!" && parse_number(scalar.Scalar()).problem.empty();
}

bool all_scalars(const YAML::Node& sequence) {
  for (const YAML::Node& item : sequence)
    if (!item.IsScalar()) return false;
  return true;
}

void flatten(const YAML::Node& node, const std::string& path, std::vector<ScenarioParameter>& out) {
  switch (node.Type()) {
    case YAML::NodeType::Scalar: out.push_back({path, node.Scalar(), is_plain_number(node)}); break;
    case YAML::NodeType::Map:
      if (node.size() == 0) out.push_back({path, "{}", false});
      for (auto it = node.begin(); it != node.end(); ++it)
        flatten(it->second, key_path_child(path, it->first.Scalar()), out);
      break;
    case YAML::NodeType::Sequence:
      if (all_scalars(node)) {
        std::string items;
        for (const YAML::Node& item : node) items += (items.empty() ? "" : ", ") + item.Scalar();
        out.push_back({path, '[' + items + ']', false});
        break;
      }
      for (std::size_t i = 0; i < node.size(); ++i) flatten(node[i], key_path_item(path, i), out);
      break;
    case YAML::NodeType::Null:
    case YAML::NodeType::Undefined: out.push_back({path, "~", false}); break;
  }
}

}  // namespace

std::vector<ScenarioParameter> scenario_parameters(const std::string& yaml_text, const std::string& file_name) {
  YAML::Node document;
  try {
    document = YAML::Load(yaml_text);
  } catch (const YAML::Exception& e) {
    throw ScenarioError({{file_name, e.mark.line + 1, e.mark.column + 1, e.msg, ""}});
  }
  std::vector<ScenarioParameter> parameters;
  flatten(document, "", parameters);
  return parameters;
}

}  // namespace caresim::scenario
