#include "metrics/children_on_31_march.hpp"

#include <algorithm>
#include <numeric>

namespace caresim::metrics {
namespace {

double mean_or_na(const std::vector<double>& values) {
  return values.empty() ? kNotApplicable
                        : std::accumulate(values.begin(), values.end(), 0.0) / static_cast<double>(values.size());
}

}  // namespace

void ChildrenOn31March::start(const model::YearEnded& e) {
  now_ = e.time;
  // Under 16 on the day: born after the latest birth date of a 16-year-old.
  born_16_ = kernel::latest_birth_date(e.date, kStabilityUnderAge);
  eligible_ = stable_ = 0;
  siblings_.clear();
}

void ChildrenOn31March::finish(const model::YearEnded&) {
  if (eligible_ > 0) stable_shares_.push_back(static_cast<double>(stable_) / static_cast<double>(eligible_));
  long with_siblings = 0, apart = 0;
  std::sort(siblings_.begin(), siblings_.end(), [](const Sibling& a, const Sibling& b) { return a.group < b.group; });
  for (auto first = siblings_.begin(); first != siblings_.end();) {
    const auto end = std::find_if(first, siblings_.end(), [first](const Sibling& s) { return s.group != first->group; });
    const auto in_care = end - first;
    if (in_care >= 2) {
      with_siblings += in_care;
      const bool together = first->unit != model::kNoChild &&
                            std::all_of(first, end, [first](const Sibling& s) { return s.unit == first->unit; });
      if (!together) apart += in_care;
    }
    first = end;
  }
  if (with_siblings > 0) apart_shares_.push_back(static_cast<double>(apart) / static_cast<double>(with_siblings));
}

void ChildrenOn31March::report(Measurements& out) {
  out.add_share("long_term_stability_share", mean_or_na(stable_shares_));
  out.add_share("share_siblings_placed_apart", mean_or_na(apart_shares_));
}

}  // namespace caresim::metrics
