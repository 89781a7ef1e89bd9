#include "metrics/advisers_by_age.hpp"

#include <string>

namespace caresim::metrics {
namespace {
// KPI name suffixes, in the order of kAges: dots would read as a category separator.
constexpr std::array<const char*, AdvisersByAge::kAges.size()> kAgeNames = {"15_5", "16_5", "17_5", "18"};
}  // namespace

void AdvisersByAge::on(const model::ChildEntered& e) {
  children_.entered(e.child) = Stay{true, kernel::year_day(e.date_of_birth), e.time, 0, false};
}

void AdvisersByAge::on(const model::AdviserAllocated& e) {
  if (e.child != model::kNoChild) has_adviser_from(e.child, e.time);  // kNoChild: a care leaver
}

// Back in care, the PA is this stay's from the re-entry (the ages counted are this stay's).
void AdvisersByAge::on(const model::AdviserKept& e) {
  if (e.adviser != model::kNone<model::AdviserId>) has_adviser_from(e.child, e.time);
}

void AdvisersByAge::has_adviser_from(model::ChildId child, kernel::Ticks when) {
  Stay& stay = children_[child];
  stay.adviser_from = when;
  stay.has_adviser = true;
}

void AdvisersByAge::on(const model::ChildLeftCare& e) {
  Stay& stay = children_[e.child];
  count(stay, e.time);
  stay.in_care = false;
}

void AdvisersByAge::count(const Stay& stay, kernel::Ticks until) {
  for (std::size_t a = 0; a < kAges.size(); ++a) {
    const kernel::Ticks at = window_.clock.at_age(stay.born, kAges[a]);
    if (at > until) return;  // and so are the older ages: kAges rise
    if (at < stay.entered || !window_.counts_fact_at(at)) continue;
    ++reached_[a];
    if (stay.has_adviser && stay.adviser_from <= at) ++with_adviser_[a];
  }
}

void AdvisersByAge::report(Measurements& out) {
  for (const Stay& stay : children_)
    if (stay.in_care) count(stay, window_.end);
  for (std::size_t a = 0; a < kAges.size(); ++a)
    out.add_share(std::string("pa_share_at_age.") + kAgeNames[a], ratio_or_na(with_adviser_[a], reached_[a]));
}

}  // namespace caresim::metrics
