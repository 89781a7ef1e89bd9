// The children in care when the simulation starts, with children.in_care_at_start:
// steady_state: those an endless run would have in care, so that the warm-up need not wait
// for babies entering care to reach 18.
#include <algorithm>
#include <cassert>
#include <vector>

#include "kernel/variates.hpp"
#include "model/care_events.hpp"
#include "model/care_system.hpp"

namespace caresim::model {

// The arrivals of the 18 years before the start (at the base rate, with its seasons and any
// trend begun by then), each child drawn as at a real arrival and followed through its
// returns home and re-entries, of whom those in care at the start are in care. Their entries
// and exits are those an endless run would have had, apart from what only the rest of the
// model gives: no Staying Put, no exit put back by a social worker's caseload. They are
// placed at the start, one by one in the order they (last) entered, and so start their
// placement histories there.
void CareSystem::admit_children_in_care_at_start() {
  const kernel::Ticks start = now();
  // A child entering at birth leaves at 18 at the latest: 18 years and a day reach back far enough.
  kernel::Ticks t = clock_.start_of(clock_.start().plus_years(-18).plus_days(-1));
  std::vector<ChildId> leads;  // of each group in care at the start, and of each child back in care alone
  for (;;) {
    const double base_days = kernel::draw_exponential(arrivals_before_start_, mean_days_between_entries_);
    const auto wait = entry_rate_.wait(t, base_days, start);
    if (!wait || t + *wait >= start) break;
    t += *wait;
    const ChildId first = admit_arrival(clock_.date_at(t));
    std::vector<ChildId> group{first};
    for (ChildId m = child(first).sibling_next; m != kNoChild && m != first; m = child(m).sibling_next) group.push_back(m);
    for (const ChildId m : group) {
      child(m).entered = t;
      plan_end_of_care(m, m == first ? nullptr : &child(first));
    }
    ChildId lead = kNoChild;  // of those still in the group
    for (const ChildId m : group) {
      if (!follow_to_start(m)) continue;
      if (child(m).re_entry)
        leads.push_back(m);  // back in care, alone
      else if (lead == kNoChild)
        lead = m;
    }
    if (lead != kNoChild) leads.push_back(lead);
  }
  std::stable_sort(leads.begin(), leads.end(),
                   [this](ChildId a, ChildId b) { return child(a).entered < child(b).entered; });
  for (const ChildId lead : leads) {
    ChildId id = lead;
    do {
      enter_care(id, child(id).entered);
      schedule_exit(id);
      id = child(id).sibling_next;
    } while (id != lead);
    // At once, one by one, even where searches are batched: they were placed over the years
    // before the start, not together in its first batch.
    for_search_unit(lead, [this](Child& c, ChildId) { c.seeking_since = now(); });
    search_now(lead);
  }
}

// Follows a child of the steady state from its entry to the start, through its returns home
// and re-entries, and says whether it is in care at the start. A child who left before
// leaves its brothers and sisters, and what follows is as after any leaving (after_leaving):
// a return after the start is scheduled, and a child who never comes back gives its record back.
bool CareSystem::follow_to_start(ChildId id) {
  for (;;) {
    Child& c = child(id);
    const kernel::Ticks left = c.end_of_care();
    if (left > now()) return true;
    if (c.sibling_next != kNoChild) leave_siblings(id);
    c.earlier_episodes_unpublished = true;  // for its next entry, whenever it comes back
    const auto back = after_leaving(id, left, reason_for_leaving(c, left));
    if (!back) return false;
    begin_re_entry(id, kernel::year_day(clock_.date_at(*back)));
    c.entered = *back;
    plan_end_of_care(id);
  }
}

std::vector<std::vector<CareSystem::FosteredUnit>> CareSystem::units_fostered() {
  std::vector<std::vector<FosteredUnit>> units(foster_.households().size());
  for (std::uint32_t i = 0; i < children_.size(); ++i) {
    const Child& lead = children_[i];
    const bool leads = lead.unit_lead != kNoChild && index_of(lead.unit_lead) == i;  // a unit is listed by its lead
    if (!lead.in_care || !lead.placed || lead.placement.type != PlacementType::in_house_foster || !leads) continue;
    // Siblings placed together break down together, on their lead's timer, and each leaves
    // care at its own time.
    kernel::Ticks leaves = 0;
    for_placement_unit(lead.unit_lead, [&leaves](Child& m, ChildId) { leaves = std::max(leaves, m.end_of_care()); });
    if (lead.breakdown_at >= 0) leaves = std::min(leaves, lead.breakdown_at);
    units[index_of(lead.placement.household)].push_back(
        {lead.unit_lead, kernel::ticks_to_days(leaves - now()) / kernel::kDaysPerYear});
  }
  return units;
}

void CareSystem::place_elsewhere_at_start(ChildId lead) {
  const Placement left = child(lead).placement;
  assert(foster_[left.household].resigning);  // so the search cannot place the unit straight back
  const std::size_t members = vacate_unit(lead, EndingReason::moved_on).size();
  for (std::size_t i = 0; i < members; ++i) release(left);
  search_now(lead);
}

}  // namespace caresim::model
