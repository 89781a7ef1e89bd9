#include <catch2/catch.hpp>

#include "finance/cost_ledger.hpp"
#include "finance/financial_year.hpp"

using namespace caresim;
using finance::CostLedger;
using kernel::Date;
using scenario::CostTerms;

namespace {

// A horizon of whole financial years from 1 April 2025 on a clock started a year earlier.
struct Horizon {
  kernel::Clock clock{Date::from_ymd(2024, 4, 1)};
  std::vector<kernel::Ticks> year_ends;
  explicit Horizon(int years) {
    for (int y = 0; y < years; ++y) year_ends.push_back(at(Date::from_ymd(2026 + y, 4, 1)));
  }
  kernel::Ticks at(Date d) const { return clock.start_of(d); }
  kernel::Ticks start() const { return at(Date::from_ymd(2025, 4, 1)); }
  CostLedger ledger(const scenario::CostsSpec& costs) const { return {start(), year_ends, 2025, costs}; }
};

scenario::CostsSpec priced_in(int base_year, double deflator = 0) {
  scenario::CostsSpec costs;
  costs.price_base_year = base_year;
  costs.gdp_deflator_per_year = deflator;
  return costs;
}

}  // namespace

TEST_CASE("a cost running for exactly 52 weeks costs exactly 52 times the weekly price", "[finance][ledger]") {
  const Horizon horizon(2);
  CostLedger ledger = horizon.ledger(priced_in(2025));
  const auto line = ledger.add_line("placement.ifa", 0.0);
  const auto from = horizon.at(Date::from_ymd(2025, 4, 2));
  ledger.accrue_weekly(line, from, from + 364 * kernel::kTicksPerDay, 820);
  CHECK(ledger.by_year(line, CostTerms::nominal) == std::vector<double>{52 * 820, 0});
}

TEST_CASE("inflation applied at 1 April splits a cost across the boundary exactly", "[finance][ledger][inflation]") {
  const Horizon horizon(3);
  CostLedger ledger = horizon.ledger(priced_in(2025));
  const auto line = ledger.add_line("placement.ifa", 0.1);
  // 1 January to 1 July 2026: 90 days in 2025-26 at base prices, 91 in 2026-27 at 10% more.
  ledger.accrue_weekly(line, horizon.at(Date::from_ymd(2026, 1, 1)), horizon.at(Date::from_ymd(2026, 7, 1)), 700);
  const auto by_year = ledger.by_year(line, CostTerms::nominal);
  REQUIRE(by_year.size() == 3);
  CHECK(by_year[0] == 90 * 100.0);
  CHECK(by_year[1] == Approx(91 * 100.0 * 1.1).epsilon(1e-15));
  CHECK(by_year[2] == 0);
}

TEST_CASE("prices written at an earlier base year are inflated to each year of the horizon", "[finance][ledger][inflation]") {
  const Horizon horizon(2);
  CostLedger ledger = horizon.ledger(priced_in(2023));
  const auto line = ledger.add_line("placement.ifa", 0.05);
  ledger.accrue_weekly(line, horizon.at(Date::from_ymd(2025, 4, 1)), horizon.at(Date::from_ymd(2027, 4, 1)), 700);
  const auto by_year = ledger.by_year(line, CostTerms::nominal);
  CHECK(by_year[0] == Approx(365 * 100 * 1.05 * 1.05).epsilon(1e-14));
  CHECK(by_year[1] == Approx(365 * 100 * 1.05 * 1.05 * 1.05).epsilon(1e-14));
}

TEST_CASE("real terms divide each year's nominal cost by the GDP deflator since the base year", "[finance][ledger]") {
  const Horizon horizon(3);
  CostLedger ledger = horizon.ledger(priced_in(2025, 0.02));
  const auto rising = ledger.add_line("placement.ifa", 0.05);
  const auto with_deflator = ledger.add_line("placement.supported", 0.02);
  for (const auto line : {rising, with_deflator})
    ledger.accrue_yearly(line, horizon.start(), horizon.year_ends.back(), 1000);
  const auto nominal = ledger.by_year(rising, CostTerms::nominal);
  const auto real = ledger.by_year(rising, CostTerms::real);
  for (std::size_t y = 0; y < 3; ++y) {
    CHECK(nominal[y] == Approx(1000 * std::pow(1.05, y)).epsilon(1e-14));
    CHECK(real[y] == Approx(1000 * std::pow(1.05 / 1.02, y)).epsilon(1e-14));
  }
  // A line rising with the deflator stays at its base-year price in real terms.
  for (const double cost : ledger.by_year(with_deflator, CostTerms::real)) CHECK(cost == Approx(1000).epsilon(1e-14));
}

TEST_CASE("a yearly cost is exactly its sum in every whole financial year, leap or not, and pro rata in part years",
          "[finance][ledger]") {
  const Horizon horizon(4);  // 2027-28 has 29 February 2028
  CostLedger ledger = horizon.ledger(priced_in(2025));
  const auto line = ledger.add_line("fixed.in_house_homes", 0.0);
  CHECK(finance::days_in_financial_year(2027) == 366);
  ledger.accrue_yearly(line, horizon.start(), horizon.at(Date::from_ymd(2028, 10, 1)), 365000);
  const auto by_year = ledger.by_year(line, CostTerms::nominal);
  CHECK(by_year[0] == 365000);
  CHECK(by_year[1] == 365000);
  CHECK(by_year[2] == 365000);
  CHECK(by_year[3] == Approx(183 * 1000.0).epsilon(1e-15));  // 1 April to 1 October 2028: 183 of 365 days
}

TEST_CASE("what falls outside the horizon is not counted", "[finance][ledger]") {
  const Horizon horizon(1);
  CostLedger ledger = horizon.ledger(priced_in(2025));
  const auto line = ledger.add_line("placement.ifa", 0.0);
  ledger.accrue_weekly(line, horizon.at(Date::from_ymd(2025, 3, 4)), horizon.at(Date::from_ymd(2025, 4, 8)), 700);
  ledger.accrue_weekly(line, horizon.at(Date::from_ymd(2026, 3, 25)), horizon.at(Date::from_ymd(2026, 5, 1)), 700);
  ledger.accrue_weekly(line, horizon.at(Date::from_ymd(2024, 5, 1)), horizon.at(Date::from_ymd(2024, 6, 1)), 700);
  CHECK(ledger.by_year(line, CostTerms::nominal) == std::vector<double>{700 + 700});
}

TEST_CASE("a one-off cost falls in the financial year it happens, at that year's prices", "[finance][ledger]") {
  const Horizon horizon(2);
  CostLedger ledger = horizon.ledger(priced_in(2025));
  const auto line = ledger.add_line("recruitment.assessments", 0.1);
  const kernel::Ticks second_year = horizon.at(Date::from_ymd(2026, 4, 1));
  ledger.spend(line, horizon.start(), 100);
  ledger.spend(line, second_year - 1, 100);  // the last second of 31 March
  ledger.spend(line, second_year, 100);
  ledger.spend(line, horizon.start() - 1, 100);        // before the horizon
  ledger.spend(line, horizon.year_ends.back(), 100);   // after it
  const auto by_year = ledger.by_year(line, CostTerms::nominal);
  CHECK(by_year[0] == 200);
  CHECK(by_year[1] == Approx(110).epsilon(1e-15));
}
