#include "metrics/children_on_31_march.hpp"

#include <algorithm>
#include <numeric>
#include <unordered_map>

namespace caresim::metrics {
namespace {

constexpr int kStabilityUnderAge = 16;
constexpr double kStabilityInCareYears = 2.5;
constexpr double kStabilitySamePlacementYears = 2;

double mean_or_na(const std::vector<double>& values) {
  return values.empty() ? kNotApplicable
                        : std::accumulate(values.begin(), values.end(), 0.0) / static_cast<double>(values.size());
}

}  // namespace

void ChildrenOn31March::on(const model::YearEnded& e) {
  if (!window_.contains(e.time)) return;
  long_term_stability(e);
  siblings_apart();
}

void ChildrenOn31March::long_term_stability(const model::YearEnded& e) {
  const auto in_care_long = kernel::days_to_ticks(kStabilityInCareYears * kernel::kDaysPerYear);
  const auto same_placement_long = kernel::days_to_ticks(kStabilitySamePlacementYears * kernel::kDaysPerYear);
  // Under 16 on the day: born after the latest birth date of a 16-year-old.
  const kernel::Date born_16 = kernel::latest_birth_date(e.date, kStabilityUnderAge);
  long eligible = 0, stable = 0;
  for (const ChildrenInCare::Child& c : children_) {
    if (!c.in_care || c.date_of_birth <= born_16) continue;
    if (e.time - c.entered < in_care_long) continue;
    ++eligible;
    if (c.placed && e.time - c.placed_since >= same_placement_long) ++stable;
  }
  if (eligible > 0) stable_shares_.push_back(static_cast<double>(stable) / static_cast<double>(eligible));
}

// A group is together when every sibling in care is placed in one unit.
void ChildrenOn31March::siblings_apart() {
  struct Group {
    long in_care = 0;
    model::ChildId unit = model::kNoChild;
    bool together = true;
  };
  std::unordered_map<std::uint32_t, Group> groups;
  for (const ChildrenInCare::Child& c : children_) {
    if (!c.in_care || c.sibling_group == 0) continue;
    Group& g = groups[c.sibling_group];
    if (g.in_care++ == 0) g.unit = c.placed ? c.unit : model::kNoChild;
    if (!c.placed || c.unit != g.unit) g.together = false;
  }
  long with_siblings = 0, apart = 0;
  for (const auto& [group, g] : groups) {
    if (g.in_care < 2) continue;
    with_siblings += g.in_care;
    if (!g.together) apart += g.in_care;
  }
  if (with_siblings > 0) apart_shares_.push_back(static_cast<double>(apart) / static_cast<double>(with_siblings));
}

void ChildrenOn31March::report(Measurements& out) {
  out.add_kpi("long_term_stability_share", mean_or_na(stable_shares_));
  out.add_kpi("share_siblings_placed_apart", mean_or_na(apart_shares_));
}

}  // namespace caresim::metrics
