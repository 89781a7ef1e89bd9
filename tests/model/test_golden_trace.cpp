#include <catch2/catch.hpp>

#include <cstdlib>
#include <fstream>
#include <sstream>

#include "model_run.hpp"
#include "scenario_builder.hpp"
#include "temp_directory.hpp"

using namespace caresim;

namespace {

// Writes every fact the model publishes as one line: the tick, the date, and what happened.
class TraceWriter final : public model::CareObserver {
 public:
  explicit TraceWriter(const kernel::Clock& clock) : clock_(clock) {}

  void on(const model::ChildEntered& e) override {
    line(e.time) << "entered child=" << id(e.child) << " band=" << name_of(e.band) << " need=" << name_of(e.need)
                 << " home=" << static_cast<int>(e.home) << '\n';
  }
  void on(const model::ChildLeftCare& e) override {
    line(e.time) << "left child=" << id(e.child) << (e.reason == model::LeavingReason::turned_18 ? " at 18" : "") << '\n';
  }
  void on(const model::PlacementStarted& e) override {
    line(e.time) << "placed child=" << id(e.child) << " in " << name_of(e.type) << " #" << e.placement_number
                 << " after " << e.time - e.sought_since << "s, " << e.miles << " miles\n";
  }
  void on(const model::PlacementEnded& e) override {
    static constexpr const char* kReasons[] = {"left care", "breakdown", "moved on"};
    line(e.time) << "placement ended child=" << id(e.child) << " (" << kReasons[static_cast<int>(e.reason)] << ")\n";
  }
  void on(const model::WaitingStarted& e) override { line(e.time) << "waiting child=" << id(e.child) << '\n'; }
  void on(const model::WaitingEnded& e) override { line(e.time) << "stopped waiting child=" << id(e.child) << '\n'; }
  void on(const model::HouseholdDeregistered& e) override {
    line(e.time) << "household deregistered " << model::index_of(e.household) << '\n';
  }
  void on(const model::CarerBreakStarted& e) override {
    line(e.time) << "carer break started " << model::index_of(e.household) << '\n';
  }
  void on(const model::CarerBreakEnded& e) override {
    line(e.time) << "carer break ended " << model::index_of(e.household) << '\n';
  }
  void on(const model::HouseholdApproved& e) override {
    line(e.time) << "household approved " << model::index_of(e.household) << " places=" << e.places << '\n';
  }
  void on(const model::MonthEnded& e) override { line(e.time) << "month ended " << e.date.iso() << '\n'; }
  void on(const model::YearEnded& e) override { line(e.time) << "year ended " << e.date.iso() << '\n'; }

  std::string text() const { return out_.str(); }

 private:
  static std::uint32_t id(model::ChildId child) { return model::index_of(child); }
  std::ostringstream& line(kernel::Ticks t) {
    out_ << t << ' ' << clock_.date_at(t).iso() << ' ';
    return out_;
  }
  const kernel::Clock& clock_;
  std::ostringstream out_;
};

}  // namespace

// The whole event history of a tiny world with a fixed seed, kept in tests/model/golden/, so
// that any change of behaviour shows as a readable diff. A regression check only: it says the
// story changed, never that it was right (each mechanism here has its theory test elsewhere).
// After an intended change, rerun with CARESIM_UPDATE_GOLDEN=1 and review the diff of the
// file before committing it.
TEST_CASE("a tiny scenario with a fixed seed tells the same story as the golden trace", "[model][golden]") {
  auto s = testing::minimal_scenario();
  s.run.seed = 7;
  s.children.entries_per_year = 12;
  s.children.age_at_entry = {0.2, 0.2, 0.2, 0.2, 0.2};
  s.children.stay = testing::lognormal_days(200, 1.0);
  s.children.need_level = {0.6, 0.3, 0.1};
  s.geography = scenario::GeographySpec{{{"town", 0.7}, {"moor", 0.3}}, {{0, 1, 25}}, 4};
  s.provision.in_house_foster = testing::in_house_households(3, 2);
  s.provision.in_house_foster->skill = {0.5, 0.5, 0};
  s.provision.ifa = testing::ifa_with_cap(1);
  s.provision.ifa->miles = testing::lognormal_days(15, 0.5);  // miles
  s.provision.residential = scenario::ResidentialSpec{{{.locality = 1, .beds = 1}}, std::nullopt};
  s.provision.emergency = scenario::EmergencySpec{};
  scenario::BreakdownSpec breakdowns;
  breakdowns.time_to_breakdown[static_cast<std::size_t>(PlacementType::in_house_foster)] = testing::exponential_days(300);
  breakdowns.need_above_skill_factor = 2;
  breakdowns.carer_break_probability = 0.5;
  breakdowns.carer_break = testing::exponential_days(60);
  breakdowns.carer_resign_probability = 0.2;
  s.breakdowns = breakdowns;

  testing::ModelRun<model::CareSystem> run(s, 0);
  TraceWriter trace(run.clock());
  run.publisher().subscribe<model::ChildEntered, model::ChildLeftCare, model::PlacementStarted, model::PlacementEnded,
                            model::WaitingStarted, model::WaitingEnded, model::HouseholdApproved,
                            model::HouseholdDeregistered, model::CarerBreakStarted, model::CarerBreakEnded,
                            model::MonthEnded, model::YearEnded>(trace);
  run.run_years(2);

  const std::string golden_path = std::string(std::getenv("CARESIM_SOURCE_DIR")) + "/tests/model/golden/tiny_trace.txt";
  if (std::getenv("CARESIM_UPDATE_GOLDEN")) {
    std::ofstream(golden_path, std::ios::binary) << trace.text();
    FAIL("golden trace rewritten at " << golden_path << ": review its diff, then run without CARESIM_UPDATE_GOLDEN");
  }
  const std::string golden = testing::read_file(golden_path);
  REQUIRE_FALSE(golden.empty());
  CHECK(trace.text() == golden);
}
