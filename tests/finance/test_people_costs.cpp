// The costs of people fed hand-made facts: social workers' and personal advisers' pay, and
// finding foster carers. Each expected figure is worked out by hand from the prices and dates.
#include <catch2/catch.hpp>

#include "cost_books.hpp"
#include "scenario_builder.hpp"

using namespace caresim;
using model::Contract;
using model::HouseholdOrigin;
using model::WorkerId;
using testing::CostBooks;

namespace {

constexpr WorkerId kAmy{0}, kBob{1}, kCal{2};

scenario::Scenario costed(const scenario::CostsSpec& costs) {
  auto s = testing::minimal_scenario();
  s.costs = costs;
  s.costs->price_base_year = 2025;
  return s;
}

// £160 a day for a permanent worker, £200 for an agency one, in 365-day years.
scenario::CostsSpec staff_pay() {
  scenario::CostsSpec costs;
  costs.staff = scenario::StaffCostsSpec{};
  costs.staff->social_worker = scenario::StaffCostSpec{160 * 365, 0};
  costs.staff->agency_social_worker = scenario::StaffCostSpec{200 * 365, 0};
  return costs;
}

scenario::CostsSpec recruitment_prices(double inflation) {
  scenario::CostsSpec costs;
  costs.carer_recruitment = scenario::CarerRecruitmentCostSpec{250, 6000, 1000, inflation};
  return costs;
}

}  // namespace

TEST_CASE("a social worker costs the year's pay for each day in post, an agency worker the agency pay",
          "[finance][staff]") {
  CostBooks books(costed(staff_pay()), 2);
  books.worker_joins(kAmy, Contract::permanent, 0);  // before the horizon, and stays
  books.worker_joins(kBob, Contract::permanent, books.at(2025, 4, 1));
  books.worker_leaves(kBob, Contract::permanent, books.at(2025, 10, 1));  // 183 days
  books.worker_joins(kCal, Contract::agency, books.at(2026, 1, 1));
  books.worker_leaves(kCal, Contract::agency, books.at(2026, 5, 1));  // 90 days, then 30
  CHECK(books.yearly("cost.staff.social_workers") == std::vector<double>{160 * 365 + 160 * 183, 160 * 365});
  CHECK(books.yearly("cost.staff.agency_social_workers") == std::vector<double>{200 * 90, 200 * 30});
  CHECK(books.kpi("cost.staff.personal_advisers") == 0);
}

TEST_CASE("a change of social workers with a pay offer costs permanent workers the new pay from its date, agency "
          "workers as before, and with a new agency rate agency workers that rate",
          "[finance][staff]") {
  auto s = costed(staff_pay());
  scenario::SocialWorkersSpec workers = testing::county_team(2, 1, 2, 0);
  workers.changes = {scenario::SocialWorkersChange{kernel::Date::from_ymd(2025, 10, 1), {2}, 2, 0,
                                                   workers.time_to_recruit, std::nullopt, 170.0 * 365, std::nullopt}};
  s.workforce = testing::with_social_workers(workers);
  CostBooks books(s, 2);
  books.worker_joins(kAmy, Contract::permanent, 0);
  books.worker_joins(kCal, Contract::agency, books.at(2025, 4, 1));
  const kernel::Ticks from = books.at(2025, 10, 1);  // 183 days into the first year
  books.publish(model::SocialWorkersChanged{from, 2, 0, 170.0 * 365, std::nullopt});
  books.worker_joins(kBob, Contract::permanent, books.at(2026, 4, 1));
  CHECK(books.yearly("cost.staff.social_workers") ==
        std::vector<double>{160 * 183 + 170 * (365 - 183), 2 * 170 * 365});
  CHECK(books.yearly("cost.staff.agency_social_workers") == std::vector<double>{200 * 365, 200 * 365});

  // An agency rate capped at 180 a day from the same date, permanent pay as before; then, from
  // a second change, permanent pay of 170 a day, the agency rate staying capped.
  CostBooks capped_books(s, 2);
  capped_books.worker_joins(kAmy, Contract::permanent, 0);
  capped_books.worker_joins(kCal, Contract::agency, capped_books.at(2025, 4, 1));
  capped_books.publish(model::SocialWorkersChanged{from, 2, 0, std::nullopt, 180.0 * 365});
  capped_books.publish(model::SocialWorkersChanged{capped_books.at(2026, 4, 1), 2, 0, 170.0 * 365, std::nullopt});
  CHECK(capped_books.yearly("cost.staff.social_workers") == std::vector<double>{160 * 365, 170 * 365});
  CHECK(capped_books.yearly("cost.staff.agency_social_workers") ==
        std::vector<double>{200 * 183 + 180 * (365 - 183), 180 * 365});
}

TEST_CASE("personal advisers cost their pay each, every year, at each year's prices", "[finance][staff]") {
  auto costs = staff_pay();
  costs.staff->personal_adviser = scenario::StaffCostSpec{40000, 0.05};
  auto s = costed(costs);
  s.workforce = scenario::WorkforceSpec{};
  s.workforce->personal_advisers = scenario::PersonalAdvisersSpec{};
  s.workforce->personal_advisers->advisers = 3;
  CostBooks books(s, 2);
  const auto& advisers = books.yearly("cost.staff.personal_advisers");
  CHECK(advisers[0] == 120000);
  CHECK(advisers[1] == Approx(126000).epsilon(1e-15));
}

TEST_CASE("without staff prices, workers cost nothing", "[finance][staff][off]") {
  CostBooks books(costed(scenario::CostsSpec{}), 1);
  books.worker_joins(kAmy, Contract::permanent, 0);
  books.worker_joins(kCal, Contract::agency, 0);
  CHECK(books.kpi("cost.staff.social_workers") == 0);
  CHECK(books.kpi("cost.staff.agency_social_workers") == 0);
}

TEST_CASE("each enquiry, assessment and approval costs its price in the year it happens; the starting pool is free",
          "[finance][recruitment]") {
  CostBooks books(costed(recruitment_prices(0.1)), 2);
  for (int i = 0; i < 3; ++i) books.publish(model::EnquiryReceived{books.at(2025, 6, 1), model::EnquirySource::usual});
  books.publish(model::EnquiryReceived{books.at(2025, 3, 31), model::EnquirySource::usual});  // before the horizon
  books.publish(model::AssessmentStarted{books.at(2026, 4, 1), model::EnquirySource::campaign});
  books.approve_household(books.at(2025, 4, 1), HouseholdOrigin::initial_pool);
  books.approve_household(books.at(2025, 9, 1), HouseholdOrigin::from_ifa);
  books.approve_household(books.at(2027, 3, 31), HouseholdOrigin::assessed);
  CHECK(books.yearly("cost.recruitment.enquiries") == std::vector<double>{3 * 250, 0});
  const auto& assessments = books.yearly("cost.recruitment.assessments");
  CHECK(assessments[0] == 0);
  CHECK(assessments[1] == Approx(6600).epsilon(1e-15));
  const auto& approvals = books.yearly("cost.recruitment.approvals");
  CHECK(approvals[0] == 1000);
  CHECK(approvals[1] == Approx(1100).epsilon(1e-15));
}
