// The workforce section as plain structs: social workers in teams (posts, caseloads, turnover,
// vacancies, agency cover, sickness), personal advisers for care leavers, and the effects the
// workforce has on children. Each part is off unless the scenario writes it.
#pragma once

#include <array>
#include <optional>
#include <string_view>
#include <vector>

#include "kernel/calendar.hpp"
#include "scenario/distribution_spec.hpp"
#include "scenario/vocabulary.hpp"

namespace caresim::scenario {

// How a team chooses the worker for a new case among those below the caseload cap.
enum class AllocationPolicy : std::uint8_t {
  lowest_caseload,  // the worker with the fewest cases
  fill_to_target    // the fullest worker still below target; when none, the one with the fewest cases
};
inline constexpr std::array<std::string_view, 2> kAllocationPolicyNames = {"lowest_caseload", "fill_to_target"};

// A worker's leaving rate is multiplied by a factor that depends on the cases held above the
// target: straight lines between the points, flat beyond the first and the last.
struct CaseloadPressureSpec {
  std::vector<double> cases_above_target;   // strictly increasing, each >= 0
  std::vector<double> leaving_rate_factor;  // one per point, each >= 0
};

// Agency staff cover a vacancy (a post with no permanent worker) until it is filled.
struct AgencyCoverSpec {
  double probability = 0;            // that a vacancy is covered at all (drawn per vacancy and per agency leaver)
  DistributionSpec time_to_cover;    // days from the vacancy to the agency worker starting
  double leaving_rate_per_year = 0;  // agency workers' own hazard of leaving
};

// Sickness absence: spells start at a constant rate while a worker is at work, last the drawn
// time, and meanwhile the worker keeps the cases but takes no new one.
struct SicknessSpec {
  double spells_per_year = 0;
  DistributionSpec length;  // days
};

// A child's case moves once from the worker who took it at entry (a front-door or assessment
// worker) to another worker of the team, with this chance, after the drawn time.
struct CaseTransferSpec {
  double probability = 0;
  DistributionSpec after;  // days from entry
};

// The social workers' settings from a date on (`change`, one or a list): what the change writes,
// and for what it does not, the settings before it (the section's own, for the first). Posts
// added open vacant; posts cut close as they come free (vacancies first, then the posts of
// permanent workers who leave).
struct SocialWorkersChange {
  kernel::Date start_date;
  std::vector<int> establishment_by_team;  // by team
  int caseload_cap = 0;
  double leaving_rate_per_year = 0;
  DistributionSpec time_to_recruit;
  std::optional<AgencyCoverSpec> agency_cover;
  // A permanent worker's cost a year from the date (at the costs' price base), where the
  // change comes with a pay offer; absent: as before it (costs.staff.social_worker's, unless
  // an earlier change set one).
  std::optional<double> social_worker_gbp_per_year;
  // An agency worker's, where the change comes with a new agency rate (a price cap, say);
  // absent: as before it.
  std::optional<double> agency_social_worker_gbp_per_year;
};

struct SocialWorkersSpec {
  // Posts of one full-time worker each, by team: one county-wide team, or one team per
  // locality of the geography section, in its order.
  std::vector<int> establishment_by_team;
  bool teams_by_locality = false;
  int caseload_target = 0;
  int caseload_cap = 0;  // never exceeded: a child waits unallocated instead
  AllocationPolicy allocation = AllocationPolicy::lowest_caseload;
  double leaving_rate_per_year = 0;  // permanent workers
  std::optional<CaseloadPressureSpec> caseload_pressure;  // absent: factor 1
  DistributionSpec time_to_recruit;                       // days from a vacancy to a permanent starter
  std::optional<AgencyCoverSpec> agency_cover;            // absent: vacancies stay uncovered
  std::optional<SicknessSpec> sickness;
  std::optional<CaseTransferSpec> transfer_after_entry;
  // Besides leavers and transfers, a case moves to another worker of the team at this rate
  // (internal moves, team changes, caseload balancing).
  double case_moves_per_year = 0;
  std::vector<SocialWorkersChange> changes;  // by date; none: these settings hold for the whole run
};

// The settings a change leaves in force: those it sets, over `settings`' (the others cannot
// change by a date).
inline void apply(const SocialWorkersChange& change, SocialWorkersSpec& settings) {
  settings.establishment_by_team = change.establishment_by_team;
  settings.caseload_cap = change.caseload_cap;
  settings.leaving_rate_per_year = change.leaving_rate_per_year;
  settings.time_to_recruit = change.time_to_recruit;
  settings.agency_cover = change.agency_cover;
}

// Personal advisers (PAs): young people in care get one from a policy age, care leavers keep
// theirs to 21, or to 25 if they ask.
struct PersonalAdvisersSpec {
  int advisers = 0;
  int caseload_cap = 0;
  double from_age_years = 16;
  double support_to_25_probability = 0;
};

struct ChildEffectsSpec {
  // After each change of social worker the child's breakdown hazard is multiplied by
  // `breakdown_hazard_factor` for `for_days`.
  struct AfterChange {
    double breakdown_hazard_factor = 1;
    double for_days = 0;
  };
  // A child allocated to a worker above target has the planned end of care put back by
  // `days_per_case_above_target` per case above target; a child who waited unallocated, by
  // `unallocated_days_share` of the days waited. Only exits by the listed routes move.
  struct ExitDelay {
    double days_per_case_above_target = 0;
    double unallocated_days_share = 0;
    std::array<bool, kLeavingRouteCount> routes{};
  };
  std::optional<AfterChange> social_worker_change;
  std::optional<ExitDelay> planned_exit_delay;
};

struct WorkforceSpec {
  std::optional<SocialWorkersSpec> social_workers;
  std::optional<PersonalAdvisersSpec> personal_advisers;
  std::optional<ChildEffectsSpec> effects_on_children;  // needs social_workers
};

}  // namespace caresim::scenario
