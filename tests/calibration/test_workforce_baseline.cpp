// The shipped baseline against Devon's published workforce figures, read from the DfE files
// as published (shared/data/dfe). For a figure published for many years, the model's 99%
// interval must reach into the range Devon published; a one-year share must lie within its own
// sampling error and the model's.
#include <catch2/catch.hpp>

#include <cmath>

#include "published_figures.hpp"
#include "replication_interval.hpp"
#include "run/experiment.hpp"

using namespace caresim;
using namespace caresim::testing;

TEST_CASE("the baseline reproduces Devon's published social work workforce", "[model][workforce][calibration]") {
  auto s = shipped_baseline();
  s.run.replications = 10;
  const auto result = run::run_experiment(s, 2);
  const auto workforce = read_dfe_csv("csww_indicators_2017_to_2025.csv");

  const auto within = [&](const std::string& kpi, const std::string& column, double scale) {
    check_within(kpi, interval_99(kpi_values(result, kpi)), scale, devon_range(workforce, column));
  };
  within("social_worker_turnover_rate", "turnover_rate_fte", 100);  // the DfE's are percentages
  within("vacancy_rate", "vacancy_rate_fte", 100);
  within("agency_share", "agency_rate_fte", 100);
  within("caseload_mean", "caseload_fte", 1);
  within("sickness_absence_rate", "absence_rate_fte", 100);

  // 3+ social workers: one year published (2024), 316 of 873 children.
  const auto counts = read_dfe_csv("la_cla_swcount.csv");
  double three_plus = 0, children = 0;
  for (const auto& row : counts) {
    if (row.at("la_name") != "Devon" || row.at("time_period") != "2024") continue;
    if (row.at("sw_stability") == "Total children") children = std::stod(row.at("number"));
    if (row.at("sw_stability") == "3 or more social workers during the year") three_plus = std::stod(row.at("number"));
  }
  REQUIRE(children > 0);
  const double published = three_plus / children;
  const double z99 = 2.576, published_error = z99 * std::sqrt(published * (1 - published) / children);
  const Interval model = interval_99(kpi_values(result, "share_3plus_social_workers_in_year"));
  INFO("3+ social workers: model " << model.mean << ", Devon " << published);
  CHECK(std::abs(model.mean - published) <= published_error + model.half_width);
}
