// Entries with seasons and a trend are a Poisson process at the calendar's rate: the count in
// each month is Poisson with the rate's total over the month as its mean, independently of
// every other month. Checked with one chi-square test over all the months of many years.
#include <algorithm>
#include <map>
#include <optional>
#include <vector>

#include <catch2/catch.hpp>

#include "counts_by_month.hpp"
#include "model_run.hpp"
#include "poisson_chi_square.hpp"
#include "scenario_builder.hpp"

using namespace caresim;

namespace {

constexpr int kYears = 30;
const kernel::CalendarRate::MonthShares kShares = {0.3, 0, 0.1, 0.1, 0.05, 0.05, 0.05, 0.05, 0.1, 0.1, 0.05, 0.05};

// Children entering in each month (first day of the month -> count) over kYears.
std::map<kernel::Date, long> entries_by_month(const scenario::Scenario& s, const kernel::Clock& clock) {
  return testing::counts_by_month<model::CareSystem, model::ChildEntered>(
      s, 0, clock, clock.start_of(s.run.start_date.plus_years(kYears)));
}

}  // namespace

TEST_CASE("entries follow the months' shares and the trend as a Poisson process", "[model]") {
  auto s = testing::minimal_scenario();  // children enter alone, so arrivals are entries
  s.children.entries_per_year = 300;
  s.children.entries_month_shares = kShares;
  const kernel::Date trend_from = s.run.start_date.plus_years(2);
  s.children.entries_trend = scenario::TrendSpec{GENERATE(0.08, -0.1), trend_from, 15};
  const kernel::Clock clock(s.run.start_date);
  const auto counts = entries_by_month(s, clock);

  const kernel::CalendarRate::Trend trend{s.children.entries_trend->per_year, trend_from, trend_from.plus_years(15)};
  const double per_base_day = s.children.entries_per_year / kernel::kDaysPerYear;
  testing::PoissonChiSquare months;
  const long in_february = testing::fit_months(months, counts, clock, s.run.start_date,
                                               s.run.start_date.plus_years(kYears), per_base_day, kShares, trend);
  INFO("trend " << trend.per_year << ": chi-square " << months.sum << " over " << months.cells << " months");
  CHECK(in_february == 0);  // a month with no share has no entries
  CHECK(months.plausible());
}

TEST_CASE("a trend with no start date starts with the reported years: the warm-up's entries are as without it",
          "[model]") {
  auto s = testing::minimal_scenario();
  s.run.warmup_years = 3;
  const kernel::Clock clock(s.run.start_date.plus_years(-s.run.warmup_years));
  const auto entry_times = [&clock, &s](std::optional<scenario::TrendSpec> trend) {
    s.children.entries_trend = trend;
    testing::ModelRun<model::CareSystem> run(s, 0, clock);
    const kernel::Ticks end = clock.start_of(s.run.start_date.plus_years(2));
    run.end_at(end);
    struct Times final : model::CareObserver {
      std::vector<kernel::Ticks> times;
      void on(const model::ChildEntered& e) override { times.push_back(e.time); }
    } entries;
    run.publisher().subscribe<model::ChildEntered>(entries);
    run.run_until(end);
    return entries.times;
  };
  const auto steady = entry_times(std::nullopt);
  const auto rising = entry_times(scenario::TrendSpec{0.5, std::nullopt, std::nullopt});
  const kernel::Ticks start = clock.start_of(s.run.start_date);
  const auto before = [start](const std::vector<kernel::Ticks>& times) {
    return std::vector<kernel::Ticks>(times.begin(), std::lower_bound(times.begin(), times.end(), start));
  };
  CHECK(before(rising) == before(steady));
  CHECK(before(steady).size() > 1000);  // three years of the warm-up's entries
  CHECK(rising.size() > steady.size() + 100);  // and the trend from the start date on
}
