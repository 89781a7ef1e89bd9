// A council children's home that closes on a date: it takes no child from then, its children
// move out as each finds a place (planned moves, searching again at month ends), and it has
// closed when its last child has left; checked after every event of a replication.
#include <catch2/catch.hpp>

#include <set>
#include <vector>

#include "model_run.hpp"
#include "scenario_builder.hpp"

using namespace caresim;
using namespace caresim::testing;

namespace {

// Children's homes only: the council's two (two beds that stay, three that close a year in)
// and external homes found at one search in five, so that a move out often waits for a
// later search. 30 children a year stay about a year.
scenario::Scenario homes_only(kernel::Date closes) {
  auto s = minimal_scenario();
  s.children.entries_per_year = 30;
  s.provision.in_house_foster.reset();
  s.provision.ifa.reset();
  s.provision.residential = scenario::ResidentialSpec{
      {{.locality = 0, .beds = 2}, {.locality = 0, .beds = 3, .closing_date = closes}},
      scenario::ResidentialSpec::External{0.2, std::nullopt}};
  return s;
}

// Watches the children living in the closing home from its date: how each leaves it.
struct ClosingHome final : model::CareObserver {
  std::set<std::uint32_t> living_there, moving;
  std::vector<kernel::Ticks> planned_moves;  // out of the closing home, when
  long moved_not_planned = 0;
  std::vector<model::ChildrensHomeClosed> closed;
  void on(const model::PlacementEnded& e) override {
    const std::uint32_t child = model::index_of(e.child);
    if (!living_there.erase(child)) return;
    if (e.reason == model::EndingReason::moved_on) moving.insert(child);  // its next placement starts at once
  }
  void on(const model::PlacementStarted& e) override {
    if (!moving.erase(model::index_of(e.child))) return;
    if (e.planned_move) planned_moves.push_back(e.time);
    else ++moved_not_planned;
  }
  void on(const model::ChildrensHomeClosed& e) override { closed.push_back(e); }
};

}  // namespace

TEST_CASE("a council home that closes takes no child from its date, its children move out as each finds a place, "
          "and it has closed when the last has left",
          "[model][homes]") {
  const kernel::Date closes = minimal_scenario().run.start_date.plus_years(1);
  // External homes found at every search, or at one in five.
  for (const double availability : {1.0, 0.2}) {
    INFO(availability);
    auto s = homes_only(closes);
    s.provision.residential->external->availability = availability;
    ModelRun<model::CareSystem> run(s, 0);
    const kernel::Ticks closing = run.clock().start_of(closes);
    ClosingHome seen;
    run.publisher().subscribe<model::PlacementEnded, model::PlacementStarted, model::ChildrensHomeClosed>(seen);
    const model::CareSystem& care = run.build();
    const auto& homes = care.childrens_homes().homes();
    const auto in_home = [&care](std::size_t home) {
      std::set<std::uint32_t> ids;
      for (std::uint32_t i = 0; i < care.children().size(); ++i) {
        const model::Child& c = care.children()[i];
        if (c.placed && c.placement.type == PlacementType::residential && c.placement.home == home) ids.insert(i);
      }
      return ids;
    };
    run.run_until(closing - 1);
    REQUIRE(homes[1].filled > 0);  // children live there the day before (nearly always all three)
    seen.living_there = in_home(1);
    const std::set<std::uint32_t> there_at_closing = seen.living_there;
    long checked = 0;
    run.run_years(4, [&](const model::CareSystem& now) {
      const auto& h = now.childrens_homes().homes()[1];
      if (!h.closing) return;  // an event of the date before the home's own: 31 March's year end
      // No child comes in: the beds left are those still filled, by the children of the date.
      REQUIRE(h.beds == h.filled);
      for (const std::uint32_t id : in_home(1)) REQUIRE(there_at_closing.contains(id));
      ++checked;
    });
    CHECK(checked > 100);
    REQUIRE(seen.closed.size() == 1);
    CHECK(seen.closed[0].home == 1);
    CHECK(seen.closed[0].beds == 3);
    CHECK(homes[1].beds == 0);
    CHECK(homes[1].filled == 0);
    CHECK(seen.moving.empty());
    CHECK(seen.moved_not_planned == 0);
    REQUIRE_FALSE(seen.planned_moves.empty());
    CHECK(seen.closed[0].time >= seen.planned_moves.back());
    if (availability == 1) {  // all move on the date, and it closes then
      CHECK(seen.planned_moves == std::vector<kernel::Ticks>(there_at_closing.size(), closing));
      CHECK(seen.closed[0].time == closing);
      continue;
    }
    // Those who find nothing stay, and search again at the end of each month.
    CHECK(seen.planned_moves.back() > closing);
    for (const kernel::Ticks t : seen.planned_moves) {
      INFO(t);
      const kernel::Date day = run.clock().date_at(t - 1);
      CHECK((t == closing || (day == day.month_end() && t == run.clock().end_of(day))));
    }
  }
}

TEST_CASE("a council home with no child on its closing date closes at once, and takes no child after",
          "[model][homes]") {
  const kernel::Date closes = minimal_scenario().run.start_date;  // the first day, with no child in care
  ModelRun<model::CareSystem> run(homes_only(closes), 1);
  ClosingHome seen;
  run.publisher().subscribe<model::ChildrensHomeClosed>(seen);
  const model::CareSystem& care = run.build();
  long placed_in_it = 0;
  run.run_years(2, [&placed_in_it](const model::CareSystem& now) {
    for (const model::Child& c : now.children()) placed_in_it += c.placed && c.placement.home == std::size_t{1};
  });
  REQUIRE(seen.closed.size() == 1);
  CHECK(seen.closed[0].time == 0);
  CHECK(placed_in_it == 0);
  CHECK(care.childrens_homes().homes()[1].beds == 0);
  CHECK(care.childrens_homes().homes()[0].filled > 0);
}
