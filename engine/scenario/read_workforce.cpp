#include "scenario/read_sections.hpp"
#include "scenario/scalar_text.hpp"

namespace caresim::scenario {
namespace {

// Either one county-wide team (`establishment_fte`) or one team per locality
// (`establishment_fte_by_locality`, every locality of the geography named). Returns whether
// every number of posts was read right.
bool read_establishment(MapReader& workers, const Localities& localities, SocialWorkersSpec& spec) {
  const int problems = workers.problems_so_far();
  if (!workers.writes("establishment_fte_by_locality")) {
    spec.establishment_by_team = {workers.required<int>("establishment_fte", kStaff)};
    return workers.problems_so_far() == problems;
  }
  if (workers.if_present<int>("establishment_fte", kStaff))
    workers.report_both_written("establishment_fte", "establishment_fte_by_locality",
                                "give establishment_fte or establishment_fte_by_locality, not both");
  MapReader teams = workers.section("establishment_fte_by_locality", Layout::flow);
  if (!localities.named) {
    workers.report("establishment_fte_by_locality", "teams by locality need a geography section");
    teams.ignore_unread_keys();
    return false;
  }
  teams.name_keys("locality");
  spec.teams_by_locality = true;
  for (const std::string_view locality : localities.names)
    spec.establishment_by_team.push_back(teams.required<int>(locality, kStaff));
  return teams.values_good() && workers.problems_so_far() == problems;
}

CaseloadPressureSpec read_caseload_pressure(MapReader pressure) {
  CaseloadPressureSpec spec;
  spec.cases_above_target = pressure.required<std::vector<double>>("cases_above_target", at_least(0));
  spec.leaving_rate_factor = pressure.required<std::vector<double>>("leaving_rate_factor", kHazardFactor);
  if (!pressure.values_good()) return spec;
  const auto& cases = spec.cases_above_target;
  if (cases.empty()) pressure.report("cases_above_target", "must have at least 1 entry");
  for (std::size_t i = 1; i < cases.size(); ++i)
    if (cases[i] <= cases[i - 1])
      pressure.report_item("cases_above_target", i,
                           "must be increasing, got " + format_number(cases[i]) + " after " + format_number(cases[i - 1]));
  if (spec.leaving_rate_factor.size() != cases.size())
    pressure.report("leaving_rate_factor", "must have as many entries as cases_above_target (" +
                                               std::to_string(cases.size()) + "), got " +
                                               std::to_string(spec.leaving_rate_factor.size()));
  return spec;
}

AgencyCoverSpec read_agency_cover(MapReader agency) {
  AgencyCoverSpec spec;
  spec.probability = agency.required<double>("probability", share());
  spec.time_to_cover = read_duration(agency.section("time_to_cover", Layout::flow));
  spec.leaving_rate_per_year = agency.required<double>("leaving_rate_per_year", kTimesAYear);
  return spec;
}

void check_cap_above_target(MapReader& workers, int cap, int target) {
  if (cap < target)
    workers.report("caseload_cap", "must be at least caseload_target (" + std::to_string(target) + "), got " +
                                       std::to_string(cap));
}

// A change's posts: the section's, unless it writes its own, which keep the section's teams
// and take no post away (posts cut would need their workers and cases moved).
void read_changed_establishment(MapReader& change, const Localities& localities, const SocialWorkersSpec& before,
                                SocialWorkersChange& spec) {
  spec.establishment_by_team = before.establishment_by_team;
  if (!change.writes("establishment_fte") && !change.writes("establishment_fte_by_locality")) {
    change.known_elsewhere("establishment_fte");  // so that a misspelling of either is suggested
    change.known_elsewhere("establishment_fte_by_locality");
    return;
  }
  SocialWorkersSpec after;
  if (!read_establishment(change, localities, after)) return;
  const std::string_view key = after.teams_by_locality ? "establishment_fte_by_locality" : "establishment_fte";
  if (after.teams_by_locality != before.teams_by_locality)
    return change.report(key, before.teams_by_locality
                                  ? "the section's teams are by locality: give establishment_fte_by_locality"
                                  : "the section has one county-wide team: give establishment_fte");
  spec.establishment_by_team = std::move(after.establishment_by_team);
}

// A change's agency cover: each key as the section's where it has cover, else all required.
AgencyCoverSpec read_changed_agency_cover(MapReader agency, const std::optional<AgencyCoverSpec>& before) {
  if (!before) return read_agency_cover(agency);
  AgencyCoverSpec spec = *before;
  spec.probability = agency.if_present<double>("probability", share()).value_or(before->probability);
  if (auto time = agency.optional_section("time_to_cover", Layout::flow)) spec.time_to_cover = read_duration(*time);
  spec.leaving_rate_per_year =
      agency.if_present<double>("leaving_rate_per_year", kTimesAYear).value_or(before->leaving_rate_per_year);
  return spec;
}

// The settings from `start_date` on: those the change writes, and for the rest those before it.
SocialWorkersChange read_change(MapReader change, const Localities& localities, const SocialWorkersSpec& before,
                                const LeverChecks& levers) {
  SocialWorkersChange spec;
  spec.start_date = required_lever_start(change, "start_date", levers);
  if (change.keys().size() == (change.writes("start_date") ? 1 : 0))
    change.report("must change something from start_date: the posts (establishment_fte or "
                  "establishment_fte_by_locality), caseload_cap, leaving_rate_per_year, time_to_recruit, "
                  "agency_cover, social_worker_gbp_per_year or agency_social_worker_gbp_per_year");
  for (const std::string_view fixed : {"caseload_target", "allocation", "caseload_pressure", "sickness",
                                       "transfer_after_entry", "case_moves_per_year"})
    change.report_if_written(fixed, "cannot change by a date: it holds for the whole run, as the section says");
  read_changed_establishment(change, localities, before, spec);
  // if_present, not or_default: the effective scenario then shows what the change writes only.
  const auto cap = change.if_present<int>("caseload_cap", kCaseloadCap);
  if (cap) check_cap_above_target(change, *cap, before.caseload_target);
  spec.caseload_cap = cap.value_or(before.caseload_cap);
  spec.leaving_rate_per_year =
      change.if_present<double>("leaving_rate_per_year", kTimesAYear).value_or(before.leaving_rate_per_year);
  spec.time_to_recruit = before.time_to_recruit;
  if (auto time = change.optional_section("time_to_recruit", Layout::flow)) spec.time_to_recruit = read_duration(*time);
  spec.agency_cover = before.agency_cover;
  if (auto agency = change.optional_section("agency_cover"))
    spec.agency_cover = read_changed_agency_cover(*agency, before.agency_cover);
  spec.social_worker_gbp_per_year = change.if_present<double>("social_worker_gbp_per_year", kPounds);
  spec.agency_social_worker_gbp_per_year = change.if_present<double>("agency_social_worker_gbp_per_year", kPounds);
  if (spec.agency_social_worker_gbp_per_year && !spec.agency_cover)
    change.report("agency_social_worker_gbp_per_year",
                  "there are no agency workers to pay: neither the section nor the change has agency_cover");
  return spec;
}

SocialWorkersSpec read_social_workers(MapReader workers, const Localities& localities, const LeverChecks& levers) {
  SocialWorkersSpec spec;
  read_establishment(workers, localities, spec);
  // The cap first: a misspelt "max_caseload" then suggests caseload_cap, its likely meaning.
  spec.caseload_cap = workers.required<int>("caseload_cap", kCaseloadCap);
  spec.caseload_target = workers.required<int>("caseload_target", at_least(0));
  if (workers.values_good()) check_cap_above_target(workers, spec.caseload_cap, spec.caseload_target);
  spec.allocation = static_cast<AllocationPolicy>(
      workers.required_choice("allocation", kAllocationPolicyNames, "allocation policy").value_or(0));
  spec.leaving_rate_per_year = workers.required<double>("leaving_rate_per_year", kTimesAYear);
  if (auto pressure = workers.optional_section("caseload_pressure", Layout::flow))
    spec.caseload_pressure = read_caseload_pressure(*pressure);
  spec.time_to_recruit = read_duration(workers.section("time_to_recruit", Layout::flow));
  if (auto agency = workers.optional_section("agency_cover")) spec.agency_cover = read_agency_cover(*agency);
  if (auto sickness = workers.optional_section("sickness", Layout::flow)) {
    SicknessSpec s;
    s.spells_per_year = sickness->required<double>("spells_per_year", kTimesAYear);
    s.length = read_duration(sickness->section("length", Layout::flow));
    spec.sickness = s;
  }
  if (auto transfer = workers.optional_section("transfer_after_entry", Layout::flow)) {
    CaseTransferSpec t;
    t.probability = transfer->required<double>("probability", share());
    t.after = read_duration(transfer->section("after", Layout::flow));
    spec.transfer_after_entry = t;
  }
  spec.case_moves_per_year = workers.or_default<double>("case_moves_per_year", 0.0, kTimesAYear);
  // Each change writes what is new over the settings the one before left.
  spec.changes = read_dated_changes<SocialWorkersChange>(
      workers, "change", [&](MapReader change, const SocialWorkersChange* before) {
        SocialWorkersSpec settings = spec;
        if (before) apply(*before, settings);
        return read_change(change, localities, settings, levers);
      });
  return spec;
}

PersonalAdvisersSpec read_personal_advisers(MapReader advisers) {
  PersonalAdvisersSpec spec;
  spec.advisers = advisers.required<int>("advisers", kStaff);
  spec.caseload_cap = advisers.required<int>("caseload_cap", kCaseloadCap);
  spec.from_age_years = advisers.required<double>("from_age_years", Range{0, false, 18});
  spec.support_to_25_probability = advisers.or_default<double>("support_to_25_probability", 0.0, share());
  return spec;
}

ChildEffectsSpec read_effects(MapReader effects) {
  ChildEffectsSpec spec;
  if (auto change = effects.optional_section("social_worker_change", Layout::flow)) {
    ChildEffectsSpec::AfterChange c;
    c.breakdown_hazard_factor = change->required<double>("breakdown_hazard_factor", kHazardFactor);
    c.for_days = change->required<double>("for_days", at_least(0));
    spec.social_worker_change = c;
  }
  if (auto delay = effects.optional_section("planned_exit_delay", Layout::flow)) {
    ChildEffectsSpec::ExitDelay d;
    d.days_per_case_above_target = delay->or_default<double>("days_per_case_above_target", 0.0, at_least(0));
    d.unallocated_days_share = delay->or_default<double>("unallocated_days_share", 0.0, at_least(0));
    const auto routes = delay->choices("routes", kLeavingRouteNames, "leaving route");
    if (!routes) delay->report("routes", "missing required key 'routes'");
    for (const std::size_t route : routes.value_or(std::vector<std::size_t>{})) d.routes[route] = true;
    spec.planned_exit_delay = d;
  }
  if (effects.keys().empty()) effects.report("must have social_worker_change, planned_exit_delay or both");
  return spec;
}

}  // namespace

WorkforceSpec read_workforce(MapReader workforce, const Localities& localities, const LeverChecks& levers) {
  WorkforceSpec spec;
  if (auto workers = workforce.optional_section("social_workers"))
    spec.social_workers = read_social_workers(*workers, localities, levers);
  if (auto advisers = workforce.optional_section("personal_advisers"))
    spec.personal_advisers = read_personal_advisers(*advisers);
  if (auto effects = workforce.optional_section("effects_on_children")) {
    spec.effects_on_children = read_effects(*effects);
    if (!spec.social_workers) workforce.report("effects_on_children", "effects on children need a social_workers section");
  }
  if (workforce.keys().empty()) workforce.report("must have social_workers, personal_advisers or both");
  return spec;
}

}  // namespace caresim::scenario
