// Times to breakdown redrawn under a raised hazard, given survival so far: the cumulative
// hazard and its inverse for every distribution, the conditional law against closed forms,
// the shortcuts for a Weibull of shape 1/2 (first draw and redraw) against the exact times,
// and in the whole model, a change of social worker that raises nothing leaves breakdowns
// as they were while one that raises the hazard adds breakdowns.
#include <catch2/catch.hpp>

#include <array>
#include <cmath>

#include "model/distribution_sampler.hpp"
#include "model/raised_hazard.hpp"
#include "replication_interval.hpp"
#include "run/experiment.hpp"
#include "scenario_builder.hpp"

using namespace caresim;
using namespace caresim::testing;
using Kind = scenario::DistributionSpec::Kind;

namespace {

scenario::DistributionSpec weibull_days(double shape, double scale) {
  scenario::DistributionSpec d;
  d.kind = Kind::weibull;
  d.shape = shape;
  d.scale = scale;
  return d;
}

scenario::DistributionSpec gamma_days(double shape, double scale) {
  auto d = weibull_days(shape, scale);
  d.kind = Kind::gamma;
  return d;
}

scenario::DistributionSpec empirical_days() {
  scenario::DistributionSpec d;
  d.kind = Kind::empirical;
  d.empirical_values = {0, 30, 365, 1500};
  d.empirical_cumulative = {0, 0.2, 0.8, 1};
  return d;
}

}  // namespace

TEST_CASE("the cumulative hazard is -log of the survival and its inverse gives the time back", "[model][hazard]") {
  for (const auto& spec : {exponential_days(300), lognormal_days(400, 0.9), weibull_days(0.7, 800),
                           gamma_days(2.5, 120), empirical_days()}) {
    for (const double t : {1.0, 29.0, 200.0, 900.0}) {
      const double h = model::cumulative_hazard(spec, t);
      CHECK(model::quantile(spec, -std::expm1(-h)) == Approx(t).epsilon(1e-9));  // the sampler's own quantile
      CHECK(model::time_at_cumulative_hazard(spec, h) == Approx(t).epsilon(1e-9));
    }
  }
}

TEST_CASE("a fixed time has no hazard before it and certain ending at it", "[model][hazard]") {
  const auto spec = fixed_days(100);
  CHECK(model::cumulative_hazard(spec, 99.9) == 0);
  CHECK(std::isinf(model::cumulative_hazard(spec, 100)));
  kernel::RandomStream rng(1, 0, "test");
  CHECK(model::draw_time_given_survival(spec, 1.0, 50, 3, 70, rng) == 100);
}

TEST_CASE("without a raise, a redraw given survival follows the conditional law S(a + t)^f / S(a)^f",
          "[model][hazard]") {
  // Weibull with shape below 1: survivors become safer with age, so forgetting the age
  // survived (a draw from the start) would show at once.
  const auto spec = weibull_days(0.5, 1000);
  const double factor = 1.5, age = 400, more = 300;
  kernel::RandomStream rng(3, 0, "test");
  const auto survival = [&](double t) { return std::exp(-factor * std::pow(t / 1000, 0.5)); };
  const double expected = survival(age + more) / survival(age);
  std::vector<double> survived;
  for (int batch = 0; batch < 20; ++batch) {
    int beyond = 0;
    for (int i = 0; i < 2000; ++i)
      if (model::draw_time_given_survival(spec, factor, age, 1, 0, rng) > age + more) ++beyond;
    survived.push_back(beyond / 2000.0);
  }
  CHECK(interval_99(survived).contains(expected));
}

TEST_CASE("with a raise k for T days and a constant hazard h, the mean time left is (1 - e^-khT)/kh + e^-khT/h",
          "[model][hazard]") {
  const double mean_days = 200, raise = 3, period = 60, elapsed = 500;
  const auto spec = exponential_days(mean_days);
  const double h = 1 / mean_days, kh = raise * h;
  const double expected = (1 - std::exp(-kh * period)) / kh + std::exp(-kh * period) / h;
  kernel::RandomStream rng(4, 0, "test");
  std::vector<double> means;
  for (int batch = 0; batch < 20; ++batch) {
    double sum = 0;
    for (int i = 0; i < 2000; ++i)
      sum += model::draw_time_given_survival(spec, 1, elapsed, raise, elapsed + period, rng) - elapsed;
    means.push_back(sum / 2000);
  }
  CHECK(interval_99(means).contains(expected));
}

TEST_CASE("a Weibull of shape 1/2 is redrawn to the very tick of the exact time", "[model][hazard]") {
  // The exact time, as the general path (std::pow's bits) works it out from the same budget.
  const auto exact = [](const scenario::DistributionSpec& spec, double budget, double factor, double elapsed,
                        double raise, double raised_until) {
    const auto hazard = [&spec](double t) { return model::cumulative_hazard(spec, t); };
    const double so_far = hazard(elapsed);
    double target = so_far + budget / factor;
    if (raised_until > elapsed && raise != 1) {
      const double at_raise_end = hazard(raised_until);
      const double spent_while_raised = factor * raise * (at_raise_end - so_far);
      if (raise > 0 && budget <= spent_while_raised)
        target = so_far + budget / (factor * raise);
      else
        target = at_raise_end + (budget - (raise > 0 ? spent_while_raised : 0.0)) / factor;
    }
    return std::max(elapsed, model::time_at_cumulative_hazard(spec, target));
  };
  kernel::RandomStream inputs(11, 0, "inputs");
  kernel::RandomStream rng(12, 0, "test");
  for (int i = 0; i < 300000; ++i) {
    const auto spec = weibull_days(0.5, 500 + 9500 * inputs.uniform01());
    const double factor = 0.2 + 5 * inputs.uniform01();
    const double elapsed = i % 7 == 0 ? 0 : 12000 * inputs.uniform01() * inputs.uniform01();
    const double raise = std::array{0.0, 0.5, 1.0, 1.2, 3.0, 100.0, 1000.0}[i % 7];
    const double raised_until = elapsed + 200 * inputs.uniform01();
    kernel::RandomStream same = rng;
    const double budget = -std::log(same.uniform01());
    const double drawn = model::draw_time_given_survival(spec, factor, elapsed, raise, raised_until, rng);
    const double wanted = exact(spec, budget, factor, elapsed, raise, raised_until);
    REQUIRE(std::abs(drawn - wanted) <= 1e-11 * wanted);  // the error the shortcut allows for
    REQUIRE(kernel::days_to_ticks(drawn) == kernel::days_to_ticks(wanted));
  }
}

TEST_CASE("a Weibull of shape 1/2 with a hazard factor is drawn to the very tick of Q(1 - U^(1/f))", "[model][hazard]") {
  kernel::RandomStream inputs(13, 0, "inputs");
  kernel::RandomStream rng(14, 0, "test");
  int rough_paths = 0;
  for (int i = 0; i < 300000; ++i) {
    const auto spec = weibull_days(0.5, 500 + 9500 * inputs.uniform01());
    const double factor = i % 5 == 0 ? 0.01 + 0.2 * inputs.uniform01() : 0.2 + 5 * inputs.uniform01();
    kernel::RandomStream same = rng;
    const double u = same.uniform01();
    const double drawn = model::draw_with_hazard_factor(spec, factor, rng);
    const double wanted = model::quantile(spec, -std::expm1(std::log(u) / factor));
    if (std::isinf(wanted)) {  // 1 - U^(1/f) rounded to 1: never, as the exact path says
      REQUIRE(drawn == wanted);
      continue;
    }
    if (drawn != wanted) ++rough_paths;
    REQUIRE(std::abs(drawn - wanted) <= 1e-11 * wanted);  // the error the shortcut allows for
    REQUIRE(kernel::days_to_ticks(drawn) == kernel::days_to_ticks(wanted));
  }
  CHECK(rough_paths > 0);  // the shortcut was taken, and its time differed in the last bits
}

TEST_CASE("a raise of 0 means no breakdown while it lasts", "[model][hazard]") {
  kernel::RandomStream rng(5, 0, "test");
  for (int i = 0; i < 1000; ++i)
    CHECK(model::draw_time_given_survival(exponential_days(10), 1, 5, 0, 205, rng) > 205);
}

namespace {

// IFA placements only, breaking down as a Weibull of shape 0.5; social workers who leave
// often, so children change worker many times in a placement.
scenario::Scenario changing_workers() {
  auto s = minimal_scenario();
  s.run.years = 6;
  s.run.warmup_years = 3;
  s.run.replications = 30;
  s.children.entries_per_year = 200;
  s.children.stay = exponential_days(700);
  s.provision.in_house_foster.reset();
  scenario::BreakdownSpec breakdowns;
  breakdowns.time_to_breakdown[static_cast<std::size_t>(PlacementType::ifa)] = weibull_days(0.5, 2000);
  s.breakdowns = breakdowns;
  s.workforce = with_social_workers(county_team(30, 15, 30, 3.0));
  s.workforce->social_workers->time_to_recruit = exponential_days(20);
  return s;
}

}  // namespace

TEST_CASE("a change of social worker that raises nothing leaves the breakdown rate as it was; a raise adds breakdowns",
          "[model][hazard][workforce]") {
  const auto plain = changing_workers();
  auto neutral = plain;
  neutral.workforce->effects_on_children = scenario::ChildEffectsSpec{scenario::ChildEffectsSpec::AfterChange{1, 90}, {}};
  auto raised = plain;
  raised.workforce->effects_on_children = scenario::ChildEffectsSpec{scenario::ChildEffectsSpec::AfterChange{3, 90}, {}};
  const auto base = kpi_values(run::run_experiment(plain, 2), "breakdowns_per_placement_year");
  const auto redrawn = kpi_values(run::run_experiment(neutral, 2), "breakdowns_per_placement_year");
  const auto more = kpi_values(run::run_experiment(raised, 2), "breakdowns_per_placement_year");
  CHECK(interval_99(differences(redrawn, base)).contains(0));  // every redraw conditioned on survival
  const Interval rise = interval_99(differences(more, base));
  CHECK(rise.mean - rise.half_width > 0);
}
