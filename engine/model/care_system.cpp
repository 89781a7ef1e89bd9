#include "model/care_system.hpp"

#include "kernel/variates.hpp"
#include "matching/placement_search.hpp"
#include "model/duration_sampler.hpp"

namespace caresim::model {
namespace {
constexpr auto kind(CareEvent e) { return static_cast<std::uint32_t>(e); }
}  // namespace

CareSystem::CareSystem(const scenario::Scenario& scenario, std::uint64_t replication,
                       const kernel::Clock& clock, kernel::Agenda& agenda,
                       const EventPublisher& publisher)
    : scenario_(scenario),
      clock_(clock),
      agenda_(agenda),
      publish_(publisher),
      arrivals_(scenario.run.seed, replication, "arrivals"),
      profiles_(scenario.run.seed, replication, "child_profiles"),
      stays_(scenario.run.seed, replication, "stays") {
  const auto& children = scenario.children;
  if (children.entries_per_year > 0) mean_days_between_entries_ = kernel::kDaysPerYear / children.entries_per_year;
  double cumulative = 0;
  for (std::size_t band = 0; band < kAgeBandCount; ++band) {
    cumulative += children.age_at_entry[band];
    age_band_cumulative_[band] = cumulative;
  }
  age_band_cumulative_.back() = 1.0;  // shares were validated to sum to 1; absorb rounding
}

void CareSystem::start() {
  if (const auto& in_house = scenario_.provision.in_house_foster) {
    households_.assign(static_cast<std::size_t>(in_house->households),
                       FosterHousehold{static_cast<std::uint16_t>(in_house->places_per_household), 0});
    free_places_.reserve(households_.size());
    for (std::uint32_t i = 0; i < households_.size(); ++i) {
      free_places_.add(HouseholdId{i});
      publish_.publish(HouseholdApproved{now(), HouseholdId{i}, households_[i].places});
    }
  }
  if (mean_days_between_entries_ > 0)
    agenda_.schedule_in(kernel::days_to_ticks(kernel::draw_exponential(arrivals_, mean_days_between_entries_)),
                        kind(CareEvent::child_arrives), 0);
  next_month_end_ = clock_.start().month_end();
  next_year_end_ = clock_.start().next_31_march();
  agenda_.schedule_at(clock_.end_of(next_month_end_), kind(CareEvent::month_ends), 0, 0, kernel::Priority::first);
  agenda_.schedule_at(clock_.end_of(next_year_end_), kind(CareEvent::year_ends), 0, 0, kernel::Priority::first);
}

void CareSystem::handle(const kernel::Event& event) {
  switch (static_cast<CareEvent>(event.kind)) {
    case CareEvent::child_arrives: return child_arrives();
    case CareEvent::child_leaves_care: return child_leaves_care(ChildId{event.subject}, event.generation);
    case CareEvent::month_ends: return month_ends();
    case CareEvent::year_ends: return year_ends();
  }
}

void CareSystem::child_arrives() {
  agenda_.schedule_in(kernel::days_to_ticks(kernel::draw_exponential(arrivals_, mean_days_between_entries_)),
                      kind(CareEvent::child_arrives), 0);
  const ChildId id = admit_child();
  Child& c = child(id);
  publish_.publish(ChildEntered{now(), id, c.band_at_entry});

  // Care ends after the drawn stay, or on the 18th birthday if that comes first.
  const kernel::Ticks end_of_stay = now() + kernel::days_to_ticks(draw_days(scenario_.children.stay, stays_));
  agenda_.schedule_at(std::min(end_of_stay, c.turns_18), kind(CareEvent::child_leaves_care), index_of(id),
                      c.leaving.arm());

  c.seeking_since = now();
  if (!try_to_place(id)) {
    waiting_.push_back(children_, id);
    publish_.publish(WaitingStarted{now(), id});
  }
}

// Takes a free child record (or a new one) and fills in who this child is.
ChildId CareSystem::admit_child() {
  ChildId id;
  if (free_records_.empty()) {
    id = ChildId{static_cast<std::uint32_t>(children_.size())};
    children_.emplace_back();
  } else {
    id = free_records_.back();
    free_records_.pop_back();
  }
  Child& c = child(id);
  const auto band = kernel::draw_category(profiles_, age_band_cumulative_);
  // Age uniform within the band, so birthdays fall on every day of the year.
  const double age_years = kAgeBandFirstYear[band] +
                           profiles_.uniform01() * (kAgeBandEndYear[band] - kAgeBandFirstYear[band]);
  const kernel::Date today = clock_.date_at(now());
  c.date_of_birth = today.plus_days(-static_cast<std::int32_t>(age_years * kernel::kDaysPerYear));
  c.turns_18 = clock_.start_of(c.date_of_birth.plus_years(18));
  c.band_at_entry = static_cast<AgeBand>(band);
  c.entered = now();
  c.in_care = true;
  c.placed = false;
  c.placements = 0;
  return id;
}

bool CareSystem::try_to_place(ChildId id) {
  const auto choice = matching::first_fit({free_places_, ifa_has_room()});
  if (!choice) return false;
  Child& c = child(id);
  if (choice->type == PlacementType::in_house_foster) {
    FosterHousehold& household = households_[index_of(choice->household)];
    if (++household.filled == household.places) free_places_.remove(choice->household);
  } else {
    ++ifa_in_use_;
  }
  c.placed = true;
  c.placement = Placement{choice->type, choice->household, now()};
  ++c.placements;
  publish_.publish(PlacementStarted{now(), id, choice->type, c.entered, c.seeking_since, c.placements});
  return true;
}

void CareSystem::end_placement(ChildId id) {
  Child& c = child(id);
  if (c.placement.type == PlacementType::in_house_foster) {
    FosterHousehold& household = households_[index_of(c.placement.household)];
    if (household.filled-- == household.places) free_places_.add(c.placement.household);
  } else {
    --ifa_in_use_;
  }
  c.placed = false;
  publish_.publish(PlacementEnded{now(), id, c.placement.type});
}

void CareSystem::child_leaves_care(ChildId id, std::uint32_t generation) {
  Child& c = child(id);
  if (!c.leaving.fires(generation)) return;  // cancelled: a stale exit
  const bool freed_a_place = c.placed;
  if (c.placed) {
    end_placement(id);
  } else {
    waiting_.remove(children_, id);
    publish_.publish(WaitingEnded{now(), id});
  }
  const bool turned_18 = now() >= c.turns_18;
  c.in_care = false;
  publish_.publish(ChildLeftCare{now(), id, c.entered,
                                 turned_18 ? LeavingReason::turned_18 : LeavingReason::end_of_stay});
  free_records_.push_back(id);
  if (freed_a_place) offer_freed_places();
}

// First come, first served: the longest-waiting child takes the freed place.
void CareSystem::offer_freed_places() {
  while (!waiting_.empty()) {
    const ChildId first = waiting_.front();
    if (!try_to_place(first)) return;
    waiting_.remove(children_, first);
    publish_.publish(WaitingEnded{now(), first});
  }
}

bool CareSystem::ifa_has_room() const {
  const auto& ifa = scenario_.provision.ifa;
  return ifa && (!ifa->max_placements || ifa_in_use_ < *ifa->max_placements);
}

void CareSystem::month_ends() {
  publish_.publish(MonthEnded{now(), next_month_end_});
  next_month_end_ = next_month_end_.plus_days(1).month_end();
  agenda_.schedule_at(clock_.end_of(next_month_end_), kind(CareEvent::month_ends), 0, 0, kernel::Priority::first);
}

void CareSystem::year_ends() {
  publish_.publish(YearEnded{now(), next_year_end_});
  next_year_end_ = next_year_end_.plus_years(1);
  agenda_.schedule_at(clock_.end_of(next_year_end_), kind(CareEvent::year_ends), 0, 0, kernel::Priority::first);
}

}  // namespace caresim::model
