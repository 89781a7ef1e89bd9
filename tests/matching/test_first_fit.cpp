#include <catch2/catch.hpp>

#include "matching/placement_search.hpp"
#include "matching_world.hpp"

using namespace caresim;
using matching::first_fit;
using matching::SearchRequest;
using matching::SupplyView;
using namespace caresim::matching_test;

TEST_CASE("a household at capacity is never offered another child", "[matching]") {
  World world;
  const HouseholdId full = world.pool.approve(household(kTown, NeedLevel::standard, 1));
  world.pool.fill_place(full);
  const SearchRequest child{7, NeedLevel::standard, kTown};
  CHECK_FALSE(first_fit(child, world.supply()));
  const auto choice = first_fit(child, world.supply(true));
  REQUIRE(choice);
  CHECK(choice->type == PlacementType::ifa);
}

TEST_CASE("the nearest locality with a suitable carer comes first", "[matching]") {
  World world;
  const HouseholdId moor = world.pool.approve(household(kMoor, NeedLevel::standard));
  const HouseholdId coast = world.pool.approve(household(kCoast, NeedLevel::standard));
  CHECK(first_fit({7, NeedLevel::standard, kTown}, world.supply())->household == coast);
  CHECK(first_fit({7, NeedLevel::standard, kMoor}, world.supply())->household == moor);
}

TEST_CASE("a child goes to the least skilled carer who is skilled enough, never to one below the need",
          "[matching]") {
  World world;
  const HouseholdId very = world.pool.approve(household(kTown, NeedLevel::very_complex));
  const HouseholdId complex = world.pool.approve(household(kTown, NeedLevel::complex));
  world.pool.approve(household(kTown, NeedLevel::standard));
  CHECK(first_fit({7, NeedLevel::complex, kTown}, world.supply())->household == complex);
  world.pool.fill_place(complex);
  CHECK(first_fit({7, NeedLevel::complex, kTown}, world.supply())->household == very);
  world.pool.fill_place(very);
  CHECK_FALSE(first_fit({7, NeedLevel::complex, kTown}, world.supply()));
}

TEST_CASE("where the scenario allows it, a carer short of the child's need takes it only when none skilled enough "
          "has a place anywhere, the least short first",
          "[matching]") {
  World world;
  const HouseholdId standard = world.pool.approve(household(kTown, NeedLevel::standard));
  const HouseholdId far_but_skilled = world.pool.approve(household(kMoor, NeedLevel::very_complex));
  const SearchRequest complex{7, NeedLevel::complex, kTown};
  world.policy.need_above_skill_levels = 1;
  CHECK(first_fit(complex, world.supply())->household == far_but_skilled);
  world.pool.fill_place(far_but_skilled);
  CHECK(first_fit(complex, world.supply())->household == standard);
  world.policy.need_above_skill_levels = 0;
  CHECK_FALSE(first_fit(complex, world.supply()));

  const SearchRequest very_complex{7, NeedLevel::very_complex, kTown};
  world.policy.need_above_skill_levels = 1;
  CHECK_FALSE(first_fit(very_complex, world.supply()));  // two levels short
  const HouseholdId one_short = world.pool.approve(household(kMoor, NeedLevel::complex));
  CHECK(first_fit(very_complex, world.supply())->household == one_short);
  world.policy.need_above_skill_levels = 2;
  CHECK(first_fit(very_complex, world.supply())->household == one_short);  // one short before two, however far
  world.pool.fill_place(one_short);
  CHECK(first_fit(very_complex, world.supply())->household == standard);
}

TEST_CASE("a carer approved for young children is not offered a teenager", "[matching]") {
  World world;
  world.pool = FosterPool{3, {scenario::ApprovedAges{0, 4, 0.5}, scenario::ApprovedAges{11, 17, 0.5}}};
  const HouseholdId young = world.pool.approve(household(kTown, NeedLevel::standard, 1, 0));
  const HouseholdId teen = world.pool.approve(household(kMoor, NeedLevel::standard, 1, 1));
  CHECK(first_fit({3, NeedLevel::standard, kTown}, world.supply())->household == young);
  CHECK(first_fit({14, NeedLevel::standard, kTown}, world.supply())->household == teen);
  CHECK_FALSE(first_fit({8, NeedLevel::standard, kTown}, world.supply()));
}

TEST_CASE("a carer on a break or resigning is not offered a child", "[matching]") {
  World world;
  const HouseholdId resting = world.pool.approve(household(kTown, NeedLevel::standard));
  const HouseholdId leaving = world.pool.approve(household(kTown, NeedLevel::standard));
  world.pool.set_on_break(resting, true);
  world.pool.resign(leaving);
  CHECK_FALSE(first_fit({7, NeedLevel::standard, kTown}, world.supply()));
  world.pool.set_on_break(resting, false);
  CHECK(first_fit({7, NeedLevel::standard, kTown}, world.supply())->household == resting);
}

TEST_CASE("the scenario's order decides between types that both have room", "[matching]") {
  World world;
  world.pool.approve(household(kTown, NeedLevel::standard));
  world.policy.order = {PlacementType::ifa, PlacementType::in_house_foster};
  CHECK(first_fit({7, NeedLevel::standard, kTown}, world.supply(true))->type == PlacementType::ifa);
  CHECK(first_fit({7, NeedLevel::standard, kTown}, world.supply(false))->type == PlacementType::in_house_foster);
}

TEST_CASE("residential takes the nearest in-house home with a free bed, then an external one", "[matching]") {
  World world;
  world.policy.order = {PlacementType::residential};
  model::ChildrensHomes homes({{.locality = 2, .beds = 1}, {.locality = 1, .beds = 1}});  // moor, coast
  const SupplyView with_homes{world.policy, world.geography, nullptr, &homes, false, true};
  CHECK(*first_fit({15, NeedLevel::very_complex, kTown}, with_homes)->home == 1);
  homes.fill(1);
  CHECK(*first_fit({15, NeedLevel::very_complex, kTown}, with_homes)->home == 0);
  homes.fill(0);
  const auto external = first_fit({15, NeedLevel::very_complex, kTown}, with_homes);
  REQUIRE(external);
  CHECK(external->type == PlacementType::residential);
  CHECK_FALSE(external->home);
}
