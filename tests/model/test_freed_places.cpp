// Places freed are offered to the children waiting: an IFA place freed by a step-down, a
// secure bed freed at the end of a stay, and the beds of a council home that opens, checked
// after every event of a replication.
#include <catch2/catch.hpp>

#include <algorithm>
#include <map>
#include <set>
#include <stdexcept>
#include <vector>

#include "model_run.hpp"
#include "scenario_builder.hpp"

using namespace caresim;
using namespace caresim::testing;

namespace {

// The children waiting, longest waiting first.
std::vector<model::ChildId> waiting_children(const model::CareSystem& care) {
  std::vector<model::ChildId> waiting;
  for (auto id = care.waiting().front(); id != model::kNoChild; id = care.children()[model::index_of(id)].waiting_next)
    waiting.push_back(id);
  return waiting;
}

}  // namespace

TEST_CASE("an IFA place freed by a step-down goes to a child waiting for one", "[model][step-down]") {
  // In-house carers take standard needs only, so children with complex needs wait for the
  // capped IFA; a child with standard needs who steps down from the IFA frees its place.
  auto s = minimal_scenario();
  s.children.entries_per_year = 60;
  s.children.age_at_entry = {0, 0, 1.0, 0, 0};
  s.children.need_level = {0.5, 0.5, 0};
  s.provision.in_house_foster = in_house_households(30, 1);
  s.provision.ifa = ifa_with_cap(20);
  s.matching.step_down_from = {PlacementType::ifa};
  long waited_beside_room = 0, waiting_seen = 0;
  for (std::uint64_t replication = 0; replication < 8; ++replication) {
    ModelRun<model::CareSystem> run(s, replication);
    run.run_years(10, [&](const model::CareSystem& care) {
      const auto waiting = care.waiting().size();
      waiting_seen += static_cast<long>(waiting);
      if (waiting > 0 && care.ifa_in_use() < 20) ++waited_beside_room;  // the IFA takes every child
    });
  }
  CHECK(waiting_seen > 1000);  // the IFA is full often enough for children to wait
  CHECK(waited_beside_room == 0);
}

TEST_CASE("a secure bed freed goes to the child waiting longest for one", "[model][secure]") {
  // Every search is for secure care and there is nothing else: children who find the one bed
  // taken wait for it; children out of secure care wait for a placement that never comes.
  auto s = minimal_scenario();
  s.children.entries_per_year = 20;
  s.provision.in_house_foster.reset();
  s.provision.ifa.reset();
  scenario::SecureSpec secure;
  secure.min_age = 0;
  secure.chance_per_search = 1;
  secure.beds = 1;
  secure.stay = fixed_days(10);  // the bed could take 36 a year: a queue forms now and then
  s.provision.secure = secure;
  struct SecureStays final : model::CareObserver {
    std::set<std::uint32_t> been_in_secure;  // this episode of care
    std::vector<model::ChildId> admitted;    // to secure care, in order
    void on(const model::ChildEntered& e) override { been_in_secure.erase(model::index_of(e.child)); }
    void on(const model::PlacementStarted& e) override {
      if (e.type != PlacementType::secure) return;
      been_in_secure.insert(model::index_of(e.child));
      admitted.push_back(e.child);
    }
  };
  long bed_left_free = 0, out_of_turn = 0;
  for (std::uint64_t replication = 0; replication < 4; ++replication) {
    ModelRun<model::CareSystem> run(s, replication);
    SecureStays stays;
    run.publisher().subscribe<model::ChildEntered, model::PlacementStarted>(stays);
    std::vector<model::ChildId> waiting_for_bed;  // as the last event left them, longest waiting first
    std::size_t admissions_seen = 0;
    run.run_years(10, [&](const model::CareSystem& care) {
      // A child admitted from the queue is the one who had waited longest for a bed.
      for (; admissions_seen < stays.admitted.size(); ++admissions_seen) {
        const auto queued = std::find(waiting_for_bed.begin(), waiting_for_bed.end(), stays.admitted[admissions_seen]);
        if (queued != waiting_for_bed.end() && queued != waiting_for_bed.begin()) ++out_of_turn;
      }
      waiting_for_bed.clear();
      for (const auto id : waiting_children(care))
        if (!stays.been_in_secure.contains(model::index_of(id))) waiting_for_bed.push_back(id);
      if (care.secure_in_use() == 0 && !waiting_for_bed.empty()) ++bed_left_free;
    });
    CHECK(stays.admitted.size() > 100);
  }
  CHECK(bed_left_free == 0);
  CHECK(out_of_turn == 0);
}

TEST_CASE("a scenario built in code that steps down from a kind the reader refuses is refused, not run",
          "[model][step-down]") {
  // An emergency stop-gap is a wait: a child in one is in the waiting list, whose links the
  // step-down list shares, so the model must never take it as a step-down source.
  auto s = minimal_scenario();
  s.provision.emergency = scenario::EmergencySpec{};
  s.matching.policy = scenario::MatchingPolicy::min_cost;
  for (const PlacementType type : {PlacementType::emergency, PlacementType::in_house_foster, PlacementType::kinship,
                                   PlacementType::secure}) {
    s.matching.step_down_from = {type};
    INFO(name_of(type));
    ModelRun<model::CareSystem> run(s, 0);
    CHECK_THROWS_AS(run.build(), std::invalid_argument);
  }
  s.matching.step_down_from = {PlacementType::ifa, PlacementType::residential, PlacementType::supported};
  ModelRun<model::CareSystem> run(s, 0);
  CHECK_NOTHROW(run.run_years(1));
}

TEST_CASE("step-down from a start date moves no child before it, and from it the children placed where it applies, "
          "those placed there before it too",
          "[model][step-down]") {
  // In-house places nearly always full once the children in care have built up (about 450
  // in care for 400 places, after a few years from an empty start), an IFA taking the rest.
  auto s = minimal_scenario();
  s.matching.step_down_from = {PlacementType::ifa};
  const kernel::Date starts = s.run.start_date.plus_years(4);
  s.matching.step_down_start_date = starts;
  struct StepDowns final : model::CareObserver {
    kernel::Ticks starts = 0;
    std::map<std::uint32_t, kernel::Ticks> ifa_since;  // by child record: its latest IFA placement's start
    long before = 0, after = 0, placed_before_start = 0;
    void on(const model::PlacementStarted& e) override {
      const std::uint32_t child = model::index_of(e.child);
      if (e.planned_move) {
        ++(e.time < starts ? before : after);
        placed_before_start += ifa_since.at(child) < starts;
      }
      if (e.type == PlacementType::ifa) ifa_since[child] = e.time;
    }
  } seen;
  ModelRun<model::CareSystem> run(s, 0);
  seen.starts = run.clock().start_of(starts);
  run.publisher().subscribe<model::PlacementStarted>(seen);
  run.run_years(6);
  CHECK(seen.before == 0);
  CHECK(seen.after > 100);
  CHECK(seen.placed_before_start > 0);
}

TEST_CASE("a child left alone where step-down applies, when the sibling it was placed with leaves care, joins the "
          "list as a child placed alone there does",
          "[model][step-down]") {
  // Pairs of 16- and 17-year-olds placed together with an IFA (the in-house carers take no
  // pairs); the first of a pair to turn 18 leaves care, and the one left may step down.
  auto s = minimal_scenario();
  s.children.entries_per_year = 60;
  s.children.age_at_entry = {0, 0, 0, 0, 1.0};
  s.children.sibling_group_size = {0, 1.0};
  s.children.stay = exponential_days(2000);  // most stay until 18
  s.provision.in_house_foster = in_house_households(30, 1);
  s.matching.step_down_from = {PlacementType::ifa};
  long stepped_down = 0;
  for (std::uint64_t replication = 0; replication < 4; ++replication) {
    ModelRun<model::CareSystem> run(s, replication);
    struct StepDowns final : model::CareObserver {
      long* count;
      void on(const model::PlacementStarted& e) override { *count += e.planned_move; }
    } seen;
    seen.count = &stepped_down;
    run.publisher().subscribe<model::PlacementStarted>(seen);
    run.run_years(4);
  }
  CHECK(stepped_down > 0);
}

TEST_CASE("a council home that opens on a date takes no child before it, and its beds go first to the children "
          "waiting longest",
          "[model][homes]") {
  // Children's homes only: two beds open from the start, three from a year on, so children
  // wait (30 a year staying about a year).
  auto s = minimal_scenario();
  s.children.entries_per_year = 30;
  s.provision.in_house_foster.reset();
  s.provision.ifa.reset();
  const kernel::Date opens = s.run.start_date.plus_years(1);
  s.provision.residential = scenario::ResidentialSpec{
      {{.locality = 0, .beds = 2}, {.locality = 0, .beds = 3, .opening_date = opens}}, std::nullopt};
  ModelRun<model::CareSystem> run(s, 0);
  const kernel::Ticks opening = run.clock().start_of(opens);
  const model::CareSystem& care = run.build();
  const auto& homes = care.childrens_homes().homes();
  long checked = 0;
  run.run_until(opening - 1, [&checked](const model::CareSystem& now) {
    const auto& h = now.childrens_homes().homes();
    checked += h[1].beds == 0 && h[1].filled == 0 && h[0].filled <= 2;
  });
  CHECK(checked > 30);
  const std::vector<model::ChildId> waiting = waiting_children(care);
  REQUIRE(waiting.size() > 3);
  run.run_until(opening);
  CHECK(homes[1].beds == 3);
  CHECK(homes[1].filled == 3);
  for (std::size_t i = 0; i < waiting.size(); ++i) {
    const model::Child& c = care.children()[model::index_of(waiting[i])];
    INFO(i);
    CHECK(c.placed == (i < 3));
    if (i < 3) CHECK(c.placement.home == std::size_t{1});
  }
}
