// The cost accounts fed hand-made facts: each expected figure is worked out by hand from the
// prices and dates in the test.
#include <catch2/catch.hpp>

#include <cmath>

#include "cost_books.hpp"
#include "scenario_builder.hpp"

using namespace caresim;
using model::ChildId;
using scenario::CostedPlacement;
using scenario::PlacementCostSpec;
using testing::CostBooks;

namespace {

constexpr ChildId kAda{0}, kBen{1};
const kernel::Date kBornSeptember2015 = kernel::Date::from_ymd(2015, 9, 1);

PlacementCostSpec weekly(double gbp, double inflation = 0) {
  PlacementCostSpec line;
  line.gbp_per_week.fill(gbp);
  line.inflation_per_year = inflation;
  return line;
}

// The national minimum allowance's bands, at round prices.
PlacementCostSpec allowance_by_age() {
  PlacementCostSpec line;
  scenario::AgePrices by_age{};
  for (int age = 0; age <= scenario::kOldestInCare; ++age)
    by_age[static_cast<std::size_t>(age)] = age <= 4 ? 170 : age <= 10 ? 194 : age <= 15 ? 220 : 258;
  line.allowance_gbp_per_week = by_age;
  return line;
}

scenario::Scenario costed(const scenario::CostsSpec& costs) {
  auto s = testing::minimal_scenario();
  s.costs = costs;
  return s;
}

scenario::CostsSpec prices(CostedPlacement placement, const PlacementCostSpec& line) {
  scenario::CostsSpec costs;
  costs.price_base_year = 2025;
  costs.placements[static_cast<std::size_t>(placement)] = line;
  return costs;
}

}  // namespace

TEST_CASE("a single placement held for exactly 52 weeks costs 52 times the weekly cost", "[finance][placements]") {
  CostBooks books(costed(prices(CostedPlacement::ifa, weekly(820))), 2);
  books.enter(kAda, books.at(2025, 4, 1), kBornSeptember2015);
  books.place(kAda, PlacementType::ifa, books.at(2025, 4, 1));
  books.end(kAda, PlacementType::ifa, books.at(2025, 4, 1) + 52 * 7 * kernel::kTicksPerDay);
  CHECK(books.kpi("cost.placement.ifa") == 52 * 820);
  CHECK(books.yearly("cost.placement.ifa") == std::vector<double>{52 * 820, 0});
  CHECK(books.kpi("cost_total_gbp") == 52 * 820);
}

TEST_CASE("the allowance changes exactly at the birthday that takes the child into the next age band",
          "[finance][placements]") {
  CostBooks books(costed(prices(CostedPlacement::in_house_foster, allowance_by_age())), 2);
  books.enter(kAda, books.at(2026, 6, 1), kBornSeptember2015);  // 11 on 1 September 2026: 5-10 -> 11-15
  books.place(kAda, PlacementType::in_house_foster, books.at(2026, 6, 1));
  books.end(kAda, PlacementType::in_house_foster, books.at(2026, 12, 1));
  // 92 days (June to August) at £194 a week, then 91 days at £220.
  CHECK(books.kpi("cost.placement.in_house_foster") == Approx(92 * 194 / 7.0 + 91 * 220 / 7.0).epsilon(1e-14));
}

TEST_CASE("a placement ending on the birthday is paid at the younger age's allowance throughout",
          "[finance][placements]") {
  CostBooks books(costed(prices(CostedPlacement::kinship, allowance_by_age())), 2);
  books.enter(kAda, books.at(2026, 6, 1), kBornSeptember2015);
  books.place(kAda, PlacementType::kinship, books.at(2026, 6, 1));
  books.end(kAda, PlacementType::kinship, books.at(2026, 9, 1));
  CHECK(books.kpi("cost.placement.kinship") == Approx(92 * 194 / 7.0).epsilon(1e-14));
}

TEST_CASE("a birthday within one age band leaves the allowance as it was", "[finance][placements]") {
  CostBooks books(costed(prices(CostedPlacement::in_house_foster, allowance_by_age())), 2);
  books.enter(kAda, books.at(2025, 4, 1), kernel::Date::from_ymd(2018, 9, 1));  // 7 to 8
  books.place(kAda, PlacementType::in_house_foster, books.at(2025, 4, 1));
  books.end(kAda, PlacementType::in_house_foster, books.at(2025, 4, 1) + 364 * kernel::kTicksPerDay);
  CHECK(books.kpi("cost.placement.in_house_foster") == Approx(52 * 194).epsilon(1e-14));
}

TEST_CASE("the weekly price follows the child's need and the fee the carer's skill", "[finance][placements]") {
  PlacementCostSpec foster;
  foster.gbp_per_week = {10, 20, 30};
  foster.fee_gbp_per_week = scenario::NeedPrices{100, 200, 350};
  CostBooks books(costed(prices(CostedPlacement::in_house_foster, foster)), 1);
  books.enter(kAda, books.at(2025, 4, 1), kBornSeptember2015, NeedLevel::complex);
  books.place(kAda, PlacementType::in_house_foster, books.at(2025, 4, 1), +1);  // a very complex carer
  books.end(kAda, PlacementType::in_house_foster, books.at(2025, 4, 8));
  books.enter(kBen, books.at(2025, 4, 1), kBornSeptember2015, NeedLevel::standard);
  books.place(kBen, PlacementType::in_house_foster, books.at(2025, 4, 1), +1);  // a complex carer
  books.end(kBen, PlacementType::in_house_foster, books.at(2025, 4, 8));
  CHECK(books.kpi("cost.placement.in_house_foster") == (20 + 350) + (10 + 200));
}

TEST_CASE("the council's own homes and spot purchases are separate lines, and secure homes are priced by the night",
          "[finance][placements]") {
  auto costs = prices(CostedPlacement::residential_in_house, weekly(300));
  costs.placements[static_cast<std::size_t>(CostedPlacement::residential_external)] = weekly(6100);
  costs.placements[static_cast<std::size_t>(CostedPlacement::secure)] = weekly(924 * 7);  // as read from gbp_per_night
  CostBooks books(costed(costs), 1);
  books.enter(kAda, books.at(2025, 4, 1), kBornSeptember2015);
  books.place(kAda, PlacementType::residential, books.at(2025, 4, 1), 0, true);
  books.end(kAda, PlacementType::residential, books.at(2025, 4, 15));
  books.place(kAda, PlacementType::residential, books.at(2025, 4, 15), 0, false);
  books.end(kAda, PlacementType::residential, books.at(2025, 4, 22));
  books.place(kAda, PlacementType::secure, books.at(2025, 4, 22));
  books.end(kAda, PlacementType::secure, books.at(2025, 4, 25));
  CHECK(books.kpi("cost.placement.residential_in_house") == 2 * 300);
  CHECK(books.kpi("cost.placement.residential_external") == 6100);
  CHECK(books.kpi("cost.placement.secure") == Approx(3 * 924).epsilon(1e-14));
}

TEST_CASE("Staying Put is priced by the week for each young person, by the kind of carer", "[finance][placements]") {
  scenario::CostsSpec costs;
  costs.price_base_year = 2025;
  costs.staying_put = scenario::StayingPutCostSpec{250, 450, 0};
  CostBooks books(costed(costs), 1);
  books.stay_put(PlacementType::in_house_foster, books.at(2025, 5, 1), books.at(2025, 5, 29));  // 4 weeks
  books.stay_put(PlacementType::ifa, books.at(2025, 5, 15), books.at(2025, 5, 29));             // 2 weeks
  CHECK(books.kpi("cost.placement.staying_put") == 4 * 250 + 2 * 450);
}

TEST_CASE("a placement still running when the horizon ends is costed to the end and no further",
          "[finance][placements]") {
  CostBooks books(costed(prices(CostedPlacement::ifa, weekly(700))), 2);
  books.enter(kAda, books.at(2025, 1, 1), kBornSeptember2015);  // in the warm-up
  books.place(kAda, PlacementType::ifa, books.at(2025, 1, 1));
  CHECK(books.yearly("cost.placement.ifa") == std::vector<double>{365 * 100, 365 * 100});
}

TEST_CASE("the fostering service costs a sum a year plus a sum per approved household; homes by the bed",
          "[finance][fixed]") {
  scenario::CostsSpec costs;
  costs.price_base_year = 2025;
  costs.in_house_fostering_service = scenario::FixedCostSpec{365000, 1000, 0};
  costs.in_house_homes = scenario::FixedCostSpec{10000, 100000, 0};
  auto s = costed(costs);
  s.provision.residential =
      scenario::ResidentialSpec{{{.locality = 0, .beds = 3}, {.locality = 0, .beds = 2}}, std::nullopt};
  CostBooks books(s, 2);
  for (int h = 0; h < 10; ++h) books.approve_household(0);  // before the horizon
  books.approve_household(books.at(2026, 4, 1));              // at the start of the second year
  CHECK(books.yearly("cost.fixed.in_house_fostering_service") == std::vector<double>{375000, 376000});
  CHECK(books.yearly("cost.fixed.in_house_homes") == std::vector<double>{510000, 510000});
}

TEST_CASE("a council home that opens within the horizon costs its beds from the day it opens, and its set-up then",
          "[finance][fixed]") {
  scenario::CostsSpec costs;
  costs.price_base_year = 2025;
  costs.inflation_per_year = 0.1;
  costs.in_house_homes = scenario::FixedCostSpec{10000, 100000, 0.1, 60000};
  auto s = costed(costs);
  // Three beds open throughout; two from 1 July 2026, 274 of 2026-27's 365 days.
  s.provision.residential = scenario::ResidentialSpec{
      {{.locality = 0, .beds = 3}, {.locality = 0, .beds = 2, .opening_date = kernel::Date::from_ymd(2026, 7, 1)}},
      std::nullopt};
  CostBooks books(s, 3);
  const auto& homes = books.yearly("cost.fixed.in_house_homes");
  CHECK(homes[0] == 310000);
  CHECK(homes[1] == Approx(1.1 * (310000 + 200000.0 * 274 / 365)).epsilon(1e-14));
  CHECK(homes[2] == Approx(1.21 * 510000).epsilon(1e-14));
  const auto& openings = books.yearly("cost.fixed.in_house_home_openings");
  CHECK(openings[0] == 0);
  CHECK(openings[1] == Approx(1.1 * 60000).epsilon(1e-15));
  CHECK(openings[2] == 0);
}

TEST_CASE("a council home that closes within the horizon costs its beds till its last child has left, and its "
          "closure then",
          "[finance][fixed]") {
  scenario::CostsSpec costs;
  costs.price_base_year = 2025;
  costs.inflation_per_year = 0.1;
  costs.in_house_homes = scenario::FixedCostSpec{10000, 100000, 0.1, 0, 40000};
  auto s = costed(costs);
  // Three beds open throughout; two closing from 1 July 2026, whose last child leaves on
  // 1 October, 183 of 2026-27's 365 days in.
  s.provision.residential = scenario::ResidentialSpec{
      {{.locality = 0, .beds = 3}, {.locality = 0, .beds = 2, .closing_date = kernel::Date::from_ymd(2026, 7, 1)}},
      std::nullopt};
  CostBooks books(s, 3);
  books.home_closed(1, 2, books.at(2026, 10, 1));
  const auto& homes = books.yearly("cost.fixed.in_house_homes");
  CHECK(homes[0] == 510000);
  CHECK(homes[1] == Approx(1.1 * (310000 + 200000.0 * 183 / 365)).epsilon(1e-14));
  CHECK(homes[2] == Approx(1.21 * 310000).epsilon(1e-14));
  const auto& closures = books.yearly("cost.fixed.in_house_home_closures");
  CHECK(closures[0] == 0);
  CHECK(closures[1] == Approx(1.1 * 40000).epsilon(1e-15));
  CHECK(closures[2] == 0);
}

TEST_CASE("a placement support team costs its stated sum every year, a recruitment campaign only in its years",
          "[finance][fixed]") {
  scenario::CostsSpec costs;
  costs.price_base_year = 2025;
  costs.inflation_per_year = 0.1;
  auto s = costed(costs);
  s.carer_supply = scenario::CarerSupplySpec{};
  s.carer_supply->support = scenario::SupportSpec{0.8, 0.5, 50000, std::nullopt};
  s.carer_supply->campaign = scenario::CampaignSpec{250, kernel::Date::from_ymd(2026, 4, 1), 1, 150000};
  CostBooks books(s, 3);
  const auto& support = books.yearly("cost.support.placement_support_team");
  CHECK(support[0] == 50000);
  CHECK(support[1] == Approx(55000).epsilon(1e-15));
  CHECK(support[2] == Approx(60500).epsilon(1e-15));
  const auto& campaign = books.yearly("cost.recruitment.campaign");
  CHECK(campaign[0] == 0);
  CHECK(campaign[1] == Approx(165000).epsilon(1e-15));
  CHECK(campaign[2] == 0);

  // A team from a start date costs from that day on: here 2026-27's last 274 days of 365.
  auto dated = s;
  dated.carer_supply->support->start_date = kernel::Date::from_ymd(2026, 7, 1);
  CostBooks dated_books(dated, 3);
  const auto& dated_support = dated_books.yearly("cost.support.placement_support_team");
  CHECK(dated_support[0] == 0);
  CHECK(dated_support[1] == Approx(55000.0 * 274 / 365).epsilon(1e-14));
  CHECK(dated_support[2] == Approx(60500).epsilon(1e-15));

  auto not_costed = s;
  not_costed.costs.reset();
  CostBooks free(not_costed, 3);
  CHECK(free.kpi("cost.support.placement_support_team") == 0);
  CHECK(free.kpi("cost.recruitment.campaign") == 0);
}

TEST_CASE("a fee uplift raises in-house carers' fees and allowances from its start, and nothing else",
          "[finance][placements]") {
  PlacementCostSpec foster = allowance_by_age();
  foster.gbp_per_week.fill(50);
  foster.fee_gbp_per_week = scenario::NeedPrices{100, 100, 100};
  auto costs = prices(CostedPlacement::in_house_foster, foster);
  costs.placements[static_cast<std::size_t>(CostedPlacement::kinship)] = allowance_by_age();
  auto s = costed(costs);
  s.carer_supply = scenario::CarerSupplySpec{};
  s.carer_supply->fee_uplift = scenario::FeeUpliftSpec{0.1, kernel::Date::from_ymd(2026, 4, 1), 0.5, -1};
  CostBooks books(s, 2);
  books.enter(kAda, books.at(2026, 3, 4), kernel::Date::from_ymd(2018, 9, 1));  // 7: £194 a week
  books.place(kAda, PlacementType::in_house_foster, books.at(2026, 3, 4));
  books.end(kAda, PlacementType::in_house_foster, books.at(2026, 4, 29));  // 4 weeks before, 4 after
  books.enter(kBen, books.at(2026, 3, 4), kernel::Date::from_ymd(2018, 9, 1));
  books.place(kBen, PlacementType::kinship, books.at(2026, 3, 4));
  books.end(kBen, PlacementType::kinship, books.at(2026, 4, 29));
  const auto& foster_cost = books.yearly("cost.placement.in_house_foster");
  CHECK(foster_cost[0] == Approx(4 * (50 + 100 + 194)).epsilon(1e-14));
  CHECK(foster_cost[1] == Approx(4 * (50 + 1.1 * (100 + 194))).epsilon(1e-14));
  CHECK(books.kpi("cost.placement.kinship") == Approx(8 * 194).epsilon(1e-14));
}

TEST_CASE("the total is the sum of the lines, in every year and over the horizon", "[finance][flows]") {
  auto costs = prices(CostedPlacement::ifa, weekly(820, 0.03));
  costs.placements[static_cast<std::size_t>(CostedPlacement::in_house_foster)] = allowance_by_age();
  costs.in_house_fostering_service = scenario::FixedCostSpec{500000, 4000, 0.02};
  auto s = costed(costs);
  s.carer_supply = scenario::CarerSupplySpec{};
  s.carer_supply->support = scenario::SupportSpec{0.8, 0.5, 50000, std::nullopt};
  CostBooks books(s, 3);
  books.approve_household(0);
  books.enter(kAda, books.at(2025, 6, 3), kBornSeptember2015);
  books.place(kAda, PlacementType::ifa, books.at(2025, 6, 3));
  books.end(kAda, PlacementType::ifa, books.at(2026, 8, 17));
  books.place(kAda, PlacementType::in_house_foster, books.at(2026, 8, 17));
  books.enter(kBen, books.at(2027, 2, 9), kBornSeptember2015);
  books.place(kBen, PlacementType::ifa, books.at(2027, 2, 9));

  const auto& m = books.report();
  double lines_over_horizon = 0;
  std::vector<double> lines_by_year(3, 0.0);
  for (std::size_t k = 0; k < m.kpi_names.size(); ++k)
    if (m.kpi_names[k].starts_with("cost.")) lines_over_horizon += m.kpi_values[k];
  for (std::size_t f = 0; f < m.yearly_names.size(); ++f)
    if (m.yearly_names[f].starts_with("cost."))
      for (std::size_t y = 0; y < 3; ++y) lines_by_year[y] += m.yearly[f][y];
  CHECK(books.kpi("cost_total_gbp") == Approx(lines_over_horizon).epsilon(1e-14));
  for (std::size_t y = 0; y < 3; ++y) CHECK(books.yearly("cost_total_gbp")[y] == Approx(lines_by_year[y]).epsilon(1e-14));
  CHECK(books.kpi("cost_total_gbp") > 0);
}

TEST_CASE("the net present value discounts each year's real total from the first year of the horizon",
          "[finance][npv]") {
  auto costs = prices(CostedPlacement::ifa, weekly(700, 0.05));
  costs.gdp_deflator_per_year = 0.02;
  costs.discount_rate_per_year = 0.035;
  costs.price_base_year = 2024;
  CostBooks books(costed(costs), 3);
  books.enter(kAda, books.at(2025, 4, 1), kBornSeptember2015);
  books.place(kAda, PlacementType::ifa, books.at(2025, 4, 1));
  // Nominal: a whole year at £100 a day inflated by 5% a year since 2024-25.
  const std::vector<double> days = {365, 365, 366};  // 29 February 2028
  double npv = 0;
  for (std::size_t t = 0; t < 3; ++t) {
    const double nominal = days[t] * 100 * std::pow(1.05, static_cast<double>(t + 1));
    CHECK(books.yearly("cost_total_gbp")[t] == Approx(nominal).epsilon(1e-14));
    npv += nominal / std::pow(1.02, static_cast<double>(t + 1)) / std::pow(1.035, static_cast<double>(t));
  }
  CHECK(books.kpi("cost_npv_gbp") == Approx(npv).epsilon(1e-14));
}

TEST_CASE("in real terms every output is deflated and the net present value is unchanged", "[finance][npv]") {
  auto costs = prices(CostedPlacement::ifa, weekly(700, 0.05));
  costs.gdp_deflator_per_year = 0.02;
  costs.discount_rate_per_year = 0.035;
  const auto run = [&](scenario::CostTerms terms) {
    costs.terms = terms;
    CostBooks books(costed(costs), 2);
    books.enter(kAda, books.at(2025, 4, 1), kBornSeptember2015);
    books.place(kAda, PlacementType::ifa, books.at(2025, 4, 1));
    return std::pair{books.yearly("cost_total_gbp"), books.kpi("cost_npv_gbp")};
  };
  const auto [nominal, npv_nominal] = run(scenario::CostTerms::nominal);
  const auto [real, npv_real] = run(scenario::CostTerms::real);
  CHECK(real[0] == nominal[0]);  // the base year
  CHECK(real[1] == Approx(nominal[1] / 1.02).epsilon(1e-14));
  CHECK(npv_real == npv_nominal);
}

TEST_CASE("the cost per child per week divides the total by the weeks children spent in care", "[finance][placements]") {
  CostBooks books(costed(prices(CostedPlacement::ifa, weekly(700))), 1);
  books.enter(kAda, books.at(2025, 4, 1), kBornSeptember2015);
  books.place(kAda, PlacementType::ifa, books.at(2025, 4, 1));
  books.end(kAda, PlacementType::ifa, books.at(2025, 4, 29));
  books.leave(kAda, books.at(2025, 5, 27));  // four weeks placed, then four weeks unplaced
  CHECK(books.kpi("cost_per_child_per_week_gbp") == Approx(4 * 700 / 8.0).epsilon(1e-14));
}

TEST_CASE("without a costs section every cost KPI and yearly flow is 0, line by line", "[finance][off]") {
  CostBooks books(testing::minimal_scenario(), 2);
  books.enter(kAda, books.at(2025, 4, 1), kBornSeptember2015);
  books.place(kAda, PlacementType::ifa, books.at(2025, 4, 1));
  for (const char* name : {"cost_total_gbp", "cost_npv_gbp", "cost_per_child_per_week_gbp", "cost.placement.ifa",
                           "cost.placement.in_house_foster", "cost.placement.residential_external",
                           "cost.placement.staying_put",
                           "cost.fixed.in_house_fostering_service", "cost.fixed.in_house_homes"}) {
    INFO(name);
    CHECK(books.kpi(name) == 0);
  }
  CHECK(books.yearly("cost_total_gbp") == std::vector<double>{0, 0});
  CHECK(books.yearly("cost.placement.ifa") == std::vector<double>{0, 0});
}
