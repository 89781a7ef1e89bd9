#include <catch2/catch.hpp>

#include <cmath>
#include <vector>

#include <boost/math/distributions/binomial.hpp>
#include <boost/math/distributions/fisher_f.hpp>

#include "model/queueing_theory.hpp"
#include "run/experiment.hpp"
#include "scenario_builder.hpp"
#include "stats/moments.hpp"

using namespace caresim;

namespace {

run::ExperimentResult compared(const std::vector<scenario::Scenario>& scenarios, int threads = 2) {
  run::ExperimentOptions options;
  options.threads = threads;
  options.differences_from_first = true;
  return run::run_experiment(scenarios, options);
}

double offered_load(const scenario::Scenario& s) {
  return s.children.entries_per_year / kernel::kDaysPerYear * s.children.stay->expected_value();
}

}  // namespace

TEST_CASE("a scenario compared with itself differs by exactly zero, with an interval of no width", "[run][compare]") {
  auto s = testing::minimal_scenario();
  s.run.replications = 6;
  s.provision.ifa = testing::ifa_with_cap(40);  // so that children wait too
  const auto result = compared({s, s});
  REQUIRE(result.differences.size() == 1);
  const auto& aggregate = result.scenarios[0].aggregate;
  int compared_kpis = 0;
  for (std::size_t k = 0; k < aggregate.kpi_names().size(); ++k) {
    const auto* difference = result.differences[0].kpi(aggregate.kpi_names()[k]);
    REQUIRE(difference);
    if (aggregate.kpi_moments(k).n() == 0) continue;  // n/a: no difference either
    INFO(aggregate.kpi_names()[k]);
    CHECK(difference->n() == 6);
    CHECK(difference->mean() == 0.0);
    CHECK(difference->ci95_half_width() == 0.0);
    ++compared_kpis;
  }
  CHECK(compared_kpis > 10);
  for (const auto& flow : aggregate.yearly_names())
    for (std::size_t year = 0; year < aggregate.financial_years().size(); ++year) {
      CHECK(result.differences[0].yearly(flow, year)->mean() == 0.0);
      CHECK(result.differences[0].cumulative(flow, year)->ci95_half_width() == 0.0);
    }
}

TEST_CASE("common random numbers shrink the variance of a difference far below that of independent runs",
          "[run][compare]") {
  // Twenty more households change few children's placements, so with the same children
  // arriving the two runs move together; run on other seeds they do not.
  auto fewer = testing::minimal_scenario();
  fewer.run.replications = 20;
  auto more = fewer;
  more.provision.in_house_foster->households = 420;
  const auto paired = compared({fewer, more});
  const double paired_variance = paired.differences[0].kpi("first_placement_share.ifa")->variance();

  more.run.seed = 2;  // independent of `fewer`
  const auto independent = run::run_experiment(more, 2);
  const auto a = paired.kpi_values("first_placement_share.ifa", 0);
  const auto b = independent.kpi_values("first_placement_share.ifa");
  stats::Moments unpaired;
  for (std::size_t r = 0; r < a.size(); ++r) unpaired.add(b[r] - a[r]);

  // F test of equal variances, one-sided at 0.1%: common random numbers must beat it.
  const double n = static_cast<double>(a.size());
  const boost::math::fisher_f f(n - 1, n - 1);
  const double critical = boost::math::quantile(boost::math::complement(f, 0.001));
  INFO("paired variance " << paired_variance << ", independent " << unpaired.variance());
  CHECK(unpaired.variance() / paired_variance > critical);
  // And the paired means are still those of the two scenarios.
  CHECK(paired.differences[0].kpi("first_placement_share.ifa")->mean() ==
        Approx(paired.scenarios[1].aggregate.kpi_moments(*paired.scenarios[1].aggregate.kpi_index(
                   "first_placement_share.ifa")).mean() -
               paired.scenarios[0].aggregate.kpi_moments(*paired.scenarios[0].aggregate.kpi_index(
                   "first_placement_share.ifa")).mean())
            .margin(1e-12));
}

TEST_CASE("95% intervals cover the Erlang-B blocking probability in about 95% of repeated experiments",
          "[run][compare][theory]") {
  // M experiments on different seeds; each interval covers the known answer or not, so the
  // count of those that do is Binomial(M, 0.95) if the intervals are right.
  auto s = testing::minimal_scenario();
  s.children.entries_per_year = 100;
  s.provision.in_house_foster = testing::in_house_households(100, 1);
  s.run.years = 5;
  s.run.warmup_years = 3;
  s.run.replications = 10;
  const double blocking = testing::erlang_b(100, offered_load(s));

  constexpr int kExperiments = 200;
  int covered = 0;
  for (int m = 0; m < kExperiments; ++m) {
    s.run.seed = 1000 + static_cast<std::uint64_t>(m);
    const auto result = run::run_experiment(s, 2);
    const auto& aggregate = result.scenarios[0].aggregate;
    const auto summary = aggregate.kpi_summary(*aggregate.kpi_index("first_placement_share.ifa"));
    if (summary->ci95_low <= blocking && blocking <= summary->ci95_high) ++covered;
  }
  const boost::math::binomial coverage(kExperiments, 0.95);
  const double least = boost::math::quantile(coverage, 0.0005);
  const double most = boost::math::quantile(boost::math::complement(coverage, 0.0005));
  INFO(covered << " of " << kExperiments << " intervals cover Erlang-B " << blocking << "; expected " << least
               << " to " << most);
  CHECK(covered >= least);
  CHECK(covered <= most);
}
