// The council's own children's homes that open, or close, on a date within the horizon.
#include <algorithm>

#include "model/care_events.hpp"
#include "model/care_system.hpp"

namespace caresim::model {

// A home opens or closes at an event of its own, even on the simulation's first day, after
// the children in care at the start were placed.
void CareSystem::schedule_homes_opening_and_closing() {
  const auto& residential = scenario_.provision.residential;
  if (!residential) return;
  for (std::size_t home = 0; home < residential->in_house_homes.size(); ++home) {
    const auto subject = static_cast<std::uint32_t>(home);
    const scenario::ChildrensHomeSpec& spec = residential->in_house_homes[home];
    if (spec.opening_date)
      agenda_.schedule_at(clock_.begins_at(spec.opening_date), kind(CareEvent::home_opens), subject);
    if (spec.closing_date)
      agenda_.schedule_at(clock_.begins_at(spec.closing_date), kind(CareEvent::home_closes), subject);
  }
}

// One of the council's homes opens: its beds go first to the children waiting (at the next
// batch, where searches are batched), then to the searches that follow. Children already
// placed elsewhere do not move to it.
void CareSystem::home_opens(std::size_t home) {
  const int beds = scenario_.provision.residential->in_house_homes[home].beds;
  homes_.open(home, beds);
  publish_.publish(ChildrensHomeOpened{now(), home, beds});
  offer_freed_places();
}

// One of the council's homes closes: it takes no child from now, and the children living
// there move out as each finds a place, a planned move that ends no search. They search now;
// those who find nothing stay, and search again at each month's end. The home has closed when
// its last child has left it: by a move, a breakdown or the end of care.
void CareSystem::home_closes(std::size_t home) {
  if (homes_.close(home)) return home_closed(home);
  closing_homes_.push_back(home);
  move_out_of(home);
}

void CareSystem::move_out_of_closing_homes() {
  // Backwards, as a home whose last child moves out leaves the list.
  for (std::size_t i = closing_homes_.size(); i-- > 0;) move_out_of(closing_homes_[i]);
}

// Each placement unit in the home (a child, or siblings placed together) searches once, as a
// unit, anywhere but the home. Children's records are few thousand and homes close rarely.
void CareSystem::move_out_of(std::size_t home) {
  std::vector<ChildId> leads;
  for (std::uint32_t i = 0; i < children_.size(); ++i) {
    const Child& c = children_[i];
    if (c.placed && c.placement.type == PlacementType::residential && c.placement.home == home &&
        c.unit_lead == ChildId{i})
      leads.push_back(ChildId{i});
  }
  for (const ChildId lead : leads) try_to_place(lead, true);
}

void CareSystem::home_closed(std::size_t home) {
  std::erase(closing_homes_, home);
  publish_.publish(ChildrensHomeClosed{now(), home, scenario_.provision.residential->in_house_homes[home].beds});
}

}  // namespace caresim::model
