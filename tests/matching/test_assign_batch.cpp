#include <catch2/catch.hpp>

#include "matching/assign_batch.hpp"
#include "matching_world.hpp"

using namespace caresim;
using namespace caresim::matching_test;
using matching::assign_batch;
using matching::BatchEntry;
using matching::first_fit;
using matching::SearchRequest;

namespace {

// The reader's default prices: each type's rank in the order times kRankCost.
scenario::MatchCosts rank_prices(const scenario::MatchingSpec& policy) {
  scenario::MatchCosts costs;
  for (std::size_t rank = 0; rank < policy.order.size(); ++rank)
    costs.type[static_cast<std::size_t>(policy.order[rank])] = static_cast<double>(rank) * scenario::MatchCosts::kRankCost;
  return costs;
}

BatchEntry entry(int age, NeedLevel need, LocalityId home, HouseholdId avoid = model::kNoHousehold) {
  return BatchEntry{SearchRequest{age, need, home, avoid}};
}

}  // namespace

TEST_CASE("min cost places in-house both children for whom first fit in arrival order finds one place",
          "[matching]") {
  // In town, one carer skilled for complex needs; on the coast, 8 miles off, one for standard
  // needs. The standard-need child arrives first: first fit gives it the nearest carer who is
  // skilled enough, the town one, and the complex-need child must go to an IFA.
  World world;
  const HouseholdId town = world.pool.approve(household(kTown, NeedLevel::complex));
  const HouseholdId coast = world.pool.approve(household(kCoast, NeedLevel::standard));
  std::vector<BatchEntry> batch = {entry(7, NeedLevel::standard, kTown), entry(9, NeedLevel::complex, kTown)};
  for (BatchEntry& e : batch) e.ifa_found = true;

  World greedy;
  greedy.pool = world.pool;
  const auto first = first_fit(batch[0].child, greedy.supply(true));
  REQUIRE(first);
  CHECK(first->household == town);
  greedy.pool.fill_place(first->household);
  CHECK(first_fit(batch[1].child, greedy.supply(true))->type == PlacementType::ifa);

  const auto choices = assign_batch(batch, world.batch(), rank_prices(world.policy));
  REQUIRE(choices.size() == 2);
  REQUIRE(choices[0]);
  REQUIRE(choices[1]);
  CHECK(choices[0]->type == PlacementType::in_house_foster);
  CHECK(choices[0]->household == coast);
  CHECK(choices[1]->type == PlacementType::in_house_foster);
  CHECK(choices[1]->household == town);
}

TEST_CASE("a child never goes back to the household it left, even when it is the only one with room", "[matching]") {
  World world;
  const HouseholdId left = world.pool.approve(household(kTown, NeedLevel::standard));
  const std::vector<BatchEntry> alone = {entry(7, NeedLevel::standard, kTown, left)};
  CHECK_FALSE(assign_batch(alone, world.batch(), rank_prices(world.policy))[0]);

  // Two children, one of whom left the household the bucket would give first: each gets a
  // household, and the one who left gets the other.
  const HouseholdId other = world.pool.approve(household(kTown, NeedLevel::standard));
  const HouseholdId last_listed = world.pool.free_households(kTown, NeedLevel::standard, 0).back();
  const HouseholdId avoided = last_listed == left ? left : other;
  const std::vector<BatchEntry> pair = {entry(7, NeedLevel::standard, kTown, avoided),
                                        entry(8, NeedLevel::standard, kTown)};
  const auto choices = assign_batch(pair, world.batch(), rank_prices(world.policy));
  REQUIRE(choices[0]);
  REQUIRE(choices[1]);
  CHECK(choices[0]->household != avoided);
  CHECK(choices[1]->household == avoided);
}

TEST_CASE("a child whose own household is the only one left in the bucket gets another by exchange", "[matching]") {
  // The bucket hands out from the end of its listing: the first child would take the
  // last-listed household, leaving the second only the one it left. They exchange.
  World world;
  world.pool.approve(household(kTown, NeedLevel::standard));
  world.pool.approve(household(kTown, NeedLevel::standard));
  const auto listed = world.pool.free_households(kTown, NeedLevel::standard, 0);
  const HouseholdId given_last = listed.front();
  const std::vector<BatchEntry> pair = {entry(8, NeedLevel::standard, kTown),
                                        entry(7, NeedLevel::standard, kTown, given_last)};
  matching::BatchMatcher matcher;
  const auto choices = matcher.assign(pair, world.batch(), rank_prices(world.policy));
  REQUIRE(choices[0]);
  REQUIRE(choices[1]);
  CHECK(choices[0]->household == given_last);
  CHECK(choices[1]->household == listed.back());
  CHECK(matcher.avoided_set_apart() == 0);
}

TEST_CASE("two children who left the same household never both go to a bucket with room for one of them beside it",
          "[matching]") {
  // The bucket has two places, one in the household both left: the batch is solved again
  // with that household set apart, and one child is placed, in the other household.
  World world;
  const HouseholdId left = world.pool.approve(household(kTown, NeedLevel::standard));
  const HouseholdId other = world.pool.approve(household(kTown, NeedLevel::standard));
  const std::vector<BatchEntry> pair = {entry(7, NeedLevel::standard, kTown, left),
                                        entry(8, NeedLevel::standard, kTown, left)};
  matching::BatchMatcher matcher;
  const auto choices = matcher.assign(pair, world.batch(), rank_prices(world.policy));
  CHECK(matcher.avoided_set_apart() == 1);
  REQUIRE(choices[0]);
  CHECK(choices[0]->household == other);
  CHECK_FALSE(choices[1]);
}

TEST_CASE("children share a household with several free places, never beyond them", "[matching]") {
  World world;
  const HouseholdId three = world.pool.approve(household(kTown, NeedLevel::standard, 3));
  world.pool.fill_place(three);  // two free
  const HouseholdId one = world.pool.approve(household(kTown, NeedLevel::standard, 1));
  std::vector<BatchEntry> batch(4, entry(6, NeedLevel::standard, kTown));
  const auto choices = assign_batch(batch, world.batch(), rank_prices(world.policy));
  int to_three = 0, to_one = 0, waiting = 0;
  for (const auto& choice : choices) {
    if (!choice) ++waiting;
    else if (choice->household == three) ++to_three;
    else if (choice->household == one) ++to_one;
  }
  CHECK(to_three == 2);
  CHECK(to_one == 1);
  CHECK(waiting == 1);
}

TEST_CASE("a capped IFA and the council's home beds take no more children than they have room for", "[matching]") {
  World world;
  world.policy.order = {PlacementType::ifa, PlacementType::residential};
  model::ChildrensHomes homes({{.locality = 2, .beds = 1}});  // one bed on the moor
  auto supply = world.batch(&homes);
  supply.ifa_room = 1;
  std::vector<BatchEntry> batch(3, entry(14, NeedLevel::very_complex, kTown));
  for (BatchEntry& e : batch) e.ifa_found = true;
  int ifa = 0, home = 0, waiting = 0;
  for (const auto& choice : assign_batch(batch, supply, rank_prices(world.policy))) {
    if (!choice) ++waiting;
    else if (choice->type == PlacementType::ifa) ++ifa;
    else if (choice->type == PlacementType::residential && choice->home == std::optional<std::size_t>{0}) ++home;
  }
  CHECK(ifa == 1);
  CHECK(home == 1);
  CHECK(waiting == 1);
}

TEST_CASE("a batch chooses only the types in the order, and each child's own kinship carers only for it",
          "[matching]") {
  World world;
  world.pool.approve(household(kTown, NeedLevel::standard));
  world.policy.order = {PlacementType::kinship, PlacementType::ifa};
  std::vector<BatchEntry> batch = {entry(3, NeedLevel::standard, kTown), entry(4, NeedLevel::standard, kTown),
                                   entry(5, NeedLevel::standard, kTown)};
  batch[0].kinship_found = true;
  batch[1].ifa_found = true;
  const auto choices = assign_batch(batch, world.batch(), rank_prices(world.policy));
  REQUIRE(choices[0]);
  REQUIRE(choices[1]);
  CHECK(choices[0]->type == PlacementType::kinship);
  CHECK(choices[1]->type == PlacementType::ifa);
  CHECK_FALSE(choices[2]);  // in-house fostering is not in the order
}

TEST_CASE("prices per mile and per skill level above need choose between in-house carers", "[matching]") {
  // A standard-need child from town: a very-complex carer in town (3 miles, two levels of
  // skill to spare) or a standard carer on the coast (8 miles).
  World world;
  const HouseholdId skilled = world.pool.approve(household(kTown, NeedLevel::very_complex));
  const HouseholdId near_enough = world.pool.approve(household(kCoast, NeedLevel::standard));
  const std::vector<BatchEntry> batch = {entry(7, NeedLevel::standard, kTown)};
  scenario::MatchCosts costs = rank_prices(world.policy);
  costs.per_skill_level_above_need = 2;  // 3 + 4 < 8
  CHECK(assign_batch(batch, world.batch(), costs)[0]->household == skilled);
  costs.per_skill_level_above_need = 3;  // 3 + 6 > 8
  CHECK(assign_batch(batch, world.batch(), costs)[0]->household == near_enough);
}

TEST_CASE("where carers may be short of a child's need, at equal cost the carer skilled enough comes first, as in "
          "first fit",
          "[matching]") {
  // A complex-need child, or a pair, from town: a standard carer and a complex one, both in
  // town, at the same price when neither spare skill nor skill short of the need costs anything.
  World world;
  world.policy.need_above_skill_levels = 1;
  world.pool.approve(household(kTown, NeedLevel::standard, 2));
  const HouseholdId skilled = world.pool.approve(household(kTown, NeedLevel::complex, 2));
  scenario::MatchCosts costs = rank_prices(world.policy);
  costs.per_skill_level_above_need = 0;
  costs.per_need_level_above_skill = 0;
  BatchEntry pair = entry(7, NeedLevel::complex, kTown);
  pair.child.group_size = 2;
  const std::vector<BatchEntry> batch = {entry(7, NeedLevel::complex, kTown), pair};
  for (std::size_t i = 0; i < batch.size(); ++i) {
    const auto chosen = assign_batch(std::vector<BatchEntry>{batch[i]}, world.batch(), costs)[0];
    INFO("entry " << i);
    REQUIRE(chosen);
    CHECK(chosen->household == skilled);
  }
}

TEST_CASE("a sibling group goes to one household that takes groups and has room for all of it, and single children "
          "share what is left",
          "[matching]") {
  World world;
  FosterHousehold takes_groups = household(kTown, NeedLevel::standard, 3);
  FosterHousehold refuses_groups = household(kTown, NeedLevel::standard, 2);
  refuses_groups.takes_sibling_groups = false;
  const HouseholdId roomy = world.pool.approve(takes_groups);
  const HouseholdId singles_only = world.pool.approve(refuses_groups);
  BatchEntry siblings = entry(5, NeedLevel::standard, kTown);
  siblings.child.eldest_age = 8;
  siblings.child.group_size = 2;
  const std::vector<BatchEntry> batch = {entry(6, NeedLevel::standard, kTown), siblings,
                                         entry(7, NeedLevel::standard, kTown), entry(9, NeedLevel::standard, kTown)};
  const auto choices = assign_batch(batch, world.batch(), rank_prices(world.policy));
  REQUIRE(choices[1]);
  CHECK(choices[1]->household == roomy);
  int to_roomy = 0, to_singles_only = 0;
  for (const std::size_t single : {0, 2, 3}) {
    REQUIRE(choices[single]);
    to_roomy += choices[single]->household == roomy;
    to_singles_only += choices[single]->household == singles_only;
  }
  CHECK(to_roomy == 1);  // the group holds two of its three places
  CHECK(to_singles_only == 2);
}
