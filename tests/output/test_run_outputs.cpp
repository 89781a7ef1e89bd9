#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>
#include <stdexcept>

#include <nlohmann/json.hpp>

#include "output/output_directory.hpp"
#include "output/run_outputs.hpp"
#include "scenario_builder.hpp"
#include "temp_directory.hpp"

using namespace caresim;
using testing::read_file;

namespace {
// Results holding one file, committed to `directory`.
void commit_one_file(const std::filesystem::path& directory, const std::string& name, const std::string& contents) {
  output::OutputDirectory out(directory);
  out.write(name, contents);
  out.commit();
}

std::size_t count_lines(const std::string& text) { return static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n')); }
}  // namespace

TEST_CASE("a run writes the promised files with every KPI summarised", "[output]") {
  auto s = testing::minimal_scenario();
  s.run.replications = 4;
  s.run.years = 2;
  s.run.warmup_years = 1;
  const auto result = run::run_experiment(s, 2);
  testing::TempDirectory tmp;
  output::OutputDirectory out(tmp / "out");
  output::write_run_outputs(out, s, "name: minimal\n", result);

  const auto summary = nlohmann::json::parse(read_file(tmp / "out" / "summary.json"));
  CHECK(summary["scenario"] == "minimal");
  CHECK(summary["replications"] == 4);
  CHECK(summary["seed"] == 1);
  CHECK(summary["start_date"] == "2025-04-01");
  CHECK(summary["years"] == 2);
  CHECK(summary["warmup_years"] == 1);
  CHECK(summary["engine"]["events"].get<std::uint64_t>() == result.events);
  CHECK_FALSE(summary.contains("precision"));
  CHECK(summary["engine"].contains("seconds"));
  CHECK(summary["engine"].contains("events_per_second"));
  for (const char* name : {"entries_per_year", "exits_per_year", "children_in_care_mean",
                           "first_placement_share.in_house_foster", "placement_days_share.ifa",
                           "in_house_occupancy_mean", "waiting_days_mean", "breakdowns_per_year",
                           "share_3plus_placements_in_year", "share_over_20_miles", "carer_households_end",
                           "caseload_mean", "social_worker_turnover_rate", "share_3plus_social_workers_in_year",
                           "cost_total_gbp"}) {
    INFO(name);
    REQUIRE(summary["kpis"].contains(name));
    const auto& stat = summary["kpis"][name];
    CHECK(stat.contains("mean"));
    CHECK(stat["ci95"].size() == 2);
    CHECK(stat.contains("p05"));
    CHECK(stat.contains("p50"));
    CHECK(stat.contains("p95"));
  }
  const auto& entries = summary["kpis"]["entries_per_year"];
  CHECK(entries["ci95"][0].get<double>() <= entries["mean"].get<double>());
  CHECK(entries["mean"].get<double>() <= entries["ci95"][1].get<double>());
  CHECK(summary["kpis"]["caseload_mean"]["mean"].is_null());  // no workforce: n/a

  const std::string series = read_file(tmp / "out" / "timeseries.csv");
  CHECK(series.rfind("date,metric,mean,p05,p50,p95\n", 0) == 0);
  CHECK(series.find("\n2025-04-30,children_in_care,") != std::string::npos);
  CHECK(series.find("\n2027-03-31,children_in_care,") != std::string::npos);
  CHECK(series.find("\n2025-03-31,") == std::string::npos);  // warm-up months are not reported
  const std::string per_replication = read_file(tmp / "out" / "kpis_by_replication.csv");
  CHECK(per_replication.rfind("replication,entries_per_year,", 0) == 0);
  CHECK(count_lines(per_replication) == 5);
  CHECK(per_replication.find(",NA") != std::string::npos);
  CHECK(read_file(tmp / "out" / "scenario.yaml") == "name: minimal\n");
}

TEST_CASE("an output directory that is never committed leaves nothing behind, not even the old one touched",
          "[output]") {
  testing::TempDirectory tmp;
  commit_one_file(tmp / "results", "a.txt", "first");
  {
    output::OutputDirectory out(tmp / "results");
    out.write("a.txt", "second, never committed");
  }
  CHECK(read_file(tmp / "results" / "a.txt") == "first");
  CHECK(std::distance(std::filesystem::directory_iterator(tmp.path()), {}) == 1);
}

TEST_CASE("what a command adds before commit reads the staged files and lands with them; if it fails, nothing does",
          "[output]") {
  testing::TempDirectory tmp;
  commit_one_file(tmp / "results", "a.txt", "first");
  SECTION("the addition comes in with the files it was made from") {
    output::OutputDirectory out(tmp / "results");
    out.write("a.txt", "second");
    out.commit([](const std::filesystem::path& staged) {
      std::ofstream(staged / "report.txt") << "made from " << read_file(staged / "a.txt");
    });
    CHECK(read_file(tmp / "results" / "report.txt") == "made from second");
  }
  SECTION("an addition that fails (a report that cannot be written) leaves the old results as they were") {
    {
      output::OutputDirectory out(tmp / "results");
      out.write("a.txt", "second");
      CHECK_THROWS_AS(out.commit([](const std::filesystem::path&) { throw std::runtime_error("cannot write report"); }),
                      std::runtime_error);
    }
    CHECK(read_file(tmp / "results" / "a.txt") == "first");
    CHECK_FALSE(std::filesystem::exists(tmp / "results" / "report.txt"));
  }
  CHECK(std::distance(std::filesystem::directory_iterator(tmp.path()), {}) == 1);  // no staging left behind
}

// What a second signal's undo does, beside a main thread still writing or committing.
TEST_CASE("once discarded, staged results are never written again, and the old results stay whole", "[output]") {
  testing::TempDirectory tmp;
  commit_one_file(tmp / "results", "a.txt", "first");
  output::OutputDirectory out(tmp / "results");
  out.write("a.txt", "second");
  SECTION("a write after the discard fails, and does not make the staging directory again") {
    out.discard();
    CHECK_THROWS(out.write("more/b.txt", "late"));
    CHECK_THROWS(out.write("c.txt", "late"));
  }
  SECTION("a commit whose staging is discarded on the way fails, and the old results stay in place") {
    CHECK_THROWS(out.commit([&out](const std::filesystem::path&) { out.discard(); }));
  }
  CHECK(read_file(tmp / "results" / "a.txt") == "first");
  CHECK(std::distance(std::filesystem::directory_iterator(tmp.path()), {}) == 1);
}

TEST_CASE("an output directory that is never committed takes away the parent directories it made, and only those",
          "[output]") {
  testing::TempDirectory tmp;
  std::filesystem::create_directories(tmp / "kept");
  { output::OutputDirectory out(tmp / "kept/new/deeper/results"); }
  CHECK(std::filesystem::exists(tmp / "kept"));
  CHECK_FALSE(std::filesystem::exists(tmp / "kept/new"));
  {
    output::OutputDirectory out(tmp / "kept/new/deeper/results");
    std::ofstream(tmp / "kept/new/someone_elses.txt") << "keep me";  // put there meanwhile
  }
  CHECK(read_file(tmp / "kept/new/someone_elses.txt") == "keep me");
  CHECK_FALSE(std::filesystem::exists(tmp / "kept/new/deeper"));
}

TEST_CASE("a target with the longest name a file may have is staged and replaced like any other", "[output]") {
  testing::TempDirectory tmp;
  const std::string longest(255, 'r');
  commit_one_file(tmp / longest, "a.txt", "first");
  commit_one_file(tmp / longest, "a.txt", "second");
  CHECK(read_file(tmp / longest / "a.txt") == "second");
  CHECK(std::distance(std::filesystem::directory_iterator(tmp.path()), {}) == 1);
}

TEST_CASE("committing replaces the previous results whole", "[output]") {
  testing::TempDirectory tmp;
  commit_one_file(tmp / "results", "old.txt", "old");
  commit_one_file(tmp / "results/", "new.txt", "new");
  CHECK(std::filesystem::exists(tmp / "results" / "new.txt"));
  CHECK_FALSE(std::filesystem::exists(tmp / "results" / "old.txt"));
  CHECK(std::distance(std::filesystem::directory_iterator(tmp.path()), {}) == 1);
}

TEST_CASE("costs.csv holds every financial year by cost line, and summary.json says how costs were counted",
          "[output][costs]") {
  auto s = testing::minimal_scenario();
  s.run.replications = 3;
  s.run.years = 2;
  s.run.warmup_years = 1;
  testing::TempDirectory tmp;
  output::OutputDirectory off_directory(tmp / "off");
  output::write_run_outputs(off_directory, s, "name: minimal\n", run::run_experiment(s, 1));
  const auto off = nlohmann::json::parse(read_file(tmp / "off" / "summary.json"));
  CHECK(off["costs"]["costed"] == false);
  CHECK(off["costs"]["note"].get<std::string>().find("every cost KPI is 0") != std::string::npos);
  const std::string zeros = read_file(tmp / "off" / "costs.csv");
  CHECK(zeros.rfind("financial_year,line,mean,p05,p50,p95,ci95_low,ci95_high\n", 0) == 0);
  CHECK(zeros.find("\n2025-26,placement.ifa,0,0,0,0,0,0\n") != std::string::npos);
  CHECK(zeros.find("\n2026-27,total,0,0,0,0,0,0\n") != std::string::npos);

  scenario::CostsSpec costs;
  costs.price_base_year = 2024;
  costs.terms = scenario::CostTerms::real;
  scenario::PlacementCostSpec ifa;
  ifa.gbp_per_week.fill(700);
  costs.placements[static_cast<std::size_t>(scenario::CostedPlacement::ifa)] = ifa;
  costs.placements[static_cast<std::size_t>(scenario::CostedPlacement::in_house_foster)] = ifa;
  s.costs = costs;
  const auto result = run::run_experiment(s, 1);
  output::OutputDirectory on_directory(tmp / "on");
  output::write_run_outputs(on_directory, s, "name: minimal\n", result);
  const auto on = nlohmann::json::parse(read_file(tmp / "on" / "summary.json"));
  CHECK(on["costs"]["costed"] == true);
  CHECK(on["costs"]["terms"] == "real");
  CHECK(on["costs"]["price_base"] == "2024-25");
  CHECK(on["kpis"]["cost_total_gbp"]["mean"].get<double>() > 0);
  const std::string csv = read_file(tmp / "on" / "costs.csv");
  // Two years x (9 placement lines + 6 fixed lines + 3 staff lines + 3 recruitment lines +
  // the total), and the header.
  CHECK(count_lines(csv) == 1 + 2 * 22);
  const auto row = csv.find("\n2026-27,total,");
  REQUIRE(row != std::string::npos);
  const double mean = std::stod(csv.substr(row + 15));
  const auto& aggregate = result.scenarios.front().aggregate;
  CHECK(mean == aggregate.yearly(*aggregate.yearly_index("cost_total_gbp"), 1).summary()->mean);
  CHECK(mean > 0);

  // Each replication's yearly costs: its lines add up to its total, its years to its
  // cost_total_gbp, and their mean over replications is costs.csv's.
  const std::string by_replication = read_file(tmp / "on" / "costs_by_replication.csv");
  CHECK(count_lines(by_replication) == 1 + 3 * 2);
  std::istringstream rows(by_replication);
  std::string row_text;
  std::getline(rows, row_text);
  CHECK(row_text.rfind("replication,financial_year,", 0) == 0);
  CHECK(row_text.ends_with(",total"));
  std::vector<double> totals(3);
  double last_year_sum = 0;
  while (std::getline(rows, row_text)) {
    std::vector<std::string> cells;
    std::istringstream cell_text(row_text);
    for (std::string cell; std::getline(cell_text, cell, ',');) cells.push_back(cell);
    REQUIRE(cells.size() == 2 + 22);
    double lines = 0;
    for (std::size_t c = 2; c + 1 < cells.size(); ++c) lines += std::stod(cells[c]);
    const double total = std::stod(cells.back());
    CHECK(lines == Approx(total).epsilon(1e-12));
    totals[std::stoul(cells[0])] += total;
    if (cells[1] == "2026-27") last_year_sum += total;
  }
  const auto& kpi = aggregate.kpi_values(*aggregate.kpi_index("cost_total_gbp"));
  for (std::size_t r = 0; r < 3; ++r) CHECK(totals[r] == Approx(kpi[r]).epsilon(1e-12));
  CHECK(last_year_sum / 3 == Approx(mean).epsilon(1e-12));
}
