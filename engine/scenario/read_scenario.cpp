#include "scenario/read_sections.hpp"

namespace caresim::scenario {

Scenario read_scenario(MapReader root) {
  Scenario scenario;
  scenario.name = root.required<std::string>("name");
  scenario.description = root.or_default<std::string>("description", "");
  scenario.run = read_run(root.section("run"));
  scenario.children = read_children(root.section("children"));
  scenario.provision = read_provision(root.section("provision"));
  if (auto geography = root.optional_section("geography")) scenario.geography = read_geography(*geography);
  return scenario;
}

}  // namespace caresim::scenario
