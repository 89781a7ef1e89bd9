// assign_batch over random small worlds, against an exhaustive search over concrete places,
// against first_fit, and for feasibility and determinism; with sibling groups in some.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>

#include "kernel/random_stream.hpp"
#include "matching/assign_batch.hpp"
#include "matching_world.hpp"

using namespace caresim;
using namespace caresim::matching_test;
using matching::BatchEntry;
using matching::PlacementChoice;
using matching::SearchRequest;

namespace {

constexpr std::array<PlacementType, 5> kSearchable = {PlacementType::kinship, PlacementType::in_house_foster,
                                                      PlacementType::ifa, PlacementType::residential,
                                                      PlacementType::supported};

int below(kernel::RandomStream& random, int n) { return static_cast<int>(random.uniform01() * n); }
bool chance(kernel::RandomStream& random, double p) { return random.uniform01() < p; }

struct RandomWorld {
  scenario::MatchingSpec policy;
  scenario::MatchCosts costs;
  model::Geography geography{three_places()};
  FosterPool pool{3, {scenario::ApprovedAges{0, 10, 0.4}, scenario::ApprovedAges{8, 17, 0.3},
                      scenario::ApprovedAges{0, 17, 0.3}}};
  model::ChildrensHomes homes;
  std::optional<int> ifa_room, supported_room;
  std::vector<BatchEntry> entries;

  // External homes are expected farther (50 miles) than any in-house home (at most 38), so
  // that with rank prices min_cost prefers the council's own homes as first_fit does.
  matching::BatchSupply supply() const {
    return {policy, geography, &pool, homes.homes().empty() ? nullptr : &homes, ifa_room, supported_room, 12, 50, 6};
  }
  matching::SupplyView view(const BatchEntry& e, const std::optional<int>& ifa_left,
                            const std::optional<int>& supported_left) const {
    return {policy,
            geography,
            &pool,
            homes.homes().empty() ? nullptr : &homes,
            e.ifa_found && ifa_left.value_or(e.child.group_size) >= e.child.group_size,
            e.external_found,
            e.kinship_found,
            e.supported_found && supported_left.value_or(e.child.group_size) >= e.child.group_size};
  }
};

// The reader's default prices (rank in the order times kRankCost), or random ones.
scenario::MatchCosts prices(const scenario::MatchingSpec& policy, kernel::RandomStream* random) {
  scenario::MatchCosts costs;
  for (std::size_t rank = 0; rank < policy.order.size(); ++rank)
    costs.type[static_cast<std::size_t>(policy.order[rank])] =
        random ? 5.0 * below(*random, 20) : static_cast<double>(rank) * scenario::MatchCosts::kRankCost;
  if (random) {
    costs.per_mile = 0.5 * below(*random, 5);
    costs.per_skill_level_above_need = 0.5 * below(*random, 20);
  }
  return costs;
}

// A batch entry is a sibling group of 2 or 3 with the chance `groups`. `stretch`: carers may
// be one or two need levels short of the child's (drawn last, so that the worlds drawn
// without it are those drawn before it was there).
RandomWorld random_world(kernel::RandomStream& random, int max_households, int max_homes, int max_children,
                         bool random_prices, double groups = 0, bool stretch = false) {
  RandomWorld w;
  w.policy.order.clear();
  std::vector<PlacementType> types(kSearchable.begin(), kSearchable.end());
  for (std::size_t t = types.size(); t > 1; --t)
    std::swap(types[t - 1], types[static_cast<std::size_t>(below(random, static_cast<int>(t)))]);
  for (const PlacementType type : types)
    if (chance(random, 0.7) || (type == types.back() && w.policy.order.empty())) w.policy.order.push_back(type);
  w.costs = prices(w.policy, random_prices ? &random : nullptr);

  const int households = below(random, max_households + 1);
  for (int i = 0; i < households; ++i) {
    const auto places = static_cast<std::uint16_t>(1 + below(random, 3));
    FosterHousehold h = household(LocalityId{static_cast<std::uint16_t>(below(random, 3))},
                                  static_cast<NeedLevel>(below(random, 3)), places,
                                  static_cast<std::uint8_t>(below(random, 3)));
    h.takes_sibling_groups = chance(random, 0.7);
    const HouseholdId id = w.pool.approve(h);
    for (int filled = below(random, places + 1); filled > 0; --filled) w.pool.fill_place(id);
    if (chance(random, 0.1)) w.pool.set_on_break(id, true);
  }
  std::vector<scenario::ChildrensHomeSpec> homes;
  for (int i = below(random, max_homes + 1); i > 0; --i)
    homes.push_back({.locality = static_cast<std::size_t>(below(random, 3)), .beds = below(random, 3)});
  w.homes = model::ChildrensHomes(homes);
  for (std::size_t h = 0; h < homes.size(); ++h)
    for (int filled = below(random, homes[h].beds + 1); filled > 0; --filled) w.homes.fill(h);
  if (chance(random, 0.5)) w.ifa_room = below(random, 3);
  if (chance(random, 0.5)) w.supported_room = below(random, 3);

  const int children = 1 + below(random, max_children);
  for (int i = 0; i < children; ++i) {
    BatchEntry e;
    e.child = SearchRequest{below(random, 18), static_cast<NeedLevel>(below(random, 3)),
                            LocalityId{static_cast<std::uint16_t>(below(random, 3))}};
    if (households > 0 && chance(random, 0.3))
      e.child.avoid = HouseholdId{static_cast<std::uint32_t>(below(random, households))};
    e.ifa_found = chance(random, 0.5);
    e.external_found = chance(random, 0.5);
    e.kinship_found = chance(random, 0.2);
    if (chance(random, groups)) {
      e.child.group_size = 2 + below(random, 2);
      e.child.eldest_age = std::min(17, e.child.age + below(random, 5));
    }
    e.supported_found = e.child.age >= 16 && chance(random, 0.6);
    w.entries.push_back(e);
  }
  if (stretch) {
    w.policy.need_above_skill_levels = 1 + below(random, 2);
    if (random_prices) w.costs.per_need_level_above_skill = 5.0 * below(random, 40);
  }
  return w;
}

// How many need levels the child is above the carer's skill (negative: skill to spare).
int short_of_need(const BatchEntry& e, const model::FosterHousehold& h) {
  return -skill_above_need(h.skill, e.child.need);
}

bool in_order(const RandomWorld& w, PlacementType type) {
  return std::find(w.policy.order.begin(), w.policy.order.end(), type) != w.policy.order.end();
}

// What a child is allowed: the type is searched for and was found, and for in-house care
// the household fits (approved ages, skill or no more levels short than the policy allows,
// room, not the one the child left).
bool allowed(const RandomWorld& w, const BatchEntry& e, const PlacementChoice& c) {
  if (!in_order(w, c.type)) return false;
  switch (c.type) {
    case PlacementType::in_house_foster: {
      const auto& h = w.pool[c.household];
      const auto& ages = w.pool.age_ranges()[h.age_range];
      return h.can_take_a_child() && short_of_need(e, h) <= w.policy.need_above_skill_levels &&
             ages.min_age <= e.child.age && e.child.oldest() <= ages.max_age && c.household != e.child.avoid &&
             (e.child.group_size == 1 || h.takes_sibling_groups);
    }
    case PlacementType::residential: return c.home ? true : e.external_found;
    case PlacementType::ifa: return e.ifa_found;
    case PlacementType::kinship: return e.kinship_found;
    case PlacementType::supported: return e.supported_found;
    default: return false;
  }
}

double cost_of(const RandomWorld& w, const BatchEntry& e, const PlacementChoice& c) {
  const double price = w.costs.type[static_cast<std::size_t>(c.type)];
  const auto miles_to = [&](LocalityId where) { return w.geography.miles(e.child.home, where); };
  switch (c.type) {
    case PlacementType::in_house_foster: {
      const auto& h = w.pool[c.household];
      const int short_by = short_of_need(e, h);
      return price + w.costs.per_mile * miles_to(h.locality) +
             (short_by <= 0 ? w.costs.per_skill_level_above_need * -short_by
                            : w.costs.per_need_level_above_skill * short_by);
    }
    case PlacementType::residential:
      return price + w.costs.per_mile * (c.home ? miles_to(w.homes.homes()[*c.home].locality) : 50.0);
    case PlacementType::ifa: return price + w.costs.per_mile * 12;
    case PlacementType::kinship: return price + w.costs.per_mile * miles_to(e.child.home);
    case PlacementType::supported: return price + w.costs.per_mile * 6;
    default: return 0;
  }
}

// Every concrete place the child is allowed, ignoring what other children take.
std::vector<PlacementChoice> places_for(const RandomWorld& w, const BatchEntry& e) {
  std::vector<PlacementChoice> places;
  const auto offer = [&](PlacementChoice c) {
    if (allowed(w, e, c)) places.push_back(c);
  };
  for (std::uint32_t h = 0; h < w.pool.households().size(); ++h)
    offer({PlacementType::in_house_foster, HouseholdId{h}, std::nullopt});
  for (std::size_t h = 0; h < w.homes.homes().size(); ++h)
    if (w.homes.homes()[h].filled < w.homes.homes()[h].beds)
      offer({PlacementType::residential, model::kNoHousehold, h});
  for (const PlacementType type : {PlacementType::residential, PlacementType::ifa, PlacementType::kinship,
                                   PlacementType::supported})
    offer({type, model::kNoHousehold, std::nullopt});
  return places;
}

// The room each capped place has, consumed as choices are applied in order.
struct Room {
  std::vector<int> household, home;
  int ifa, supported;

  static constexpr int kUncapped = 1000;  // more than any batch here

  explicit Room(const RandomWorld& w)
      : ifa(w.ifa_room.value_or(kUncapped)), supported(w.supported_room.value_or(kUncapped)) {
    for (const auto& h : w.pool.households()) household.push_back(h.can_take_a_child() ? h.places - h.filled : 0);
    for (const auto& h : w.homes.homes()) home.push_back(h.beds - h.filled);
  }
  int* slot(const PlacementChoice& c) {
    if (c.type == PlacementType::in_house_foster) return &household[model::index_of(c.household)];
    if (c.type == PlacementType::residential && c.home) return &home[*c.home];
    if (c.type == PlacementType::ifa) return &ifa;
    if (c.type == PlacementType::supported) return &supported;
    return nullptr;  // kinship: the child's own; external homes: unlimited
  }
};

struct Outcome {
  int placed = 0;
  double cost = 0;
};

// Checks every choice is allowed and, applied in entry order, within room; scores them.
Outcome check_feasible(const RandomWorld& w, const std::vector<std::optional<PlacementChoice>>& choices) {
  REQUIRE(choices.size() == w.entries.size());
  Room room(w);
  Outcome outcome;
  for (std::size_t i = 0; i < choices.size(); ++i) {
    if (!choices[i]) continue;
    CHECK(allowed(w, w.entries[i], *choices[i]));
    if (int* left = room.slot(*choices[i])) CHECK((*left -= w.entries[i].child.group_size) >= 0);
    outcome.placed += w.entries[i].child.group_size;
    outcome.cost += cost_of(w, w.entries[i], *choices[i]);
  }
  return outcome;
}

void exhaustive(const RandomWorld& w, const std::vector<std::vector<PlacementChoice>>& places, std::size_t child,
                Room& room, Outcome so_far, Outcome& best) {
  if (child == places.size()) {
    if (so_far.placed > best.placed || (so_far.placed == best.placed && so_far.cost < best.cost - 1e-9)) best = so_far;
    return;
  }
  exhaustive(w, places, child + 1, room, so_far, best);
  for (const PlacementChoice& c : places[child]) {
    int* left = room.slot(c);
    if (left && *left <= 0) continue;
    if (left) --*left;
    exhaustive(w, places, child + 1, room, {so_far.placed + 1, so_far.cost + cost_of(w, w.entries[child], c)}, best);
    if (left) ++*left;
  }
}

// first_fit for each child in entry order, each taking its place before the next searches.
Outcome sequential_first_fit(RandomWorld w) {
  Outcome outcome;
  for (const BatchEntry& e : w.entries) {
    const auto choice = matching::first_fit(e.child, w.view(e, w.ifa_room, w.supported_room));
    if (!choice) continue;
    const int size = e.child.group_size;
    outcome.placed += size;
    outcome.cost += cost_of(w, e, *choice);
    for (int child = 0; child < size; ++child) {
      if (choice->type == PlacementType::in_house_foster) w.pool.fill_place(choice->household);
      if (choice->type == PlacementType::residential && choice->home) w.homes.fill(*choice->home);
    }
    if (choice->type == PlacementType::ifa && w.ifa_room) *w.ifa_room -= size;
    if (choice->type == PlacementType::supported && w.supported_room) *w.supported_room -= size;
  }
  return outcome;
}

bool same(const std::optional<PlacementChoice>& a, const std::optional<PlacementChoice>& b) {
  if (!a || !b) return !a && !b;
  return a->type == b->type && a->household == b->household && a->home == b->home;
}

// The batch is feasible and places as many children as the exhaustive search, at its cost.
void check_against_exhaustive(const RandomWorld& w, matching::BatchMatcher& matcher) {
  const Outcome found = check_feasible(w, matcher.assign(w.entries, w.supply(), w.costs));
  std::vector<std::vector<PlacementChoice>> places;
  for (const BatchEntry& e : w.entries) places.push_back(places_for(w, e));
  Room room(w);
  Outcome best{-1, 0};
  exhaustive(w, places, 0, room, {}, best);
  CHECK(found.placed == best.placed);
  CHECK(found.cost == Approx(best.cost).margin(1e-6));
}

}  // namespace

TEST_CASE("a batch places as many children as an exhaustive search over every carer and home, at its least cost",
          "[matching]") {
  kernel::RandomStream random(11, 0, "assign_batch_test");
  matching::BatchMatcher matcher;
  for (int instance = 0; instance < 400; ++instance) {
    const RandomWorld w = random_world(random, 6, 2, 4, true);
    INFO("instance " << instance);
    check_against_exhaustive(w, matcher);
  }
  CHECK(matcher.solver().networks_solved() > 40);  // children competed for places
}

TEST_CASE("where carers may be short of a child's need, a batch still places as many as an exhaustive search, at its "
          "least cost",
          "[matching]") {
  kernel::RandomStream random(17, 0, "assign_batch_test");
  matching::BatchMatcher matcher;
  for (int instance = 0; instance < 400; ++instance) {
    const RandomWorld w = random_world(random, 6, 2, 4, true, 0, true);
    INFO("instance " << instance);
    check_against_exhaustive(w, matcher);
  }
}

TEST_CASE("children who left the same few households are placed as an exhaustive search places them", "[matching]") {
  // Two to four households alike (one bucket) and most children avoiding one of the first
  // two, so that several avoid the same one: both the exchange between children of a bucket
  // and the batch solved again with the avoided households set apart are needed.
  kernel::RandomStream random(16, 0, "assign_batch_test");
  matching::BatchMatcher matcher;
  for (int instance = 0; instance < 1000; ++instance) {
    RandomWorld w = random_world(random, 0, 1, 5, instance % 2 == 0);
    for (int i = 2 + below(random, 3); i > 0; --i) {
      const auto places = static_cast<std::uint16_t>(1 + below(random, 2));
      const HouseholdId id = w.pool.approve(household(LocalityId{0}, NeedLevel::complex, places, 2));
      if (chance(random, 0.3)) w.pool.fill_place(id);
    }
    for (BatchEntry& e : w.entries)
      if (chance(random, 0.7)) e.child.avoid = HouseholdId{static_cast<std::uint32_t>(below(random, 2))};
    INFO("instance " << instance);
    check_against_exhaustive(w, matcher);
  }
  CHECK(matcher.avoided_set_apart() > 5);
}

TEST_CASE("with one child or sibling group and the default rank prices, min_cost picks exactly what first_fit picks",
          "[matching]") {
  // The three places are 5 or more miles apart, more than the 2 skill levels a carer can
  // have to spare, so the nearest locality comes first under both policies.
  kernel::RandomStream random(12, 0, "assign_batch_test");
  matching::BatchMatcher matcher;
  for (int instance = 0; instance < 2000; ++instance) {
    RandomWorld w = random_world(random, 30, 4, 1, false, 0.3);
    const auto chosen = matcher.assign(w.entries, w.supply(), w.costs);
    const auto first = matching::first_fit(w.entries[0].child, w.view(w.entries[0], w.ifa_room, w.supported_room));
    INFO("instance " << instance);
    CHECK(same(chosen[0], first));
  }
}

TEST_CASE("where carers may be short of a child's need, with one child and the default prices min_cost still picks "
          "what first_fit picks",
          "[matching]") {
  // A carer skilled enough is at most 41 miles and 2 spare levels away, less than the 250 a
  // level short costs; two levels short cost 500 and 41 miles, less than the next rank's 1000.
  kernel::RandomStream random(18, 0, "assign_batch_test");
  matching::BatchMatcher matcher;
  int short_of_need_chosen = 0;
  for (int instance = 0; instance < 2000; ++instance) {
    RandomWorld w = random_world(random, 30, 4, 1, false, 0.3, true);
    const auto chosen = matcher.assign(w.entries, w.supply(), w.costs);
    const auto first = matching::first_fit(w.entries[0].child, w.view(w.entries[0], w.ifa_room, w.supported_room));
    INFO("instance " << instance);
    CHECK(same(chosen[0], first));
    short_of_need_chosen += first && first->type == PlacementType::in_house_foster &&
                            short_of_need(w.entries[0], w.pool[first->household]) > 0;
  }
  CHECK(short_of_need_chosen > 50);  // the stretched searches were exercised
}

TEST_CASE("larger batches are feasible in order and never place fewer children, or at more cost, than first fit",
          "[matching]") {
  kernel::RandomStream random(13, 0, "assign_batch_test");
  matching::BatchMatcher matcher;
  for (int instance = 0; instance < 300; ++instance) {
    const RandomWorld w = random_world(random, 40, 4, 12, instance % 2 == 0);
    const Outcome found = check_feasible(w, matcher.assign(w.entries, w.supply(), w.costs));
    const Outcome greedy = sequential_first_fit(w);
    INFO("instance " << instance);
    CHECK(found.placed >= greedy.placed);
    // Costs are resolved to a thousandth per child.
    if (found.placed == greedy.placed) CHECK(found.cost <= greedy.cost + 1e-3 * static_cast<double>(w.entries.size()));
  }
  CHECK(matcher.solver().networks_solved() > 100);
}

TEST_CASE("batches with sibling groups are feasible in order: each group in one place with room for all of it",
          "[matching]") {
  kernel::RandomStream random(15, 0, "assign_batch_test");
  matching::BatchMatcher matcher;
  int groups_placed = 0;
  for (int instance = 0; instance < 300; ++instance) {
    const RandomWorld w = random_world(random, 40, 4, 12, instance % 2 == 0, 0.3);
    const auto choices = matcher.assign(w.entries, w.supply(), w.costs);
    check_feasible(w, choices);
    for (std::size_t i = 0; i < choices.size(); ++i) groups_placed += choices[i] && w.entries[i].child.group_size > 1;
  }
  CHECK(groups_placed > 300);
}

TEST_CASE("the same batch gives the same choices every time, from a fresh matcher or a reused one", "[matching]") {
  kernel::RandomStream random(14, 0, "assign_batch_test");
  matching::BatchMatcher reused;
  for (int instance = 0; instance < 200; ++instance) {
    const RandomWorld w = random_world(random, 40, 4, 10, true);
    const auto once = reused.assign(w.entries, w.supply(), w.costs);
    const auto twice = reused.assign(w.entries, w.supply(), w.costs);
    const auto fresh = matching::assign_batch(w.entries, w.supply(), w.costs);
    for (std::size_t i = 0; i < once.size(); ++i) {
      CHECK(same(once[i], twice[i]));
      CHECK(same(once[i], fresh[i]));
    }
  }
}
