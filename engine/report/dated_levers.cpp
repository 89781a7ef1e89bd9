#include "report/dated_levers.hpp"

#include <array>
#include <map>
#include <string_view>
#include <utility>
#include <vector>

#include "report/kpi_presentation.hpp"
#include "scenario/scalar_text.hpp"

namespace caresim::report {
namespace {

// What the providers' change does, from the parameters of scenario.yaml, each provider's
// chance of a place and cap against the provision's: "fewer IFA places found and the IFA cap
// lowered to 150".
std::string providers_change(const std::vector<scenario::ScenarioParameter>& parameters) {
  std::map<std::string, std::string> value;
  for (const auto& p : parameters) value[p.path] = p.value;
  const auto number = [&value](const std::string& path, double absent) {
    const auto found = value.find(path);
    return found == value.end() ? absent : scenario::parse_number(found->second).value;
  };
  struct Provider {
    std::string_view provision, change, places, cap;
  };
  static constexpr std::array<Provider, 3> kProviders{{
      {"provision.ifa", "provision.change.ifa", "IFA places", "the IFA cap"},
      {"provision.residential.external", "provision.change.residential.external", "external home places", ""},
      {"provision.supported", "provision.change.supported", "supported accommodation places", "the supported cap"},
  }};
  std::vector<std::string> changes;
  for (const Provider& provider : kProviders) {
    const std::string change(provider.change), provision(provider.provision);
    const double after = number(change + ".availability", -1), before = number(provision + ".availability", 1);
    if (after >= 0 && after != before)
      changes.push_back((after < before ? "fewer " : "more ") + std::string(provider.places) + " found");
    if (!value.contains(change + ".max_placements")) continue;
    const std::string& cap = value[change + ".max_placements"];
    if (!value.contains(provision + ".max_placements"))
      changes.push_back(std::string(provider.cap) + " set at " + cap);
    else if (const double was = number(provision + ".max_placements", 0), now = number(change + ".max_placements", 0);
             now != was)
      changes.push_back(std::string(provider.cap) + (now < was ? " lowered to " : " raised to ") + cap);
  }
  return changes.empty() ? "the providers' change" : joined(changes);
}

}  // namespace

std::string dated_levers(const RunFiles& run) {
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 7> kLevers{{
      {"carer_supply.campaign.start_date", "the campaign"},
      {"carer_supply.fee_uplift.start_date", "the fee uplift"},
      {"carer_supply.support.start_date", "the support team"},
      {"matching.step_down_start_date", "step-down"},
      {"matching.need_above_skill_start_date", "stretched carers"},
      {"matching.policy_start_date", "the matching policy"},
      {"workforce.social_workers.change.start_date", "the social workers' change"},
  }};
  std::map<std::string, std::vector<std::string>> by_date;  // ISO dates sort as dates; levers in order
  // The council's homes that open or close, each "provision.residential.in_house_homes[i]": its
  // beds (written before its dates) and the dates.
  std::map<std::string, std::string> beds_of_home;
  std::map<std::string, std::vector<std::string>> homes_by_date;
  for (const auto& p : run.parameters) {
    if (p.path.starts_with("provision.residential.in_house_homes[")) {
      const std::string home = p.path.substr(0, p.path.rfind('.'));
      if (p.path.ends_with(".beds")) beds_of_home[home] = p.value;
      for (const auto& [key, change] : {std::pair{".opening_date", " opening"}, std::pair{".closing_date", " closing"}})
        if (p.path.ends_with(key))
          homes_by_date[p.value].push_back("a council children's home of " + beds_of_home[home] +
                                           (beds_of_home[home] == "1" ? " bed" : " beds") + change);
    }
    for (const auto& [path, lever] : kLevers)
      if (p.path == path) by_date[p.value].emplace_back(lever);
    if (p.path == "provision.change.start_date") by_date[p.value].push_back(providers_change(run.parameters));
  }
  for (const auto& [date, homes] : homes_by_date)
    by_date[date].insert(by_date[date].begin(), homes.begin(), homes.end());
  std::string text;
  for (const auto& [date, levers] : by_date)
    text += (text.empty() ? "from " : "; from ") + date_in_words(date) + ": " + joined(levers);
  return text.empty() ? "" : " (" + text + ")";
}

}  // namespace caresim::report
