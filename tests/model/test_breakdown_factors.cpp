// The breakdown hazard factors against constant hazards: placements are split by what their
// factors depend on when they start (earlier breakdowns, age band, siblings in care), and
// each class's breakdowns per placement-year must be the base hazard times its factor.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <functional>
#include <stdexcept>
#include <unordered_map>
#include <utility>
#include <vector>

#include "model_run.hpp"
#include "replication_interval.hpp"
#include "run/experiment.hpp"
#include "scenario_builder.hpp"

using namespace caresim;
using namespace caresim::testing;

namespace {

// What the facts published so far say about a child, for classing its next placement.
struct ChildSoFar {
  kernel::Date date_of_birth;
  bool entered_with_siblings = false;
  int breakdowns = 0;  // in this episode of care
  NeedLevel need = NeedLevel::standard;
  std::uint32_t sibling_group = 0;
  NeedLevel highest_need_of_group = NeedLevel::standard;  // its own and its siblings', when it is placed
};

using Classify =
    std::function<std::size_t(const ChildSoFar&, const model::PlacementStarted&, kernel::Date placed_on)>;

// One replication's placement-years at risk and breakdowns, by the class each placement takes
// when it starts: the engine fixes a placement's hazard factors then.
class BreakdownsByClass final : public model::CareObserver {
 public:
  BreakdownsByClass(const kernel::Clock& clock, std::size_t classes, Classify classify)
      : clock_(clock), classify_(std::move(classify)), days_(classes), breakdowns_(classes) {}

  void on(const model::ChildEntered& e) override {
    children_[model::index_of(e.child)] = {e.date_of_birth, e.sibling_group != 0, 0, e.need, e.sibling_group};
    if (e.sibling_group != 0) group_need_[e.sibling_group] = std::max(group_need_[e.sibling_group], e.need);
  }
  void on(const model::PlacementStarted& e) override {
    const auto child = model::index_of(e.child);
    ChildSoFar& c = children_.at(child);
    c.highest_need_of_group = c.sibling_group != 0 ? group_need_.at(c.sibling_group) : c.need;
    open_[child] = {e.time, classify_(c, e, clock_.date_at(e.time))};
  }
  void on(const model::PlacementEnded& e) override {
    const auto child = model::index_of(e.child);
    const Open placement = open_.at(child);
    open_.erase(child);
    days_[placement.cls] += kernel::ticks_to_days(e.time - placement.started);
    if (e.reason != model::EndingReason::breakdown) return;
    ++breakdowns_[placement.cls];
    ++children_.at(child).breakdowns;
  }

  // Breakdowns per placement-year of each class, placements still open at `end` counted to it.
  std::vector<double> rates(kernel::Ticks end) const {
    std::vector<double> days = days_;
    for (const auto& [child, placement] : open_) days[placement.cls] += kernel::ticks_to_days(end - placement.started);
    std::vector<double> rates;
    for (std::size_t k = 0; k < days.size(); ++k)
      rates.push_back(static_cast<double>(breakdowns_[k]) / (days[k] / kernel::kDaysPerYear));
    return rates;
  }

 private:
  struct Open {
    kernel::Ticks started;
    std::size_t cls;
  };

  const kernel::Clock& clock_;
  Classify classify_;
  std::unordered_map<std::uint32_t, ChildSoFar> children_;
  std::unordered_map<std::uint32_t, NeedLevel> group_need_;  // by sibling group
  std::unordered_map<std::uint32_t, Open> open_;
  std::vector<double> days_;
  std::vector<long> breakdowns_;
};

// Each class's breakdowns per placement-year, one value per replication, over the whole run:
// with constant hazards the rate holds from the first day, so there is no warm-up to wait.
std::vector<std::vector<double>> rates_by_class(const scenario::Scenario& s, std::size_t classes,
                                                const Classify& classify) {
  std::vector<std::vector<double>> by_class(classes);
  for (int r = 0; r < s.run.replications; ++r) {
    ModelRun<model::CareSystem> run(s, static_cast<std::uint64_t>(r));
    BreakdownsByClass observed(run.clock(), classes, classify);
    run.publisher().subscribe<model::ChildEntered, model::PlacementStarted, model::PlacementEnded>(observed);
    run.run_years(s.run.years);
    const auto rates = observed.rates(run.clock().start_of(s.run.start_date.plus_years(s.run.years)));
    for (std::size_t k = 0; k < classes; ++k) by_class[k].push_back(rates[k]);
  }
  return by_class;
}

scenario::DistributionSpec constant_hazard(double per_year) {
  return exponential_days(kernel::kDaysPerYear / per_year);
}

// Every child placed at once with an IFA, and again after each breakdown, at hazard h.
scenario::Scenario ifa_only_with_breakdowns(double h) {
  auto s = minimal_scenario();
  s.provision.in_house_foster.reset();
  scenario::BreakdownSpec breakdowns;
  breakdowns.time_to_breakdown[static_cast<std::size_t>(PlacementType::ifa)] = constant_hazard(h);
  s.breakdowns = breakdowns;
  return s;
}

// In-house carers only, never short of room (some 450 children in care), each placement
// breaking down at hazard h.
scenario::Scenario in_house_only_with_breakdowns(double h, int places_per_household = 1) {
  auto s = minimal_scenario();
  s.provision.ifa.reset();
  s.provision.in_house_foster = in_house_households(1000, places_per_household);
  scenario::BreakdownSpec breakdowns;
  breakdowns.time_to_breakdown[static_cast<std::size_t>(PlacementType::in_house_foster)] = constant_hazard(h);
  s.breakdowns = breakdowns;
  return s;
}

}  // namespace

TEST_CASE("after k earlier breakdowns a placement breaks down at h x f^min(k, n) per placement-year",
          "[model][breakdowns][hazard]") {
  const double h = 1.0, f = 1.5;  // per year
  const int n = 2;
  auto s = ifa_only_with_breakdowns(h);
  s.breakdowns->per_earlier_breakdown_factor = f;
  s.breakdowns->earlier_breakdowns_counted = n;
  // Classes 0 to 3 earlier breakdowns, and 4 or more: past n the factor must stop compounding.
  const std::size_t classes = 5;
  const auto rates = rates_by_class(s, classes, [](const ChildSoFar& c, const model::PlacementStarted&, kernel::Date) {
    return static_cast<std::size_t>(std::min(c.breakdowns, 4));
  });
  for (std::size_t k = 0; k < classes; ++k) {
    const double expected = h * std::pow(f, std::min(static_cast<int>(k), n));
    INFO(k << " earlier breakdowns: theory " << expected);
    CHECK(interval_99(rates[k]).contains(expected));
  }
}

TEST_CASE("a placement starting in an age band breaks down at h times that band's factor",
          "[model][breakdowns][hazard]") {
  const double h = 0.8;
  auto s = ifa_only_with_breakdowns(h);
  s.children.age_at_entry = {0.2, 0.2, 0.2, 0.2, 0.2};
  s.breakdowns->age_band_factor = {0.5, 1, 1.5, 2, 3};  // each band its own, so a band taken for its neighbour shows
  const auto rates =
      rates_by_class(s, kAgeBandCount, [](const ChildSoFar& c, const model::PlacementStarted&, kernel::Date placed_on) {
        return age_band_index(kernel::age_in_years(c.date_of_birth, placed_on));
      });
  for (std::size_t band = 0; band < kAgeBandCount; ++band) {
    const double expected = h * s.breakdowns->age_band_factor[band];
    INFO("band " << kAgeBandNames[band] << ": theory " << expected);
    CHECK(interval_99(rates[band]).contains(expected));
  }
}

TEST_CASE("a child placed apart from its siblings breaks down at h x siblings_apart, a child alone at h",
          "[model][breakdowns][hazard][siblings]") {
  // Half the arrivals are pairs of babies, who leave care together. No household has room for
  // two and there is no IFA, so every pair is split and each child placed alone, apart from
  // its sibling for as long as both are in care: all its placements.
  const double h = 0.8, apart = 1.8;
  auto s = in_house_only_with_breakdowns(h);
  s.children.sibling_group_size = {0.5, 0.5};
  s.matching.siblings = scenario::SiblingRule::together_preferred;
  s.breakdowns->siblings_apart_factor = apart;
  const auto rates = rates_by_class(s, 2, [](const ChildSoFar& c, const model::PlacementStarted&, kernel::Date) {
    return static_cast<std::size_t>(c.entered_with_siblings);
  });
  CHECK(interval_99(rates[0]).contains(h));
  CHECK(interval_99(rates[1]).contains(h * apart));
}

TEST_CASE("a child placed with a carer k need levels short of its own breaks down at h x need_above_skill^k",
          "[model][breakdowns][hazard][matching]") {
  // Carers all of standard skill, never short of room, and children of every need: a child
  // of complex need is one level above its carer, one of very complex need two.
  const double h = 0.8, f = 1.6;
  auto s = in_house_only_with_breakdowns(h);
  s.children.need_level = {1.0 / 3, 1.0 / 3, 1.0 / 3};
  s.matching.need_above_skill_levels = 2;
  s.breakdowns->need_above_skill_factor = f;
  const auto rates =
      rates_by_class(s, kNeedLevelCount, [](const ChildSoFar&, const model::PlacementStarted& e, kernel::Date) {
        return static_cast<std::size_t>(-e.skill_above_need);
      });
  for (std::size_t short_by = 0; short_by < kNeedLevelCount; ++short_by) {
    const double expected = h * std::pow(f, static_cast<double>(short_by));
    INFO(short_by << " levels short: theory " << expected);
    CHECK(interval_99(rates[short_by]).contains(expected));
  }
}

TEST_CASE("siblings placed together with a carer k levels short of the highest need of theirs break down at "
          "h x need_above_skill^k",
          "[model][breakdowns][hazard][matching][siblings]") {
  // Pairs of babies, of standard or complex need, who leave care together, placed together
  // with carers of standard skill who take groups and never run short of room: a pair breaks
  // down on its first child's timer, which must carry the factor if either child's need is
  // complex.
  const double h = 0.8, f = 1.6;
  auto s = in_house_only_with_breakdowns(h, 2);
  s.provision.in_house_foster->takes_sibling_groups = 1;
  s.children.sibling_group_size = {0, 1};
  s.children.need_level = {0.5, 0.5, 0};
  s.matching.need_above_skill_levels = 1;
  s.breakdowns->need_above_skill_factor = f;
  const auto rates = rates_by_class(s, 2, [](const ChildSoFar& c, const model::PlacementStarted&, kernel::Date) {
    return static_cast<std::size_t>(c.highest_need_of_group);
  });
  CHECK(interval_99(rates[0]).contains(h));
  CHECK(interval_99(rates[1]).contains(h * f));
}

// A search places a child with a carer short of its need only where the scenario allows it
// (matching.need_above_skill_levels, from need_above_skill_start_date if given): then under
// both policies, else never, and the factor then changes nothing.
TEST_CASE("carers short of a child's need take children only where and from when the scenario allows it, under "
          "either policy",
          "[model][breakdowns][matching]") {
  // Mostly complex children, mostly standard carers, too few of them: a search that took the
  // nearest carer with a free place, whatever its skill, would do it often.
  auto s = minimal_scenario();
  s.run.years = 5;
  s.run.replications = 4;
  s.children.age_at_entry = {0.2, 0.2, 0.2, 0.2, 0.2};
  s.children.need_level = {0.2, 0.3, 0.5};
  s.children.sibling_group_size = {0.6, 0.3, 0.1};
  s.provision.in_house_foster = in_house_households(150, 2);
  s.provision.in_house_foster->skill = {0.6, 0.3, 0.1};
  s.provision.in_house_foster->takes_sibling_groups = 0.5;
  s.provision.ifa = ifa_with_cap(100);
  s.provision.emergency = scenario::EmergencySpec{};
  s.matching.siblings = scenario::SiblingRule::together_preferred;
  s.matching.step_down_from = {PlacementType::ifa};
  scenario::BreakdownSpec breakdowns;
  breakdowns.time_to_breakdown[static_cast<std::size_t>(PlacementType::in_house_foster)] = constant_hazard(1.0);
  breakdowns.need_above_skill_factor = 5;
  s.breakdowns = breakdowns;

  struct BelowNeed final : model::CareObserver {
    kernel::Ticks from = 0;  // when carers short of a child's need may take it
    long in_house = 0, below_need = 0, below_need_before = 0, stepped_down_below_need = 0;
    void on(const model::PlacementStarted& e) override {
      if (e.type != PlacementType::in_house_foster) return;
      ++in_house;
      below_need += e.skill_above_need < 0;
      below_need_before += e.skill_above_need < 0 && e.time < from;
      stepped_down_below_need += e.skill_above_need < 0 && e.planned_move;
    }
  };
  const kernel::Date midway = s.run.start_date.plus_days(900);
  for (const int allowed : {0, 2})
    for (const bool dated : {false, true})
      for (const auto policy : {scenario::MatchingPolicy::first_fit, scenario::MatchingPolicy::min_cost}) {
        if (dated && allowed == 0) continue;
        auto searched = s;
        searched.matching.need_above_skill_levels = allowed;
        if (dated) searched.matching.need_above_skill_start_date = midway;
        searched.matching.policy = policy;
        searched.matching.batch_days = policy == scenario::MatchingPolicy::min_cost ? 7 : 0;
        searched.matching.costs.type = scenario::rank_prices(searched.matching.order);  // as the reader sets them
        INFO(scenario::kMatchingPolicyNames[static_cast<std::size_t>(policy)] << ", " << allowed << " levels allowed"
                                                                              << (dated ? " from day 900" : ""));
        ModelRun<model::CareSystem> run(searched, 0);
        BelowNeed placements;
        if (dated) placements.from = run.clock().start_of(midway);
        run.publisher().subscribe<model::PlacementStarted>(placements);
        run.run_years(searched.run.years);
        CHECK(placements.in_house > 1000);
        if (allowed == 0) CHECK(placements.below_need == 0);
        else CHECK(placements.below_need > 100);
        if (dated) CHECK(placements.below_need_before == 0);
        CHECK(placements.stepped_down_below_need == 0);  // a step-down is to a better match
      }
  auto unfactored = s;
  unfactored.breakdowns->need_above_skill_factor = 1;
  CHECK(kpi_values(run::run_experiment(s, 2), "breakdowns_per_year") ==
        kpi_values(run::run_experiment(unfactored, 2), "breakdowns_per_year"));
}

TEST_CASE("when the first of siblings placed together leaves care, the one who takes over their breakdown timer "
          "takes its hazard factors too",
          "[model][breakdowns][siblings]") {
  // Pairs of 16- and 17-year-olds placed together, each leaving at 18, so that the first of a
  // pair often leaves before the other; every placement's factor is the 16-17 band's.
  auto s = in_house_only_with_breakdowns(0.2, 2);
  s.provision.in_house_foster->takes_sibling_groups = 1;
  s.children.age_at_entry = {0, 0, 0, 0, 1};
  s.children.sibling_group_size = {0, 1};
  s.children.stay = exponential_days(20'000);
  s.breakdowns->age_band_factor = {1, 1, 1, 1, 2};
  long survivors_leading = 0;
  ModelRun<model::CareSystem> run(s, 0);
  run.run_years(10, [&survivors_leading](const model::CareSystem& care) {
    for (std::uint32_t i = 0; i < care.children().size(); ++i) {
      const model::Child& c = care.children()[i];
      if (!c.in_care || !c.placed || model::index_of(c.unit_lead) != i) continue;
      REQUIRE(c.placement.breakdown_factor == 2);
      survivors_leading += c.sibling_group != 0 && c.sibling_next == model::ChildId{i};  // its pair's other left
    }
  });
  // Events seen with a pair's survivor leading its placement: about half of them took the
  // timer over from the first of the pair, who left.
  CHECK(survivors_leading > 100);
}

TEST_CASE("a scenario built in code with need_above_skill_levels outside 0-2 is refused, not run", "[model][matching]") {
  auto s = minimal_scenario();
  for (const int levels : {-1, 3}) {
    s.matching.need_above_skill_levels = levels;
    ModelRun<model::CareSystem> run(s, 0);
    CHECK_THROWS_AS(run.build(), std::invalid_argument);
  }
}
