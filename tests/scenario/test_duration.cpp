// Distribution objects: reading each kind, its mistakes, and the mean it implies.
#include <catch2/catch.hpp>
#include <cmath>

#include "scenario/load_scenario.hpp"
#include "scenario_files.hpp"

namespace caresim::scenario {
namespace {

using testing::located;
using testing::problems_loading;
using testing::ScenarioFolder;
using Lines = std::vector<std::string>;

// A scenario whose stay is `stay`, written on line 4 from column 9.
std::string with_stay(std::string_view stay) {
  std::string yaml = R"(name: durations
run: {start_date: 2025-04-01, years: 1}
children:
  stay: STAY
  entries_per_year: 1
  age_at_entry: {"0": 1}
provision: {}
)";
  return yaml.replace(yaml.find("STAY"), 4, stay);
}

DistributionSpec stay_read_from(std::string_view stay) {
  ScenarioFolder folder;
  return load_scenario(folder.write("stay.yaml", with_stay(stay))).scenario.children.stay.value();
}

Lines problems_with_stay(std::string_view stay) {
  ScenarioFolder folder;
  return located(problems_loading(folder.write("stay.yaml", with_stay(stay))));
}

TEST_CASE("each kind of distribution reads its own parameters", "[scenario][duration]") {
  const DistributionSpec exponential = stay_read_from("{distribution: exponential, mean_days: 365}");
  CHECK(exponential.kind == DistributionSpec::Kind::exponential);
  CHECK(exponential.mean == 365);

  const DistributionSpec lognormal =
      stay_read_from("{distribution: lognormal, median_days: 400, sigma: 1.1}");
  CHECK(lognormal.kind == DistributionSpec::Kind::lognormal);
  CHECK(lognormal.median == 400);
  CHECK(lognormal.sigma == 1.1);

  const DistributionSpec weibull =
      stay_read_from("{distribution: weibull, shape: 0.8, scale_days: 300}");
  CHECK(weibull.kind == DistributionSpec::Kind::weibull);
  CHECK(weibull.shape == 0.8);
  CHECK(weibull.scale == 300);

  const DistributionSpec gamma = stay_read_from("{distribution: gamma, shape: 2, scale_days: 150}");
  CHECK(gamma.kind == DistributionSpec::Kind::gamma);
  CHECK(gamma.shape == 2);
  CHECK(gamma.scale == 150);

  const DistributionSpec fixed = stay_read_from("{distribution: fixed, days: 0}");
  CHECK(fixed.kind == DistributionSpec::Kind::fixed);
  CHECK(fixed.value == 0);

  const DistributionSpec empirical =
      stay_read_from("{distribution: empirical, days: [0, 100, 400], cumulative: [0, 0.5, 1]}");
  CHECK(empirical.kind == DistributionSpec::Kind::empirical);
  CHECK(empirical.empirical_values == std::vector<double>{0, 100, 400});
  CHECK(empirical.empirical_cumulative == std::vector<double>{0, 0.5, 1});
}

TEST_CASE("an unknown distribution suggests the one it probably meant", "[scenario][duration]") {
  CHECK(problems_with_stay("{distribution: expo, mean_days: 365}") ==
        Lines{"4:24: unknown distribution 'expo' (did you mean 'exponential'?) "
              "(children.stay.distribution)"});
  CHECK(problems_with_stay("{distribution: poisson, mean_days: 365}") ==
        Lines{"4:24: unknown distribution 'poisson' (one of exponential, lognormal, weibull, "
              "gamma, fixed, empirical) (children.stay.distribution)"});
}

TEST_CASE("a parameter of another distribution is an unknown key", "[scenario][duration]") {
  CHECK(problems_with_stay("{distribution: lognormal, mean_days: 400, sigma: 1}") ==
        Lines{"4:9: missing required key 'median_days' (children.stay.median_days)",
              "4:35: unknown key 'mean_days' (did you mean 'median_days'?) "
              "(children.stay.mean_days)"});
}

TEST_CASE("distribution parameters are range-checked", "[scenario][duration]") {
  CHECK(problems_with_stay("{distribution: lognormal, median_days: 400, sigma: -1}") ==
        Lines{"4:60: must be >= 0, got -1 (children.stay.sigma)"});
  CHECK(problems_with_stay("{distribution: weibull, shape: 0, scale_days: 1}") ==
        Lines{"4:40: must be > 0, got 0 (children.stay.shape)"});
  CHECK(problems_with_stay("{distribution: gamma, shape: 1, scale_days: -3}") ==
        Lines{"4:53: must be > 0, got -3 (children.stay.scale_days)"});
  CHECK(problems_with_stay("{distribution: fixed, days: -1}") ==
        Lines{"4:37: must be >= 0, got -1 (children.stay.days)"});
}

TEST_CASE("a wrong item of a list is reported at the item, with its index",
          "[scenario][duration]") {
  CHECK(
      problems_with_stay("{distribution: empirical, days: [0, 10, -5], cumulative: [0, 0.5, 1]}") ==
      Lines{"4:49: must be >= 0, got -5 (children.stay.days[2])"});
}

TEST_CASE("an empirical distribution must be a proper cumulative curve", "[scenario][duration]") {
  ScenarioFolder folder;
  const std::string path = folder.write("curve.yaml", R"(name: curve
run: {start_date: 2025-04-01, years: 1}
children:
  stay:
    distribution: empirical
    days: [0, 50, 50, 10]
    cumulative: [0.1, 0.6, 0.5, 0.9]
  entries_per_year: 1
  age_at_entry: {"0": 1}
provision: {}
)");
  CHECK(located(problems_loading(path)) ==
        Lines{"6:19: must be increasing, got 50 after 50 (children.stay.days[2])",
              "6:23: must be increasing, got 10 after 50 (children.stay.days[3])",
              "7:18: must start at 0, got 0.1 (children.stay.cumulative[0])",
              "7:28: must not decrease, got 0.5 after 0.6 (children.stay.cumulative[2])",
              "7:33: must end at 1, got 0.9 (children.stay.cumulative[3])"});
  CHECK(problems_with_stay("{distribution: empirical, days: [5], cumulative: [1]}") ==
        Lines{"4:58: must have at least 2 entries, got 1 (children.stay.cumulative)"});
  CHECK(problems_with_stay("{distribution: empirical, days: [0, 5, 9], cumulative: [0, 1]}") ==
        Lines{"4:64: must have as many entries as days (3), got 2 (children.stay.cumulative)"});
}

TEST_CASE("the mean of each kind of duration is its textbook mean", "[scenario][duration]") {
  DistributionSpec d;
  SECTION("exponential: the mean itself") {
    d.kind = DistributionSpec::Kind::exponential;
    d.mean = 365;
    CHECK(d.expected_value() == 365);
  }
  SECTION("lognormal: median * exp(sigma^2 / 2)") {
    d.kind = DistributionSpec::Kind::lognormal;
    d.median = 400;
    d.sigma = 1.1;
    CHECK(d.expected_value() == Approx(400 * std::exp(1.1 * 1.1 / 2)));
  }
  SECTION("weibull: scale * Gamma(1 + 1/shape)") {
    d.kind = DistributionSpec::Kind::weibull;
    d.scale = 100;
    d.shape = 1;
    CHECK(d.expected_value() == Approx(100));
    d.shape = 2;
    CHECK(d.expected_value() == Approx(100 * std::sqrt(std::acos(-1.0)) / 2));  // Gamma(1.5) = sqrt(pi)/2
  }
  SECTION("gamma: shape * scale") {
    d.kind = DistributionSpec::Kind::gamma;
    d.shape = 2;
    d.scale = 50;
    CHECK(d.expected_value() == Approx(100));
  }
  SECTION("fixed: the days") {
    d.kind = DistributionSpec::Kind::fixed;
    d.value = 30;
    CHECK(d.expected_value() == 30);
  }
}

TEST_CASE("the mean of an empirical duration weighs each segment's midpoint by its probability",
          "[scenario][duration]") {
  DistributionSpec curve;
  curve.kind = DistributionSpec::Kind::empirical;
  curve.empirical_values = {0, 100, 400};
  curve.empirical_cumulative = {0, 0.5, 1};
  CHECK(curve.expected_value() == Approx(0.5 * 50 + 0.5 * 250));
  curve.empirical_values = {10, 20};  // nothing before the first point
  curve.empirical_cumulative = {0, 1};
  CHECK(curve.expected_value() == Approx(15));
}

}  // namespace
}  // namespace caresim::scenario
