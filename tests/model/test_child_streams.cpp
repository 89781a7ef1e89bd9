// Common random numbers child by child: what is drawn for a child comes from its own streams,
// numbered by the order children arrive, so a scenario that places other children differently
// leaves this child's luck as it was.
#include <catch2/catch.hpp>

#include <map>

#include "model_run.hpp"
#include "scenario_builder.hpp"

using namespace caresim;
using namespace caresim::testing;

namespace {

// Each child's first placement, by the order children first entered care: where, how far,
// and when it broke down (never, if it did not).
struct FirstPlacements final : model::CareObserver {
  struct First {
    PlacementType type;
    double miles;
    kernel::Ticks broke_down = -1;
  };
  std::map<std::uint32_t, std::uint32_t> number_of_record;  // the record's child, by arrival
  std::map<std::uint32_t, First> first;                     // by arrival number
  std::uint32_t arrived = 0;
  void on(const model::ChildEntered& e) override {
    if (!e.re_entry) number_of_record[model::index_of(e.child)] = arrived++;
  }
  void on(const model::PlacementStarted& e) override {
    if (e.placement_number == 1 && !e.planned_move) first.emplace(number_of(e.child), First{e.type, e.miles});
  }
  void on(const model::PlacementEnded& e) override {
    auto found = first.find(number_of(e.child));
    if (e.reason == model::EndingReason::breakdown && found != first.end() && found->second.broke_down < 0)
      found->second.broke_down = e.time;
  }
  std::uint32_t number_of(model::ChildId child) const { return number_of_record.at(model::index_of(child)); }
};

// Children placed with an IFA (at a drawn distance) or, in `with_carers`, with in-house carers
// first; IFA placements break down.
FirstPlacements first_placements(bool with_carers) {
  auto s = minimal_scenario();
  s.children.entries_per_year = 60;
  if (with_carers)
    s.provision.in_house_foster = in_house_households(20, 1);
  else
    s.provision.in_house_foster.reset();
  s.provision.ifa->miles = lognormal_days(15, 0.5);  // miles
  scenario::BreakdownSpec breakdowns;
  breakdowns.time_to_breakdown[static_cast<std::size_t>(PlacementType::ifa)] = exponential_days(400);
  breakdowns.time_to_breakdown[static_cast<std::size_t>(PlacementType::in_house_foster)] = exponential_days(400);
  s.breakdowns = breakdowns;
  ModelRun<model::CareSystem> run(s, 3);
  FirstPlacements seen;
  run.publisher().subscribe<model::ChildEntered, model::PlacementStarted, model::PlacementEnded>(seen);
  run.build();
  run.run_years(5);
  return seen;
}

}  // namespace

TEST_CASE("a child placed with an IFA at entry with or without in-house carers for others has the same distance and "
          "breakdown", "[model][random]") {
  // With carers, some children go to them instead, and their placements draw distances and
  // breakdowns too: from a stream shared by all children, every later child's would shift.
  const FirstPlacements without = first_placements(false), with = first_placements(true);
  long compared = 0, in_house = 0, broke_down = 0;
  for (const auto& [number, placed] : with.first) {
    if (placed.type == PlacementType::in_house_foster) ++in_house;
    if (placed.type != PlacementType::ifa) continue;
    INFO("child " << number);
    const auto& alone = without.first.at(number);
    REQUIRE(alone.type == PlacementType::ifa);
    CHECK(alone.miles == placed.miles);
    CHECK(alone.broke_down == placed.broke_down);
    ++compared;
    if (placed.broke_down >= 0) ++broke_down;
  }
  CHECK(in_house > 20);  // the two runs do differ
  CHECK(compared > 100);
  CHECK(broke_down > 20);
}
