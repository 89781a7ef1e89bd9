// Scenarios built in code for tests that need no YAML: the minimal scenario of INTERFACE.md,
// changed field by field by each test.
#pragma once

#include "scenario/scenario.hpp"

namespace caresim::testing {

inline scenario::DistributionSpec exponential_days(double mean) {
  scenario::DistributionSpec d;
  d.kind = scenario::DistributionSpec::Kind::exponential;
  d.mean = mean;
  return d;
}

inline scenario::DistributionSpec lognormal_days(double median, double sigma) {
  scenario::DistributionSpec d;
  d.kind = scenario::DistributionSpec::Kind::lognormal;
  d.median = median;
  d.sigma = sigma;
  return d;
}

inline scenario::DistributionSpec fixed_days(double days) {
  scenario::DistributionSpec d;
  d.kind = scenario::DistributionSpec::Kind::fixed;
  d.value = days;
  return d;
}

// One county-wide team of `posts` permanent workers with no pressure, agency, sickness or
// transfers; vacancies are filled after an exponential time.
inline scenario::SocialWorkersSpec county_team(int posts, int target, int cap, double leaving_rate_per_year) {
  scenario::SocialWorkersSpec spec;
  spec.establishment_by_team = {posts};
  spec.caseload_target = target;
  spec.caseload_cap = cap;
  spec.leaving_rate_per_year = leaving_rate_per_year;
  spec.time_to_recruit = exponential_days(120);
  return spec;
}

inline scenario::WorkforceSpec with_social_workers(const scenario::SocialWorkersSpec& workers) {
  scenario::WorkforceSpec spec;
  spec.social_workers = workers;
  return spec;
}

inline scenario::InHouseFosterSpec in_house_households(int households, int places_per_household) {
  scenario::InHouseFosterSpec spec;
  spec.households = households;
  spec.places_shares.assign(static_cast<std::size_t>(places_per_household), 0.0);
  spec.places_shares.back() = 1.0;
  return spec;
}

inline scenario::IfaSpec ifa_with_cap(int max_placements) {
  scenario::IfaSpec spec;
  spec.max_placements = max_placements;
  return spec;
}

// A leaving route taken by babies with the given chance, after an exponential time.
inline scenario::LeavingRouteSpec leaving_route(double chance_for_babies, double mean_days) {
  scenario::LeavingRouteSpec spec;
  spec.chance_by_age[0] = chance_for_babies;
  spec.after = exponential_days(mean_days);
  return spec;
}

inline scenario::Scenario minimal_scenario() {
  scenario::Scenario s;
  s.name = "minimal";
  s.run.start_date = kernel::Date::from_ymd(2025, 4, 1);
  s.run.years = 10;
  s.run.warmup_years = 5;
  s.run.replications = 20;
  s.run.seed = 1;
  s.children.entries_per_year = 450;
  s.children.age_at_entry = {1.0, 0, 0, 0, 0};
  s.children.stay = exponential_days(365);
  s.provision.in_house_foster = in_house_households(400, 1);
  s.provision.ifa = scenario::IfaSpec{};
  return s;
}

}  // namespace caresim::testing
