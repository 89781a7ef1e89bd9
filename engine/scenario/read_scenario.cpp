#include <string>

#include "scenario/read_sections.hpp"

namespace caresim::scenario {

Scenario read_scenario(MapReader root) {
  root.known_elsewhere("extends");  // merge_extends.cpp
  root.known_elsewhere("sweep");    // load_runs.cpp
  Scenario scenario;
  scenario.name = root.required<std::string>("name");
  scenario.description = root.or_default<std::string>("description", "");
  // Names head tables, charts and folders, and a description heads the report: each must fit
  // a workbook's cell (32,767 characters) and a name, a file name too.
  constexpr std::size_t kLongestName = 200, kLongestDescription = 20'000;
  if (scenario.name.size() > kLongestName)
    root.report("name", "must be at most " + std::to_string(kLongestName) + " characters, got " +
                            std::to_string(scenario.name.size()));
  if (scenario.description.size() > kLongestDescription)
    root.report("description", "must be at most " + std::to_string(kLongestDescription) + " characters, got " +
                                   std::to_string(scenario.description.size()));
  MapReader run = root.section("run");
  scenario.run = read_run(run);
  MapReader children = root.section("children");
  scenario.children = read_children(children, scenario.run);
  if (auto leaving = root.optional_section("leaving_care")) scenario.leaving_care = read_leaving_care(*leaving);
  // Exactly one of the two says how long children stay.
  if (scenario.leaving_care && scenario.children.stay) {
    const std::string problem = "give children.stay or a leaving_care section, not both";
    // An option that writes one over a base that wrote the other is told, where it wrote its
    // own, how to drop the base's.
    if ((root.inherits("children") || children.inherits("stay")) && !root.inherits("leaving_care"))
      root.report("leaving_care", problem + children.removal_note("stay"));
    else
      children.report("stay", problem + root.inherited_note("leaving_care"));
  }
  if (!scenario.leaving_care && !scenario.children.stay && children.present())
    children.report("stay", "missing required key 'stay' (or give a leaving_care section)");
  if (auto geography = root.optional_section("geography")) scenario.geography = read_geography(*geography);
  Localities localities;
  if (scenario.geography) {
    localities.named = true;
    for (const LocalitySpec& locality : scenario.geography->localities) localities.names.push_back(locality.name);
  }
  // Levers (a home opening or closing, a campaign, a support team, step-down) are checked against the
  // horizon and the costs.
  const LeverChecks levers{run.values_good() ? &scenario.run : nullptr, root.is_map("costs")};
  scenario.provision = read_provision(root.section("provision"), localities, levers);
  if (auto matching = root.optional_section("matching")) scenario.matching = read_matching(*matching, levers);
  if (auto breakdowns = root.optional_section("breakdowns")) scenario.breakdowns = read_breakdowns(*breakdowns);
  if (auto supply = root.optional_section("carer_supply"))
    scenario.carer_supply = read_carer_supply(*supply, scenario.provision, localities, scenario.run, levers);
  if (auto workforce = root.optional_section("workforce"))
    scenario.workforce = read_workforce(*workforce, localities, levers);
  if (auto costs = root.optional_section("costs")) scenario.costs = read_costs(*costs, scenario);
  return scenario;
}

}  // namespace caresim::scenario
