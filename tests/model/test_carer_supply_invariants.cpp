// Carer supply in random small worlds, checked after every event: no household over
// capacity, a household that resigned or deregistered takes no new child, a deregistered
// household holds no child, training only raises skill; and training and conversion rates
// against their constant-hazard theory.
#include <catch2/catch.hpp>

#include <cmath>

#include "model_run.hpp"
#include "replication_interval.hpp"
#include "scenario_builder.hpp"

using namespace caresim;

namespace {

// Checks each placement with an in-house carer as it starts, and each change of approval.
struct PoolWatch final : model::CareObserver {
  const model::World* world = nullptr;
  long placements = 0, resignations = 0, skill_rises = 0, conversions = 0;
  std::vector<NeedLevel> skill;  // by household, as last seen

  void on(const model::PlacementStarted& e) override {
    if (e.type != PlacementType::in_house_foster) return;
    const auto& h = world->care().foster_pool()[e.household];
    REQUIRE(h.approved);
    REQUIRE_FALSE(h.resigning);
    REQUIRE_FALSE(h.on_break);
    REQUIRE(h.filled <= h.places);
    ++placements;
  }
  void on(const model::HouseholdApproved& e) override {
    if (model::index_of(e.household) >= skill.size()) skill.resize(model::index_of(e.household) + 1);
    skill[model::index_of(e.household)] = world->care().foster_pool()[e.household].skill;
  }
  void on(const model::HouseholdResigned&) override { ++resignations; }
  void on(const model::HouseholdApprovalChanged& e) override {
    const auto before = skill[model::index_of(e.household)];
    REQUIRE(e.skill >= before);
    if (e.skill > before) ++skill_rises; else ++conversions;
    skill[model::index_of(e.household)] = e.skill;
    REQUIRE(world->care().foster_pool()[e.household].approved);
  }
};

// Checked after each event: no household over capacity, none holding a child unapproved.
void check_capacity(const model::World& world) {
  for (const auto& h : world.care().foster_pool().households()) {
    REQUIRE(h.filled <= h.places);
    if (!h.approved) REQUIRE(h.filled == 0);
  }
}

scenario::Scenario random_supply_world(kernel::RandomStream& world) {
  auto s = testing::minimal_scenario();
  const auto pick = [&world](int n) { return static_cast<int>(world() % static_cast<unsigned>(n)); };
  s.children.entries_per_year = 10 + pick(60);
  s.children.age_at_entry = {0.2, 0.2, 0.2, 0.2, 0.2};
  s.children.need_level = {0.5, 0.3, 0.2};
  s.children.stay = testing::lognormal_days(100 + pick(900), 1.0);
  s.provision.in_house_foster = testing::in_house_households(pick(20), 1 + pick(3));
  s.provision.in_house_foster->skill = {0.6, 0.3, 0.1};
  s.provision.in_house_foster->approved_ages = {{0, 10, 0.5}, {0, 17, 0.3}, {10, 17, 0.2}};
  if (pick(2)) s.provision.emergency = scenario::EmergencySpec{};
  if (pick(2)) s.provision.ifa.reset();
  scenario::BreakdownSpec breakdowns;
  breakdowns.time_to_breakdown[static_cast<std::size_t>(PlacementType::in_house_foster)] = testing::exponential_days(300);
  breakdowns.carer_break_probability = 0.3;
  breakdowns.carer_break = testing::exponential_days(60);
  breakdowns.carer_resign_probability = 0.2;
  if (pick(4)) s.breakdowns = breakdowns;
  scenario::CarerSupplySpec supply;
  supply.enquiries_per_year = 20 + pick(200);
  supply.word_of_mouth_enquiries_per_household_per_year = 0.5 * pick(3);
  supply.application_share = 0.3;
  supply.application_after = testing::exponential_days(30);
  supply.assessment = testing::lognormal_days(200, 0.4);
  supply.approval_share = 0.5;
  supply.deregistration_by_tenure = {{0, 0.1 * pick(4)}, {3, 0.3}};
  supply.moves_to_ifa_per_year = 0.05 * pick(2);
  supply.joins_from_ifa_households_per_year = pick(3);
  supply.skill_rises_per_year = 0.2 * pick(3);
  if (pick(2)) supply.age_range_conversions = {{0, 1, 0.3}, {2, 1, 0.2}};
  if (pick(2)) supply.campaign = scenario::CampaignSpec{50, kernel::Date::from_ymd(2027, 1, 1), 2, 0};
  if (pick(2)) supply.fee_uplift = scenario::FeeUpliftSpec{0.3 * (pick(3) - 1), kernel::Date::from_ymd(2028, 6, 15), 0.5, -0.5};
  if (pick(2))
    supply.support = scenario::SupportSpec{
        0.7, 0.5, 0, pick(2) ? std::optional{kernel::Date::from_ymd(2026, 9, 1)} : std::nullopt};
  s.carer_supply = supply;
  return s;
}

// Households approved at the start, all standard and approved for 0-10, no children and no
// leaving: how many have risen a skill level or converted after `years`.
struct Changes {
  double trained_share, converted_share;
};
Changes changes_after(double years, std::uint64_t replication) {
  auto s = testing::minimal_scenario();
  s.children.entries_per_year = 0;
  s.provision.in_house_foster = testing::in_house_households(400, 1);
  s.provision.in_house_foster->approved_ages = {{0, 10, 1.0}, {0, 17, 0.0}};
  scenario::CarerSupplySpec supply;
  supply.application_share = 0;
  supply.assessment = testing::exponential_days(1);
  supply.skill_rises_per_year = 0.3;
  supply.age_range_conversions = {{0, 1, 0.1}};
  s.carer_supply = supply;
  testing::ModelRun<model::World> run(s, replication);
  const model::World& world = run.build();
  run.run_until(run.clock().start_of(s.run.start_date) + kernel::days_to_ticks(years * kernel::kDaysPerYear));
  double trained = 0, converted = 0;
  for (const auto& h : world.care().foster_pool().households()) {
    trained += h.skill != NeedLevel::standard;
    converted += h.age_range == 1;
  }
  const double n = static_cast<double>(world.care().foster_pool().households().size());
  return {trained / n, converted / n};
}

}  // namespace

TEST_CASE("with carer supply in random small worlds no household is over capacity, and resigned or deregistered "
          "households take no child",
          "[model][carer_supply][invariants]") {
  kernel::RandomStream worlds(4, 0, "supply worlds");
  long placements = 0, resignations = 0, rises = 0, conversions = 0;
  for (int trial = 0; trial < 40; ++trial) {
    const auto s = random_supply_world(worlds);
    INFO("trial " << trial);
    testing::ModelRun<model::World> run(s, static_cast<std::uint64_t>(trial));
    PoolWatch watch;
    run.publisher().subscribe<model::PlacementStarted, model::HouseholdApproved, model::HouseholdResigned,
                              model::HouseholdApprovalChanged>(watch);
    watch.world = &run.build();
    run.run_years(12, check_capacity);
    placements += watch.placements;
    resignations += watch.resignations;
    rises += watch.skill_rises;
    conversions += watch.conversions;
  }
  // The worlds did exercise what was checked.
  CHECK(placements > 1000);
  CHECK(resignations > 100);
  CHECK(rises > 100);
  CHECK(conversions > 100);
}

TEST_CASE("training raises a standard carer a level at the rate written, and conversions follow theirs",
          "[model][carer_supply][theory]") {
  constexpr double kYears = 3;
  std::vector<double> trained, converted;
  for (std::uint64_t r = 0; r < 20; ++r) {
    const auto changes = changes_after(kYears, r);
    trained.push_back(changes.trained_share);
    converted.push_back(changes.converted_share);
  }
  CHECK(testing::interval_99(trained).contains(1 - std::exp(-0.3 * kYears)));
  CHECK(testing::interval_99(converted).contains(1 - std::exp(-0.1 * kYears)));
}
