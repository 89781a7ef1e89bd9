#include "report/dated_levers.hpp"

#include <array>
#include <cmath>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

#include "report/kpi_presentation.hpp"
#include "scenario/scalar_text.hpp"

namespace caresim::report {
namespace {

using Values = std::map<std::string, std::string>;  // every parameter of scenario.yaml, by key path

double number_at(const Values& value, const std::string& path) { return scenario::parse_number(value.at(path)).value; }

// A provider's cap written at `path`: none where nothing is written or a change lifted it.
std::optional<double> cap_at(const Values& value, const std::optional<std::string>& path) {
  if (!path || value.at(*path) == "none") return std::nullopt;
  return number_at(value, *path);
}

// A limit a change writes (`shown`, as written; `now`, its value), against what it was: "the IFA
// cap lowered to 150", or "set at" where there was none.
std::string limit_moved(std::string_view limit, std::optional<double> was, double now, const std::string& shown) {
  return std::string(limit) + (!was ? " set at " : now < *was ? " lowered to " : " raised to ") + shown;
}

// The key path of a setting as it stood before the last of `changes` (the key paths of a
// section's dated changes up to this one, in order: "...change" for one, "...change[0]",
// "...change[1]"... for a list): `in_change` under the latest earlier change that writes it, else
// `in_section`; none if neither is written.
std::optional<std::string> path_before(const Values& value, std::span<const std::string> changes,
                                       const std::string& in_change, const std::string& in_section) {
  for (std::size_t c = changes.size() - 1; c-- > 0;)
    if (const std::string path = changes[c] + in_change; value.contains(path)) return path;
  if (value.contains(in_section)) return in_section;
  return std::nullopt;
}

// What one of the providers' changes does, from the parameters of scenario.yaml (`value`, by
// key path): each provider's chance of a place and cap against what it was before, as the
// changes before this one left it or else as the provision says: "fewer IFA places found and the
// IFA cap lowered to 150". `changes`: the key paths of the changes up to this one, in order
// ("provision.change" for one, "provision.change[0]", "provision.change[1]"... for a list).
std::string providers_change(const Values& value, std::span<const std::string> changes) {
  struct Provider {
    std::string_view provision, change, places, cap;
  };
  static constexpr std::array<Provider, 3> kProviders{{
      {"provision.ifa", ".ifa", "IFA places", "the IFA cap"},
      {"provision.residential.external", ".residential.external", "external home places", ""},
      {"provision.supported", ".supported", "supported accommodation places", "the supported cap"},
  }};
  const auto before = [&](const Provider& provider, const std::string& setting) {
    return path_before(value, changes, std::string(provider.change) + setting, std::string(provider.provision) + setting);
  };
  std::vector<std::string> said;
  for (const Provider& provider : kProviders) {
    const std::string change = changes.back() + std::string(provider.change);
    if (value.contains(change + ".availability")) {
      const auto was_path = before(provider, ".availability");
      const double after = number_at(value, change + ".availability");
      const double was = was_path ? number_at(value, *was_path) : 1.0;
      if (after != was) said.push_back((after < was ? "fewer " : "more ") + std::string(provider.places) + " found");
    }
    if (!value.contains(change + ".max_placements")) continue;
    const std::optional<double> was = cap_at(value, before(provider, ".max_placements"));
    if (const std::optional<double> now = cap_at(value, change + ".max_placements"); !now)
      said.push_back(std::string(provider.cap) + " lifted");
    else if (!was || *now != *was)
      said.push_back(limit_moved(provider.cap, was, *now, value.at(change + ".max_placements")));
  }
  return said.empty() ? "the providers' change" : joined(said);
}

// The posts a section or change (at `prefix`) gives, by team: the county's ("") or each
// locality's; empty if it gives none.
std::map<std::string, double> posts_by_team(const Values& value, const std::string& prefix) {
  const std::string key = prefix + ".establishment_fte", by_locality = key + "_by_locality.";
  std::map<std::string, double> posts;
  for (auto p = value.lower_bound(key); p != value.end() && p->first.starts_with(key); ++p)
    if (p->first == key || p->first.starts_with(by_locality))
      posts[p->first == key ? "" : p->first.substr(by_locality.size())] = number_at(value, p->first);
  return posts;
}

// "8 more social work posts", or "1 fewer social work post".
std::string posts_more_or_fewer(double more, std::string_view team = "") {
  const double n = std::fabs(more);
  return scenario::format_number(n) + (more > 0 ? " more" : " fewer") + " social work post" + (n == 1 ? "" : "s") +
         (team.empty() ? "" : " in " + std::string(team));
}

// What a change of posts (`was` to `now`, by team) does: its total where every team moves the
// same way ("8 more social work posts"), else team by team ("2 more social work posts in exeter",
// "2 fewer social work posts in north").
std::vector<std::string> posts_moved(const std::map<std::string, double>& was, const std::map<std::string, double>& now) {
  std::map<std::string, double> more;
  for (const auto& [team, posts] : now) more[team] += posts;
  for (const auto& [team, posts] : was) more[team] -= posts;
  double total = 0;
  bool up = false, down = false;
  for (const auto& [team, n] : more) {
    total += n;
    up = up || n > 0;
    down = down || n < 0;
  }
  if (!(up && down)) return total == 0 ? std::vector<std::string>{} : std::vector{posts_more_or_fewer(total)};
  std::vector<std::string> said;
  for (const auto& [team, n] : more)
    if (n != 0) said.push_back(posts_more_or_fewer(n, team));
  return said;
}

// The settings under `prefix` (a distribution's), by what follows it.
std::map<std::string, std::string> settings_under(const Values& value, const std::string& prefix) {
  std::map<std::string, std::string> settings;
  for (auto p = value.lower_bound(prefix + "."); p != value.end() && p->first.starts_with(prefix + "."); ++p)
    settings[p->first.substr(prefix.size())] = p->second;
  return settings;
}

// What one of the social workers' changes does, as providers_change says the providers': "8
// more social work posts and the caseload cap lowered to 16".
std::string social_workers_change(const Values& value, std::span<const std::string> changes) {
  static const std::string kSection = "workforce.social_workers";
  const std::string& change = changes.back();
  std::vector<std::string> said;
  if (const auto now = posts_by_team(value, change); !now.empty()) {
    std::map<std::string, double> was;
    for (std::size_t c = changes.size() - 1; c-- > 0 && was.empty();) was = posts_by_team(value, changes[c]);
    if (was.empty()) was = posts_by_team(value, kSection);
    for (std::string& moved : posts_moved(was, now)) said.push_back(std::move(moved));
  }
  // A number the change writes, and what it was before (as the section or an earlier change wrote it).
  const auto now_of = [&](const std::string& key) {
    return value.contains(change + key) ? std::optional(number_at(value, change + key)) : std::nullopt;
  };
  const auto was_of = [&](const std::string& key, const std::string& in_section) {
    const auto path = path_before(value, changes, key, in_section);
    return path ? std::optional(number_at(value, *path)) : std::nullopt;
  };
  const auto more_or_fewer = [&](const std::string& key, const std::string& words) {
    const auto now = now_of(key), was = was_of(key, kSection + key);
    if (now && now != was) said.push_back(!was ? words : (*now < *was ? "fewer " : "more ") + words);
  };
  // A distribution the change writes, said where it differs from the one before.
  const auto another = [&](const std::string& key, const std::string& words) {
    if (!value.contains(change + key + ".distribution")) return;
    const auto before = path_before(value, changes, key + ".distribution", kSection + key + ".distribution");
    const std::string was = before ? before->substr(0, before->size() - std::string_view(".distribution").size()) : "";
    if (!before || settings_under(value, change + key) != settings_under(value, was)) said.push_back(words);
  };
  if (const auto now = now_of(".caseload_cap"), was = was_of(".caseload_cap", kSection + ".caseload_cap");
      now && now != was)
    said.push_back(limit_moved("the caseload cap", was, *now, value.at(change + ".caseload_cap")));
  more_or_fewer(".leaving_rate_per_year", "permanent workers leaving");
  another(".time_to_recruit", "another time to recruit");
  more_or_fewer(".agency_cover.probability", "vacancies covered by agency staff");
  another(".agency_cover.time_to_cover", "another time to cover a vacancy");
  more_or_fewer(".agency_cover.leaving_rate_per_year", "agency workers leaving");
  // Pay, said where it differs from an earlier change's (or, permanent, the cost line's).
  for (const auto& [setting, who, line] :
       {std::tuple{".social_worker_gbp_per_year", "permanent", "costs.staff.social_worker.gbp_per_year"},
        std::tuple{".agency_social_worker_gbp_per_year", "agency", ""}})
    if (const auto now = now_of(setting); now && now != was_of(setting, line))
      said.push_back(std::string(who) + " pay of " + format_value(*now, Quantity::money) + " a year");
  return said.empty() ? "the social workers' change" : joined(said);
}

// The key path of the dated change at `key` (one, or one of a list) whose start date is at
// `path`: `key` itself or "key[i]"; empty for any other path.
std::string dated_change_at(const std::string& path, std::string_view key) {
  static constexpr std::string_view kStart = ".start_date";
  if (!path.starts_with(key) || !path.ends_with(kStart)) return "";
  const std::string change = path.substr(0, path.size() - kStart.size());
  if (change.size() == key.size()) return change;
  const bool item =
      change[key.size()] == '[' && change.back() == ']' && change.find('.', key.size()) == std::string::npos;
  return item ? change : "";
}

}  // namespace

std::string dated_levers(const RunFiles& run) {
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 6> kLevers{{
      {"carer_supply.campaign.start_date", "the campaign"},
      {"carer_supply.fee_uplift.start_date", "the fee uplift"},
      {"carer_supply.support.start_date", "the support team"},
      {"matching.step_down_start_date", "step-down"},
      {"matching.need_above_skill_start_date", "stretched carers"},
      {"matching.policy_start_date", "the matching policy"},
  }};
  std::map<std::string, std::vector<std::string>> by_date;  // ISO dates sort as dates; levers in order
  // The council's homes that open or close, each "provision.residential.in_house_homes[i]": its
  // beds (written before its dates) and the dates.
  std::map<std::string, std::string> beds_of_home;
  std::map<std::string, std::vector<std::string>> homes_by_date;
  Values value;
  for (const auto& p : run.parameters) value[p.path] = p.value;
  std::vector<std::string> providers_changes, social_workers_changes;  // the key paths of those seen so far
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
    if (std::string change = dated_change_at(p.path, "workforce.social_workers.change"); !change.empty()) {
      social_workers_changes.push_back(std::move(change));
      by_date[p.value].push_back(social_workers_change(value, social_workers_changes));
    }
    if (std::string change = dated_change_at(p.path, "provision.change"); !change.empty()) {
      providers_changes.push_back(std::move(change));
      by_date[p.value].push_back(providers_change(value, providers_changes));
    }
  }
  for (const auto& [date, homes] : homes_by_date)
    by_date[date].insert(by_date[date].begin(), homes.begin(), homes.end());
  std::string text;
  for (const auto& [date, levers] : by_date)
    text += (text.empty() ? "from " : "; from ") + date_in_words(date) + ": " + joined(levers);
  return text.empty() ? "" : " (" + text + ")";
}

}  // namespace caresim::report
