// Stocks and flows of one replication agree exactly: the children in care at one month end,
// plus the month's entries, less its exits, are those in care at the next; and a financial
// year's entries and exits are its months'. Children here leave at 18, at midnight on their
// birthdays, so many leave at the very first moment of a month or of 1 April: the moment
// after that day's count of the month before.
#include <algorithm>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "run/replication.hpp"
#include "scenario_builder.hpp"

using namespace caresim;

namespace {

const std::vector<double>& named(const std::vector<std::string>& names, const std::vector<std::vector<double>>& values,
                                 const std::string& name) {
  const auto at = std::find(names.begin(), names.end(), name);
  REQUIRE(at != names.end());
  return values[static_cast<std::size_t>(at - names.begin())];
}

}  // namespace

TEST_CASE("month-end counts, monthly flows and yearly flows balance exactly", "[run]") {
  auto s = testing::minimal_scenario();
  s.children.age_at_entry = {0, 0, 0, 0, 1};               // all 16 or 17: most leave at 18
  s.children.stay = testing::lognormal_days(3000, 0.5);  // longer than the time to 18
  s.run.years = 10;
  for (std::uint64_t replication = 0; replication < 3; ++replication) {
    const auto m = run::run_replication(s, replication).measurements;
    const auto& in_care = named(m.series_names, m.series, "children_in_care");
    const auto& entries = named(m.series_names, m.series, "entries");
    const auto& exits = named(m.series_names, m.series, "exits");
    REQUIRE(in_care.size() == 120);
    for (std::size_t month = 1; month < in_care.size(); ++month) {
      INFO("replication " << replication << ", month ending " << m.months[month].iso());
      CHECK(in_care[month] == in_care[month - 1] + entries[month] - exits[month]);
    }
    // The horizon starts on 1 April: each financial year is twelve whole months.
    const auto& entries_by_year = named(m.yearly_names, m.yearly, "entries");
    const auto& exits_by_year = named(m.yearly_names, m.yearly, "exits");
    REQUIRE(entries_by_year.size() == 10);
    for (std::size_t year = 0; year < 10; ++year) {
      INFO("replication " << replication << ", " << m.financial_years[year]);
      const auto months = [year](const std::vector<double>& monthly) {
        double total = 0;
        for (std::size_t month = 12 * year; month < 12 * year + 12; ++month) total += monthly[month];
        return total;
      };
      CHECK(entries_by_year[year] == months(entries));
      CHECK(exits_by_year[year] == months(exits));
    }
  }
}
