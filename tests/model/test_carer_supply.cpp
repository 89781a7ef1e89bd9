// Carer supply against theory: enquiries as a Poisson process at their months' shares and
// trend, Little's law for the pool, constant hazards, the fee
// uplift's elasticities, a campaign's approvals after the assessment lag (common random
// numbers make the difference exact outside the lag window), and the support team's factors.
#include <catch2/catch.hpp>

#include <cmath>
#include <map>
#include <numeric>


#include "model/career_hazard.hpp"
#include "counts_by_month.hpp"
#include "model_run.hpp"
#include "poisson_chi_square.hpp"
#include "rate_theory.hpp"
#include "replication_interval.hpp"
#include "run/experiment.hpp"
#include "scenario_builder.hpp"

using namespace caresim;
using namespace caresim::testing;

namespace {

// No children (so resigning households empty at once), `households` to start with, and
// enquiries of which a quarter become households after a fixed assessment.
scenario::Scenario pool_only(int households, double enquiries_per_year, std::vector<scenario::TenureBand> bands) {
  auto s = minimal_scenario();
  s.children.entries_per_year = 0;
  s.provision.in_house_foster->households = households;
  s.run.warmup_years = 0;
  s.run.replications = 30;
  scenario::CarerSupplySpec supply;
  supply.enquiries_per_year = enquiries_per_year;
  supply.application_share = 0.5;
  supply.approval_share = 0.5;
  supply.assessment = fixed_days(240);
  supply.deregistration_by_tenure = std::move(bands);
  s.carer_supply = supply;
  return s;
}

const kernel::CalendarRate::MonthShares kEnquiryShares = {0.2, 0.05, 0.05, 0.1, 0.1, 0.1, 0, 0.1, 0.1, 0.1, 0.05, 0.05};

// 600 usual enquiries a year at kEnquiryShares, growing by `per_year` for five years from
// the second.
scenario::Scenario seasonal_enquiries(double per_year) {
  auto s = pool_only(100, 600, {{0, 0.1}});
  s.carer_supply->enquiry_month_shares = kEnquiryShares;
  s.carer_supply->enquiries_trend = scenario::TrendSpec{per_year, s.run.start_date.plus_years(1), 5};
  return s;
}

// The usual enquiries in each month of the run (first day of the month -> count).
std::map<kernel::Date, long> enquiries_by_month(const scenario::Scenario& s, std::uint64_t replication,
                                                const kernel::Clock& clock) {
  return counts_by_month<model::World, model::EnquiryReceived>(
      s, replication, clock, clock.start_of(s.run.start_date.plus_years(s.run.years)),
      [](const model::EnquiryReceived& e) { return e.source == model::EnquirySource::usual; });
}

std::vector<double> yearly_values(const run::ReplicationResult& r, const std::string& name) {
  const auto& names = r.measurements.yearly_names;
  return r.measurements.yearly[static_cast<std::size_t>(std::find(names.begin(), names.end(), name) - names.begin())];
}

}  // namespace

TEST_CASE("the usual enquiries follow their months' shares and their trend, month by month, as a Poisson process",
          "[model][carer_supply][theory]") {
  const auto s = seasonal_enquiries(GENERATE(0.3, -0.2));
  const kernel::Clock clock(s.run.start_date);  // no warm-up
  const auto& spec = *s.carer_supply->enquiries_trend;
  const kernel::CalendarRate::Trend trend{spec.per_year, *spec.start_date, spec.start_date->plus_years(*spec.years)};
  // Each month's enquiries, in each replication, are Poisson with the rate's total over the
  // month as their mean, independently: one chi-square over them all, July's share of 0 apart.
  PoissonChiSquare months;
  long in_july = 0;
  for (std::uint64_t replication = 0; replication < 20; ++replication)
    in_july += fit_months(months, enquiries_by_month(s, replication, clock), clock, s.run.start_date,
                          s.run.start_date.plus_years(s.run.years), 600 / kernel::kDaysPerYear, kEnquiryShares, trend);
  INFO("trend " << trend.per_year << ": chi-square " << months.sum << " over " << months.cells
                << " months of replications");
  CHECK(in_july == 0);
  CHECK(months.plausible());
}

TEST_CASE("the carer_enquiries series counts each financial year's enquiries, Poisson with the trend's total",
          "[model][carer_supply][theory]") {
  const auto s = seasonal_enquiries(GENERATE(0.3, -0.2));
  const kernel::Clock clock(s.run.start_date);  // no warm-up
  const auto& spec = *s.carer_supply->enquiries_trend;
  const kernel::CalendarRate::Trend trend{spec.per_year, *spec.start_date, spec.start_date->plus_years(*spec.years)};
  // The same process counted by the metrics, each financial year's total a Poisson count.
  PoissonChiSquare years;
  for (std::uint64_t replication = 0; replication < 40; ++replication) {
    const auto by_year = yearly_values(run::run_replication(s, replication), "carer_enquiries");
    REQUIRE(by_year.size() == 10);
    for (std::size_t year = 0; year < by_year.size(); ++year) {
      const kernel::Date april = s.run.start_date.plus_years(static_cast<int>(year));
      const double expected = 600 / kernel::kDaysPerYear *
                              accrued(clock, kEnquiryShares, trend, kernel::ticks_to_days(clock.start_of(april)),
                                      kernel::ticks_to_days(clock.start_of(april.plus_years(1))));
      years.add(by_year[year], expected);
    }
  }
  INFO("trend " << trend.per_year << ": chi-square " << years.sum << " over " << years.cells
                << " years of replications");
  CHECK(years.plausible());
}

TEST_CASE("with constant rates the pool holds approvals per year x mean career (Little's law), from the start",
          "[model][carer_supply][theory]") {
  const std::vector<scenario::TenureBand> bands = {{0, 0.3}, {2, 0.08}, {8, 0.4}};
  const double approvals = 400 * 0.25;
  const double pool = approvals * model::CareerHazard(bands, 0).mean_career_years();
  // Starting at the steady size with steady-state tenures, and an assessment of a day so the
  // pipeline is full at once: no warm-up is needed.
  auto s = pool_only(static_cast<int>(std::lround(pool)), 400, bands);
  s.carer_supply->assessment = fixed_days(1);
  const auto result = run::run_experiment(s, 2);
  CHECK(interval_99(kpi_values(result, "approvals_per_year")).contains(approvals));
  CHECK(interval_99(kpi_values(result, "carer_households_mean")).contains(pool));
  CHECK(interval_99(kpi_values(result, "carer_net_change_per_year")).contains(0));
}

TEST_CASE("a pool started far from its steady size moves to approvals x mean career", "[model][carer_supply][theory]") {
  auto s = pool_only(20, 400, {{0, 0.5}});
  s.run.warmup_years = 15;  // e^(-7.5): the start is forgotten
  const auto result = run::run_experiment(s, 2);
  CHECK(interval_99(kpi_values(result, "carer_households_mean")).contains(100 * 2.0));
}

TEST_CASE("a constant deregistration hazard h gives h deregistrations per household-year, split with moves to "
          "agencies in proportion",
          "[model][carer_supply][theory]") {
  auto s = pool_only(300, 400, {{0, 0.2}});
  s.carer_supply->moves_to_ifa_per_year = 0.05;
  const auto result = run::run_experiment(s, 2);
  CHECK(interval_99(kpi_values(result, "carer_deregistration_rate")).contains(0.25));
  const auto moves = kpi_values(result, "resignations_per_year.moves_to_ifa");
  const auto households = kpi_values(result, "carer_households_mean");
  std::vector<double> move_rate(moves.size());
  for (std::size_t i = 0; i < moves.size(); ++i) move_rate[i] = moves[i] / households[i];
  CHECK(interval_99(move_rate).contains(0.05));
}

TEST_CASE("a fee uplift moves enquiries and deregistration by the elasticities written, either way",
          "[model][carer_supply][levers]") {
  for (const double share : {0.2, -0.2}) {
    auto s = pool_only(300, 400, {{0, 0.2}});
    s.carer_supply->fee_uplift = scenario::FeeUpliftSpec{share, std::nullopt, 0.8, -0.5};
    const auto result = run::run_experiment(s, 2);
    INFO("fee change " << share);
    CHECK(interval_99(kpi_values(result, "carer_enquiries_per_year")).contains(400 * std::pow(1 + share, 0.8)));
    CHECK(interval_99(kpi_values(result, "carer_deregistration_rate")).contains(0.2 * std::pow(1 + share, -0.5)));
  }
}

TEST_CASE("a fee uplift from a date changes the deregistration of households already approved from then on",
          "[model][carer_supply][levers]") {
  auto s = pool_only(300, 400, {{0, 0.2}});
  s.run.warmup_years = 5;  // most households of the horizon were approved before the uplift
  s.carer_supply->fee_uplift = scenario::FeeUpliftSpec{0.5, s.run.start_date, 0, -1};
  const auto result = run::run_experiment(s, 2);
  CHECK(interval_99(kpi_values(result, "carer_deregistration_rate")).contains(0.2 / 1.5));
}

TEST_CASE("a campaign adds extra enquiries x conversion in approvals, all after the assessment lag",
          "[model][carer_supply][levers]") {
  auto base = pool_only(100, 300, {{0, 0.2}});
  base.run.years = 6;
  base.carer_supply->assessment = fixed_days(400);
  auto campaign = base;
  campaign.carer_supply->campaign = scenario::CampaignSpec{200, kernel::Date::from_ymd(2026, 4, 1), 2, 0};
  // Replication by replication: experiments keep only aggregates, not each one's flows.
  std::vector<double> extra;
  for (std::uint64_t r = 0; r < static_cast<std::uint64_t>(base.run.replications); ++r) {
    const auto a = yearly_values(run::run_replication(base, r), "approvals");
    const auto b = yearly_values(run::run_replication(campaign, r), "approvals");
    // Common random numbers: the usual enquiries are the same draws, so outside the window
    // from the campaign's start + 400 days to its end + 400 days nothing differs at all.
    CHECK(b[0] == a[0]);  // 2025-26
    CHECK(b[1] == a[1]);  // 2026-27: campaign enquiries still in assessment
    CHECK(b[5] == a[5]);  // 2030-31: the last campaign households approved in May 2029
    extra.push_back(std::accumulate(b.begin(), b.end(), 0.0) - std::accumulate(a.begin(), a.end(), 0.0));
  }
  CHECK(interval_99(extra).contains(200 * 2 * 0.25));
}

namespace {

// In-house carers only (an emergency stop-gap when none is free), placements breaking down at a
// constant 0.6 a year, carers resigning after 4 breakdowns in 10, a flow of new households so
// the pool does not run dry, and the support team `team`.
scenario::Scenario supported_pool(const scenario::SupportSpec& team) {
  auto s = minimal_scenario();
  s.provision.ifa.reset();
  s.provision.emergency = scenario::EmergencySpec{};
  s.children.entries_per_year = 200;
  s.provision.in_house_foster->households = 300;
  scenario::BreakdownSpec breakdowns;
  breakdowns.time_to_breakdown[static_cast<std::size_t>(PlacementType::in_house_foster)] =
      exponential_days(365.25 / 0.6);
  breakdowns.carer_resign_probability = 0.4;
  s.breakdowns = breakdowns;
  scenario::CarerSupplySpec supply;
  supply.enquiries_per_year = 400;
  supply.application_share = 0.5;
  supply.approval_share = 0.5;
  supply.assessment = fixed_days(100);
  supply.support = team;
  s.carer_supply = supply;
  return s;
}

// Breakdowns per in-house placement-year (stop-gaps never break down) and resignations after
// a breakdown per breakdown, each with its 99% interval over the replications.
struct SupportedRates {
  Interval breakdowns, resignations;
};
SupportedRates supported_rates(const scenario::Scenario& s) {
  const auto result = run::run_experiment(s, 2);
  const auto breakdown_rate = kpi_values(result, "breakdowns_per_placement_year");
  const auto in_house_days = kpi_values(result, "placement_days_share.in_house_foster");
  const auto per_year = kpi_values(result, "breakdowns_per_year");
  const auto resigned = kpi_values(result, "resignations_per_year.after_breakdown");
  std::vector<double> in_house_rate(per_year.size()), resign_share(per_year.size());
  for (std::size_t i = 0; i < per_year.size(); ++i) {
    in_house_rate[i] = breakdown_rate[i] / in_house_days[i];
    resign_share[i] = resigned[i] / per_year[i];
  }
  return {interval_99(in_house_rate), interval_99(resign_share)};
}

}  // namespace

TEST_CASE("a placement support team multiplies the in-house breakdown hazard and the resignation chance",
          "[model][carer_supply][levers]") {
  const SupportedRates rates = supported_rates(supported_pool({0.5, 0.5, 0, std::nullopt}));
  // One place per household: a household whose placement broke down is empty, so it is
  // still approved and not resigning when it decides, and it decides with 0.4 x 0.5.
  CHECK(rates.resignations.contains(0.2));
  CHECK(rates.breakdowns.contains(0.6 * 0.5));
}

TEST_CASE("a placement support team with a start date changes nothing before it, and from it multiplies the hazard "
          "of the placements already running too",
          "[model][carer_supply][levers]") {
  // The team above, starting on the horizon's first day after three years of warm-up. The
  // horizon is one year, so about half its in-house placement-years are of placements running
  // when the team starts: drawn again under its factor, they break down at 0.6 x 0.5 like the
  // rest; kept as drawn before, they would lift the year's rate to about 0.45.
  auto s = supported_pool({0.5, 0.5, 0, std::nullopt});
  s.run.warmup_years = 3;
  s.run.years = 1;
  s.run.replications = 40;
  s.carer_supply->support->start_date = s.run.start_date;
  const SupportedRates from_start = supported_rates(s);
  CHECK(from_start.breakdowns.contains(0.6 * 0.5));
  CHECK(from_start.resignations.contains(0.4 * 0.5));

  // Starting after the horizon, the team changes nothing in it.
  s.carer_supply->support->start_date = s.run.start_date.plus_years(2);
  const SupportedRates later = supported_rates(s);
  CHECK(later.breakdowns.contains(0.6));
  CHECK(later.resignations.contains(0.4));
}

TEST_CASE("a support team starting draws the running placements' times to breakdown again given how long they have "
          "lasted, so a factor of 1 changes nothing",
          "[model][carer_supply][levers]") {
  // Weibull times of shape 0.5: a placement's hazard falls steeply as it lasts, so times drawn
  // as if the running placements had just begun would break down far more often at the start.
  auto s = minimal_scenario();
  s.run.warmup_years = 3;
  s.run.years = 1;
  s.run.replications = 40;
  s.provision.ifa.reset();
  s.children.entries_per_year = 200;
  s.provision.in_house_foster->households = 400;  // never short of room
  scenario::DistributionSpec weibull;
  weibull.kind = scenario::DistributionSpec::Kind::weibull;
  weibull.shape = 0.5;
  weibull.scale = 600;
  scenario::BreakdownSpec breakdowns;
  breakdowns.time_to_breakdown[static_cast<std::size_t>(PlacementType::in_house_foster)] = weibull;
  s.breakdowns = breakdowns;
  const auto without = kpi_values(run::run_experiment(s, 2), "breakdowns_per_year");
  scenario::CarerSupplySpec supply;
  supply.support = scenario::SupportSpec{1 - 1e-9, 1, 0, s.run.start_date};
  s.carer_supply = supply;
  const auto with = kpi_values(run::run_experiment(s, 2), "breakdowns_per_year");
  CHECK(interval_99(differences(with, without)).contains(0));
}
