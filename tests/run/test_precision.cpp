#include <catch2/catch.hpp>

#include <atomic>
#include <limits>
#include <string>
#include <vector>

#include "run/experiment.hpp"
#include "scenario/scenario_error.hpp"
#include "scenario_builder.hpp"
#include "stats/summary.hpp"

using namespace caresim;

namespace {

scenario::Scenario short_minimal() {
  auto s = testing::minimal_scenario();
  s.run.years = 4;
  s.run.warmup_years = 2;
  return s;
}

run::ExperimentOptions with_precision(std::vector<run::PrecisionTarget> targets, int batch, int cap, int threads = 2) {
  run::ExperimentOptions options;
  options.threads = threads;
  options.precision = run::Precision{std::move(targets), batch, cap};
  return options;
}

// The half-width of the 95% interval of the first n values.
double half_width_of_first(const std::vector<double>& values, std::size_t n) {
  const auto s = stats::summarize(std::vector<double>(values.begin(), values.begin() + static_cast<long>(n)));
  return (s->ci95_high - s->ci95_low) / 2;
}

}  // namespace

TEST_CASE("a precision target stops the run after the first whole batch whose interval is narrow enough",
          "[run][precision]") {
  const auto s = short_minimal();
  constexpr double kTarget = 0.006;
  constexpr int kBatch = 5;
  const auto result = run::run_experiment(std::vector{s}, with_precision({{"first_placement_share.ifa", kTarget}}, kBatch, 500));
  REQUIRE(result.precision);
  CHECK(result.precision->reached);
  const int ran = result.replications;
  CHECK(ran % kBatch == 0);
  CHECK(ran > kBatch);  // the target took more than one batch, so the test means something
  const auto values = result.kpi_values("first_placement_share.ifa");
  REQUIRE(values.size() == static_cast<std::size_t>(ran));
  CHECK(half_width_of_first(values, values.size()) <= kTarget);
  CHECK(result.precision->half_widths[0] == Approx(half_width_of_first(values, values.size())));
  for (int earlier = kBatch; earlier < ran; earlier += kBatch) {
    INFO("after " << earlier << " replications");
    CHECK(half_width_of_first(values, static_cast<std::size_t>(earlier)) > kTarget);
  }
}

TEST_CASE("a precision run is the same on 1 and 2 threads", "[run][precision][determinism]") {
  const auto s = short_minimal();
  const std::vector<run::PrecisionTarget> targets{{"children_in_care_mean", 3.0}, {"first_placement_share.ifa", 0.01}};
  const auto one = run::run_experiment(std::vector{s}, with_precision(targets, 4, 200, 1));
  const auto two = run::run_experiment(std::vector{s}, with_precision(targets, 4, 200, 2));
  CHECK(one.replications == two.replications);
  CHECK(one.kpi_values("children_in_care_mean") == two.kpi_values("children_in_care_mean"));
  CHECK(one.precision->half_widths == two.precision->half_widths);
}

TEST_CASE("a target that is never met stops at the cap, which need not be a whole batch, and says so",
          "[run][precision]") {
  const auto result = run::run_experiment(std::vector{short_minimal()},
                                          with_precision({{"children_in_care_mean", 1e-9}}, 5, 12));
  CHECK(result.replications == 12);
  REQUIRE(result.precision);
  CHECK_FALSE(result.precision->reached);
  CHECK(result.precision->half_widths[0] > 1e-9);
}

TEST_CASE("a KPI that is n/a can never meet its target", "[run][precision]") {
  const auto result =
      run::run_experiment(std::vector{short_minimal()}, with_precision({{"caseload_mean", 1.0}}, 2, 4));
  CHECK(result.replications == 4);
  CHECK_FALSE(result.precision->reached);
  CHECK(result.precision->half_widths[0] == std::numeric_limits<double>::infinity());
}

TEST_CASE("in a comparison the target is on the paired difference from the first scenario", "[run][precision]") {
  auto first = short_minimal();
  auto option = first;
  option.provision.in_house_foster->households = 430;
  auto options = with_precision({{"first_placement_share.ifa", 0.002}}, 3, 300);
  options.differences_from_first = true;
  options.precision_of_differences = true;
  const auto result = run::run_experiment(std::vector{first, option}, options);
  REQUIRE(result.precision);
  CHECK(result.precision->reached);
  CHECK(result.precision->of_differences);
  const double reached = result.differences[0].kpi("first_placement_share.ifa")->ci95_half_width();
  CHECK(reached <= 0.002);
  CHECK(result.precision->half_widths[0] == reached);
  // Each scenario's own interval is far wider: the target would have needed many more.
  const auto& aggregate = result.scenarios[0].aggregate;
  CHECK(aggregate.kpi_moments(*aggregate.kpi_index("first_placement_share.ifa")).ci95_half_width() > 0.002);
}

TEST_CASE("a precision target naming no KPI is the user's mistake, with a suggestion", "[run][precision]") {
  try {
    run::run_experiment(std::vector{short_minimal()}, with_precision({{"first_placement_share.iffa", 0.01}}, 5, 50));
    FAIL("an unknown KPI was accepted");
  } catch (const scenario::ScenarioError& e) {
    CHECK(std::string(e.what()) ==
          "caresim: --precision: unknown KPI 'first_placement_share.iffa' (did you mean 'first_placement_share.ifa'?)");
  }
}

TEST_CASE("a stop request starts no further replication, and the experiment says it stopped", "[run][precision]") {
  auto s = short_minimal();
  s.run.replications = 200;
  std::atomic<bool> stop{false};
  int folded = 0;
  run::ExperimentOptions options;
  options.threads = 2;
  options.stop = &stop;
  options.progress = [&](int done, int) {
    folded = done;
    if (done == 3) stop = true;  // as the signal's thread would, between replications
  };
  CHECK_THROWS_AS(run::run_experiment(std::span(&s, 1), options), run::Stopped);
  CHECK(folded >= 3);
  CHECK(folded <= 3 + 2 * options.threads);  // those under way, at most the threads' window, are finished

  stop = true;  // before the first: none runs
  folded = 0;
  CHECK_THROWS_AS(run::run_experiment(std::span(&s, 1), options), run::Stopped);
  CHECK(folded == 0);
}
