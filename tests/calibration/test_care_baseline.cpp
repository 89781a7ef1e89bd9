// The shipped baseline against Devon's published children in care: how many, how many start
// and cease a year, how old they are at 31 March and on leaving, why they leave, how many
// placements start, and how stable they are (DfE files as published); and re-entries against
// England's share (PRODUCT.md). The model's 99% interval over 40 replications must reach into
// the range Devon published over the years the files hold.
#include <algorithm>
#include <map>
#include <string>
#include <utility>

#include <catch2/catch.hpp>

#include "published_figures.hpp"
#include "replication_interval.hpp"
#include "run/experiment.hpp"

using namespace caresim;
using namespace caresim::testing;

TEST_CASE("the baseline reproduces Devon's published children in care and their placement stability",
          "[model][calibration]") {
  auto s = shipped_baseline();
  s.run.replications = 40;
  const auto result = run::run_experiment(s, 2);
  const auto within = [&](const std::string& kpi, double scale, const Published& devon) {
    check_within(kpi, interval_99(kpi_values(result, kpi)), scale, devon);
  };
  const auto population = [](const std::string& name) {
    return [name](const CsvRow& row) { return row.at("population_type") == name; };
  };
  // Each count, and the same per 10,000 children aged 0-17 over the population the baseline
  // states: Devon's latest, as published with the counts.
  const auto numbers = read_dfe_csv("cla_number_and_rate_per_10k_children.csv");
  const std::pair<std::string, std::string> counts[] = {
      {"children_in_care_31_march", "Children looked after on 31 March each year"},
      {"children_starting_per_year", "Children starting to be looked after each year"},
      {"children_ceasing_per_year", "Children ceasing to be looked after each year"}};
  for (const auto& [kpi, published] : counts) {
    within(kpi, 1, devon_range(numbers, "children_count", population(published)));
    within(kpi + "_per_10k", 1, devon_range(numbers, "rate_per_10000", population(published)));
  }
  const auto latest_population = devon_range(numbers, "population_estimate", [](const CsvRow& row) {
    return row.at("population_type") == "Children looked after on 31 March each year" && row.at("time_period") == "2025";
  });
  CHECK(s.children.population_under_18 == latest_population.high);

  // Every placement started, first placements and moves alike. The DfE's total also counts
  // a change in the status of a placement only (the same carer, a new legal basis, say),
  // which is no new placement in the model: Devon's total less those, year by year.
  const auto placements = read_dfe_csv("la_cla_during_year_new_placements.csv");
  std::map<std::string, double> moves_by_year;
  for (const CsvRow& row : placements) {
    if (row.at("la_name") != "Devon") continue;
    if (row.at("breakdown") == "Total new placements") moves_by_year[row.at("time_period")] += std::stod(row.at("children_count"));
    if (row.at("breakdown") == "Change in the status of a placement only")
      moves_by_year[row.at("time_period")] -= std::stod(row.at("children_count"));
  }
  REQUIRE(moves_by_year.size() >= 3);
  std::vector<double> moves;
  for (const auto& [year, count] : moves_by_year) moves.push_back(count);
  within("new_placements_per_year", 1, range_of(moves));

  // The DfE's percentages are whole numbers: a published p stands for p - 0.5 to p + 0.5.
  const auto percent = [](const Published& range) { return Published{range.low - 0.5, range.high + 0.5}; };
  const auto at_31_march = read_dfe_csv("cla_31_march_by_characteristics.csv");
  within("share_over_20_miles", 100, percent(devon_range(at_31_march, "percentage", [](const CsvRow& row) {
           return row.at("characteristic") == "Placed more than 20 miles from home";
         })));
  // Ages in the DfE's groups: of the children in care at 31 March, and of those leaving care
  // in the year (age on ceasing). The DfE splits the leavers at 16 and 17, which the model
  // counts together: their share is worked out from the counts, year by year (a year with
  // either count withheld is left out).
  const auto in_group = [](const std::string& group, const std::string& name) {
    return [group, name](const CsvRow& row) { return row.at("cla_group") == group && row.at("characteristic") == name; };
  };
  const std::pair<std::string, std::string> ages_31_march[] = {
      {"0", "Under 1 year"}, {"1-4", "1 to 4 years"}, {"5-9", "5 to 9 years"}, {"10-15", "10 to 15 years"},
      {"16-17", "16 years and over"}};
  for (const auto& [band, name] : ages_31_march)
    within("age_mix_31_march." + band, 100, percent(devon_range(at_31_march, "percentage", in_group("Age group", name))));
  const auto ceased = read_dfe_csv("cla_ceased_by_reason.csv");
  const std::pair<std::string, std::string> ages_on_leaving[] = {
      {"0", "Under 1 year"}, {"1-4", "1 to 4 years"}, {"5-9", "5 to 9 years"}, {"10-15", "10 to 15 years"},
      {"18+", "18 years and over"}};
  for (const auto& [group, name] : ages_on_leaving)
    within("exit_age_mix." + group, 100, percent(devon_range(ceased, "percentage", in_group("Age on ceasing", name))));
  // The share of the year's leavers in two published groups together (`first` or `second`
  // of `group`), year by year, leaving out a year with either count withheld.
  const auto two_groups_share = [&ceased](const std::string& group, const std::string& first, const std::string& second) {
    struct Leavers {
      double in_groups = 0, all = 0;
      int counts_published = 0;
    };
    std::map<std::string, Leavers> by_year;
    for (const CsvRow& row : ceased) {
      if (row.at("la_name") != "Devon" || row.at("cla_group") != group || row.at("number") == "c" ||
          (row.at("characteristic") != first && row.at("characteristic") != second))
        continue;
      Leavers& year = by_year[row.at("time_period")];
      year.in_groups += std::stod(row.at("number"));
      year.all = std::stod(row.at("Total_num"));
      ++year.counts_published;
    }
    std::vector<double> shares;
    for (const auto& [year, leavers] : by_year)
      if (leavers.counts_published == 2) shares.push_back(100 * leavers.in_groups / leavers.all);
    REQUIRE(shares.size() >= 3);
    return range_of(shares);
  };
  within("exit_age_mix.16-17", 100, two_groups_share("Age on ceasing", "16 years", "17 years"));

  // Why care ended. The DfE splits a return home by whether it was part of the care plan;
  // the model's return_home is both.
  const std::string home = "Returned home to live with parents or other person with parental responsibility which ";
  within("exit_share.return_home", 100,
         two_groups_share("Reason episode ceased", home + "was part of the care planning process",
                          home + "was not part of the care planning process"));
  within("exit_share.adoption", 100, percent(devon_range(ceased, "percentage", in_group("Reason episode ceased", "Adopted"))));
  within("exit_share.special_guardianship", 100,
         percent(devon_range(ceased, "percentage", in_group("Reason episode ceased", "Special guardianship order"))));

  // Re-entries: not in shared/data, whose files count no returns to care; PRODUCT.md states
  // England's "about 16-20% of entries are re-entries after a return home".
  within("re_entry_share", 100, Published{16, 20});

  const auto stability = read_dfe_csv("la_cla_placement_stability.csv");
  const auto measure = [](const std::string& name) {
    return [name](const CsvRow& row) { return row.at("placement_stability") == name; };
  };
  within("share_3plus_placements_in_year", 100,
         percent(devon_range(stability, "children_percent", measure("With 3 or more placements during the year"))));
  within("long_term_stability_share", 100,
         percent(devon_range(stability, "children_percent", measure("Living with the same carer for at least 2 years"))));
}
