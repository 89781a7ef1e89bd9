#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>
#include <functional>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "output/comparison_outputs.hpp"
#include "output/run_outputs.hpp"
#include "output/sweep_outputs.hpp"
#include "report/csv_table.hpp"
#include "report/kpi_presentation.hpp"
#include "report/run_files.hpp"
#include "scenario/load_runs.hpp"
#include "report/write_reports.hpp"
#include "scenario/scenario_error.hpp"
#include "scenario_builder.hpp"
#include "temp_directory.hpp"

using namespace caresim;
using testing::read_file;
namespace fs = std::filesystem;

namespace {

void write_small_run(const fs::path& directory, const std::string& name) {
  auto s = testing::minimal_scenario();
  s.name = name;
  s.run.replications = 3;
  s.run.years = 2;
  s.run.warmup_years = 1;
  output::OutputDirectory out(directory);
  output::write_run_outputs(out, s, "name: minimal\nrun: {start_date: 2025-04-01, years: 2}\n", run::run_experiment(s, 1));
}

// caresim compare of two small scenarios, "base" and "option", into `directory`.
void write_small_comparison(const fs::path& directory) {
  std::vector<scenario::LoadedScenario> loaded;
  std::vector<scenario::Scenario> scenarios;
  for (const char* name : {"base", "option"}) {
    auto s = testing::minimal_scenario();
    s.name = name;
    s.run.replications = 2;
    s.run.years = 2;
    loaded.push_back({s, std::string("name: ") + name + "\n", nullptr});
    scenarios.push_back(s);
  }
  run::ExperimentOptions options;
  options.threads = 1;
  options.differences_from_first = true;
  output::OutputDirectory out(directory);
  output::write_comparison_outputs(out, loaded, run::run_experiment(scenarios, options));
}

// caresim run of a scenario sweeping the in-house households over 380 and 420, into `directory`;
// the scenario is named `name`.
void write_small_sweep(const fs::path& directory, const std::string& name) {
  const fs::path yaml = directory.parent_path() / "sweep.yaml";
  std::ofstream(yaml) << "name: \"" << name << "\"\n"
                      << "run: {start_date: 2025-04-01, years: 2, warmup_years: 1, replications: 3, seed: 1}\n"
                         "children: {entries_per_year: 450, age_at_entry: {\"0\": 1.0}, stay: {distribution: exponential, mean_days: 365}}\n"
                         "provision: {in_house_foster: {households: 400, places_per_household: 1}, ifa: {}}\n"
                         "sweep: {parameter: provision.in_house_foster.households, values: [380, 420]}\n";
  auto runs = scenario::load_runs(yaml.string());
  std::vector<scenario::Scenario> scenarios;
  for (const auto& loaded : runs.scenarios) scenarios.push_back(loaded.scenario);
  run::ExperimentOptions options;
  options.threads = 1;
  output::OutputDirectory out(directory);
  output::write_sweep_outputs(out, runs, run::run_experiment(scenarios, options));
}

std::vector<std::string> names_in(const fs::path& directory) {
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(directory)) names.push_back(entry.path().filename().string());
  std::sort(names.begin(), names.end());
  return names;
}

// The first `from` in the file becomes `to`.
void replace_in_file(const fs::path& file, const std::string& from, const std::string& to) {
  std::string text = read_file(file);
  const std::size_t at = text.find(from);
  REQUIRE(at != std::string::npos);
  text.replace(at, from.size(), to);
  std::ofstream(file, std::ios::binary) << text;
}

// The JSON file as `edit` leaves it.
void edit_json(const fs::path& file, const std::function<void(nlohmann::ordered_json&)>& edit) {
  auto json = nlohmann::ordered_json::parse(read_file(file));
  edit(json);
  std::ofstream(file, std::ios::binary) << json.dump(2);
}

// The CSV file cut to its header row.
void keep_header_only(const fs::path& file) {
  const std::string text = read_file(file);
  std::ofstream(file, std::ios::binary) << text.substr(0, text.find('\n') + 1);
}

// write_reports refuses `directory` with a message holding `expected`, and leaves the names in
// it as they were: no report, no staged file left behind.
void check_refused_untouched(const fs::path& directory, const std::vector<std::string>& before,
                             const std::string& expected) {
  CHECK_THROWS_WITH(report::write_reports(directory), Catch::Contains(expected));
  CHECK(names_in(directory) == before);
}

}  // namespace

TEST_CASE("reports are written beside a run's files, the same bytes each time", "[report]") {
  testing::TempDirectory tmp;
  write_small_run(tmp / "run", "minimal");
  auto expected = names_in(tmp / "run");
  expected.insert(expected.end(), {"report.html", "report.xlsx"});
  std::sort(expected.begin(), expected.end());
  CHECK(report::write_reports(tmp / "run") == std::vector<std::string>{"report.html", "report.xlsx"});
  CHECK(names_in(tmp / "run") == expected);
  const std::string html = read_file(tmp / "run" / "report.html");
  const std::string workbook = read_file(tmp / "run" / "report.xlsx");
  CHECK(workbook.substr(0, 2) == "PK");  // a zip, as .xlsx files are

  // The headline table carries summary.json's exact numbers.
  const auto summary = nlohmann::json::parse(read_file(tmp / "run" / "summary.json"));
  const double mean = summary["kpis"]["children_in_care_mean"]["mean"];
  CHECK(html.find("data-kpi=\"children_in_care_mean\" data-scenario=\"minimal\" data-stat=\"mean\" data-value=\"" +
                  fmt::format("{}", mean) + "\"") != std::string::npos);

  report::write_reports(tmp / "run");
  CHECK(read_file(tmp / "run" / "report.html") == html);
  CHECK(read_file(tmp / "run" / "report.xlsx") == workbook);
}

TEST_CASE("a hostile scenario name is escaped everywhere in the page", "[report]") {
  testing::TempDirectory tmp;
  const std::string hostile = "=1+1</script><script>alert(1)</script>\"'";
  write_small_run(tmp / "run", hostile);
  report::write_reports(tmp / "run");
  const std::string html = read_file(tmp / "run" / "report.html");
  CHECK(html.find("<script>alert(1)") == std::string::npos);
  CHECK(html.find("=1+1&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;&quot;&#39;") != std::string::npos);
}

TEST_CASE("a directory that is not caresim output is the user's mistake and gets no report", "[report]") {
  testing::TempDirectory tmp;
  fs::create_directories(tmp / "empty");
  CHECK_THROWS_AS(report::write_reports(tmp / "empty"), scenario::ScenarioError);
  CHECK(fs::is_empty(tmp / "empty"));

  write_small_run(tmp / "run", "minimal");
  const auto before = names_in(tmp / "run");
  {
    std::ofstream broken(tmp / "run" / "timeseries.csv");
    broken << "date,metric,mean,p05,p50,p95\n2025-04-30,children_in_care,1,2\n";
  }
  check_refused_untouched(tmp / "run", before, "timeseries.csv:2:1: expected 6 cells, got 4");
}

TEST_CASE("the headline table leaves out what a run does not model, and says so", "[report]") {
  testing::TempDirectory tmp;
  write_small_run(tmp / "run", "minimal");  // no workforce: caseload_mean is n/a
  report::write_reports(tmp / "run");
  const std::string html = read_file(tmp / "run" / "report.html");
  const auto headline = html.substr(html.find("<section id=\"headline\">"));
  const auto headline_section = headline.substr(0, headline.find("</section>"));
  CHECK(headline_section.find("data-kpi=\"caseload_mean\"") == std::string::npos);
  CHECK(headline_section.find("data-kpi=\"children_in_care_mean\"") != std::string::npos);
  CHECK(headline_section.find("<li>Children per social worker (mean caseload)</li>") != std::string::npos);
  CHECK(html.find("data-kpi=\"caseload_mean\"") != std::string::npos);  // still under Every KPI, as n/a
}

TEST_CASE("a comparison's headline gives each scenario's range of outcomes, the 5th to the 95th percentile",
          "[report]") {
  testing::TempDirectory tmp;
  write_small_comparison(tmp / "compare");
  report::write_reports(tmp / "compare");
  const std::string html = read_file(tmp / "compare" / "report.html");
  const auto headline = html.substr(html.find("<section id=\"headline\">"));
  const auto section = headline.substr(0, headline.find("</section>"));
  const auto at = section.find("<h3>Range of outcomes</h3>");
  REQUIRE(at != std::string::npos);
  for (const char* name : {"base", "option"}) {
    const report::RunFiles run = report::read_run_files(tmp / "compare" / name);
    const report::KpiStat* in_care = run.summary.kpi("children_in_care_mean");
    REQUIRE(in_care);
    CHECK(section.find(report::format_interval(in_care->p05, in_care->p95, report::Quantity::count), at) !=
          std::string::npos);
  }
}

TEST_CASE("a run without costs shows its cost measures as not counted, never as £0", "[report]") {
  testing::TempDirectory tmp;
  write_small_run(tmp / "run", "minimal");  // no costs section: summary.json's costs.costed is false
  report::write_reports(tmp / "run");
  const std::string html = read_file(tmp / "run" / "report.html");
  const auto headline = html.substr(html.find("<section id=\"headline\">"));
  CHECK(headline.substr(0, headline.find("</section>"))
            .find("<td title=\"cost_total_gbp\">Total cost over the horizon</td><td>not counted</td>") != std::string::npos);
  CHECK(html.find("data-kpi=\"cost_total_gbp\"") == std::string::npos);
  CHECK(html.find("Costs are not counted (there is no costs section)") != std::string::npos);
}

TEST_CASE("the assumptions give the replications and seed run, and the scenario file's where they were replaced", "[report]") {
  testing::TempDirectory tmp;
  write_small_run(tmp / "run", "minimal");  // 3 replications, seed 1
  std::ofstream(tmp / "run" / "scenario.yaml")
      << "# run with --replications 3, which override run: below\n"
         "name: minimal\nrun: {start_date: 2025-04-01, years: 2, replications: 20, seed: 1}\n";
  const report::RunFiles run = report::read_run_files(tmp / "run");
  std::vector<std::string> assumptions;
  for (const auto& p : run.parameters) assumptions.push_back(p.path + ": " + run.assumption(p));
  CHECK(assumptions == std::vector<std::string>{"name: minimal", "run.start_date: 2025-04-01", "run.years: 2",
                                                "run.replications: 3 (the scenario file says 20)", "run.seed: 1"});
  report::write_reports(tmp / "run");
  CHECK(read_file(tmp / "run" / "report.html").find("run.replications</td><td>3 (the scenario file says 20)</td>") !=
        std::string::npos);
}

TEST_CASE("a sweep's report charts each headline KPI against the swept value with sweep.csv's numbers", "[report]") {
  testing::TempDirectory tmp;
  write_small_sweep(tmp / "out", "pool <b>size</b>");
  CHECK(report::write_reports(tmp / "out") == std::vector<std::string>{"report.html"});  // no workbook of its own
  CHECK_FALSE(std::filesystem::exists(tmp / "out" / "report.xlsx"));
  const std::string html = read_file(tmp / "out" / "report.html");

  CHECK(html.find("<title>caresim sweep: pool &lt;b&gt;size&lt;/b&gt;, provision.in_house_foster.households</title>") != std::string::npos);
  const auto csv = report::parse_csv(read_file(tmp / "out" / "sweep.csv"), "sweep.csv");
  const auto column = csv.column("in_house_occupancy_mean.mean");
  REQUIRE(column);
  for (const auto& row : csv.rows)
    CHECK(html.find("data-kpi=\"in_house_occupancy_mean\" data-scenario=\"" + row[0] + "\" data-stat=\"mean\" data-value=\"" +
                    fmt::format("{}", std::stod(row[*column])) + "\"") != std::string::npos);
  CHECK(html.find("<h3 id=\"chart-1-title\">Children in care (average over time)</h3>") != std::string::npos);
  CHECK(html.find("<a href=\"./households-380/report.html\">provision.in_house_foster.households = 380</a>") != std::string::npos);
  CHECK(html.find("Children per social worker (mean caseload)</li>") != std::string::npos);  // noted as not charted
}

TEST_CASE("damaged results are the user's mistake, named by file (and place), and get no report", "[report]") {
  testing::TempDirectory tmp;
  const fs::path run = tmp / "run";
  write_small_run(run, "minimal");
  const auto before = names_in(run);
  std::string expected;
  SECTION("a start date that is not a date") {
    replace_in_file(run / "summary.json", "\"start_date\": \"2025-04-01\"", "\"start_date\": \"x\"");
    expected = "summary.json: must be a date written YYYY-MM-DD, got 'x' (start_date)";
  }
  SECTION("a start date cut short") {
    replace_in_file(run / "summary.json", "\"start_date\": \"2025-04-01\"", "\"start_date\": \"20\"");
    expected = "summary.json: must be a date written YYYY-MM-DD, got '20' (start_date)";
  }
  SECTION("a month end that is not a date") {
    replace_in_file(run / "timeseries.csv", "\n2025-04-30,", "\ngarbage,");
    expected = "timeseries.csv:2:1: expected a date written YYYY-MM-DD in column 'date', got 'garbage'";
  }
  SECTION("summary.json that is a directory") {
    fs::remove(run / "summary.json");
    fs::create_directory(run / "summary.json");
    expected = "summary.json: not a file";
  }
  SECTION("scenario.yaml that is a directory") {
    fs::remove(run / "scenario.yaml");
    fs::create_directory(run / "scenario.yaml");
    expected = "scenario.yaml: not a file";
  }
  SECTION("summary.json that is not JSON, at the place the parser stopped") {
    std::ofstream(run / "summary.json") << "{\n  \"scenario\": \"minimal\",,\n}\n";
    expected = "summary.json:2:25: not JSON: syntax error while parsing object key - unexpected ','";
  }
  SECTION("a KPI of summary.json that is not a number") {
    edit_json(run / "summary.json", [](auto& json) { json["kpis"]["children_in_care_mean"]["p50"] = "x"; });
    expected = "summary.json: must be a number or null, got \"x\" (kpis.children_in_care_mean.p50)";
  }
  SECTION("KPIs that name none") {
    edit_json(run / "summary.json", [](auto& json) { json["kpis"] = nlohmann::ordered_json::object(); });
    expected = "summary.json: names no KPI (kpis)";
  }
  SECTION("years written as a decimal") {
    edit_json(run / "summary.json", [](auto& json) { json["years"] = 1.5; });
    expected = "summary.json: must be a whole number, got 1.5 (years)";
  }
  SECTION("a whole number of years written as a decimal") {
    edit_json(run / "summary.json", [](auto& json) { json["years"] = 2.0; });
    expected = "summary.json: must be a whole number, got 2.0 (years)";
  }
  SECTION("replications beyond what an int holds") {
    edit_json(run / "summary.json", [](auto& json) { json["replications"] = 4'294'967'299; });  // 3 once wrapped
    expected = "summary.json: must be a whole number from -2147483648 to 2147483647, got 4294967299 (replications)";
  }
  SECTION("a seed written as a decimal") {
    edit_json(run / "summary.json", [](auto& json) { json["seed"] = 1.5; });
    expected = "summary.json: must be a whole number, got 1.5 (seed)";
  }
  SECTION("summary.json without a key the report needs") {
    replace_in_file(run / "summary.json", "\"seed\":", "\"sed\":");
    expected = "summary.json: not a caresim summary: key 'seed' not found";
  }
  SECTION("kpis_by_replication.csv with its header alone") {
    keep_header_only(run / "kpis_by_replication.csv");
    expected = "kpis_by_replication.csv: has 0 rows of replications, but summary.json says 3 replications";
  }
  SECTION("kpis_by_replication.csv with a value that is not a number") {
    replace_in_file(run / "kpis_by_replication.csv", "\n1,", "\n1,zzz");  // prefixed to the first KPI's value
    expected = "kpis_by_replication.csv:3:1: expected a number or NA, got 'zzz";
  }
  check_refused_untouched(run, before, expected);
}

TEST_CASE("a damaged comparison is the user's mistake, named by file and key, and gets no report", "[report]") {
  testing::TempDirectory tmp;
  const fs::path compare = tmp / "compare";
  write_small_comparison(compare);
  const auto before = names_in(compare);
  const fs::path file = compare / "comparison.json";
  std::string expected;
  SECTION("a KPI's mean that is not a number") {
    edit_json(file, [](auto& json) { json["kpis"]["children_in_care_mean"][1]["mean"] = "x"; });
    expected = "comparison.json: must be a number or null, got \"x\" (kpis.children_in_care_mean[1].mean)";
  }
  SECTION("a confidence interval of one number") {
    edit_json(file, [](auto& json) { json["kpis"]["children_in_care_mean"][0]["ci95"] = {1}; });
    expected = "comparison.json: must be [low, high] or null, got [1] (kpis.children_in_care_mean[0].ci95)";
  }
  SECTION("a start date the calendar lacks") {
    edit_json(file, [](auto& json) { json["start_date"] = "2025-02-30"; });
    expected = "comparison.json: must be a date written YYYY-MM-DD, got '2025-02-30' (start_date)";
  }
  SECTION("years below one") {
    edit_json(file, [](auto& json) { json["years"] = -1; });
    expected = "comparison.json: must be >= 1, got -1 (years)";
  }
  SECTION("years that are not a number") {
    edit_json(file, [](auto& json) { json["years"] = "two"; });
    expected = "comparison.json: must be a whole number, got \"two\" (years)";
  }
  SECTION("replications written as a decimal") {
    edit_json(file, [](auto& json) { json["replications"] = 2.5; });
    expected = "comparison.json: must be a whole number, got 2.5 (replications)";
  }
  SECTION("KPIs that name none") {
    edit_json(file, [](auto& json) { json["kpis"] = nlohmann::ordered_json::object(); });
    expected = "comparison.json: names no KPI (kpis)";
  }
  SECTION("a financial year that is not one") {
    edit_json(file, [](auto& json) { json["financial_years"] = {"garbage"}; });
    expected = "comparison.json: must be a financial year written like 2025-26, got 'garbage' (financial_years[0])";
  }
  SECTION("KPIs that are a list") {
    edit_json(file, [](auto& json) { json["kpis"] = nlohmann::ordered_json::array(); });
    expected = "comparison.json: not a caresim comparison: type must be object, but is array (kpis)";
  }
  SECTION("a KPI without the second scenario's entry") {
    edit_json(file, [](auto& json) { json["kpis"]["children_in_care_mean"].erase(1); });
    expected = "comparison.json: must have one entry per scenario, in the order of scenarios (kpis.children_in_care_mean)";
  }
  SECTION("a scenario that is a list") {
    edit_json(file, [](auto& json) { json["scenarios"][1] = {1}; });
    expected = "comparison.json: not a caresim comparison: type must be object, but is array (scenarios[1])";
  }
  SECTION("a run directory outside the results folder") {
    edit_json(file, [](auto& json) { json["scenarios"][1]["directory"] = "../../../etc"; });
    expected = "comparison.json: the run directory '../../../etc' is not a directory beside comparison.json "
               "(scenarios[1].directory)";
  }
  SECTION("a run directory with no name") {
    edit_json(file, [](auto& json) { json["scenarios"][1]["directory"] = ""; });
    expected = "comparison.json: the run directory '' is not a directory beside comparison.json (scenarios[1].directory)";
  }
  SECTION("a scenario's timeseries.csv with its header alone") {
    keep_header_only(compare / "option" / "timeseries.csv");
    expected = "timeseries.csv:2:1: expected the first month's row after the header, got none";
  }
  check_refused_untouched(compare, before, expected);
}

TEST_CASE("a damaged sweep is the user's mistake, named by file and key, and gets no report", "[report]") {
  testing::TempDirectory tmp;
  const fs::path sweep = tmp / "sweep";
  write_small_sweep(sweep, "pool size");
  const auto before = names_in(sweep);
  const fs::path file = sweep / "sweep.json";
  std::string expected;
  SECTION("a description that is not text") {
    edit_json(file, [](auto& json) { json["description"] = 1; });
    expected = "sweep.json: not a caresim sweep: type must be string, but is number (description)";
  }
  SECTION("runs that are an object") {
    edit_json(file, [](auto& json) { json["runs"] = {{"households-380", 380}}; });
    expected = "sweep.json: not a caresim sweep: type must be array, but is object (runs)";
  }
  SECTION("runs that name none") {
    edit_json(file, [](auto& json) { json["runs"] = nlohmann::ordered_json::array(); });
    expected = "sweep.json: names no run (runs)";
  }
  SECTION("a run that is a list") {
    edit_json(file, [](auto& json) { json["runs"][1] = {1, 2}; });
    expected = "sweep.json: not a caresim sweep: type must be object, but is array (runs[1])";
  }
  SECTION("a value written as a number, not as text") {
    edit_json(file, [](auto& json) { json["runs"][1]["value"] = 420; });
    expected = "sweep.json: not a caresim sweep: type must be string, but is number (runs[1].value)";
  }
  SECTION("a value that is not a number") {
    edit_json(file, [](auto& json) { json["runs"][1]["value"] = "many"; });
    expected = "sweep.json: must be a finite number written as a string, got 'many' (runs[1].value)";
  }
  SECTION("a run without its directory") {
    edit_json(file, [](auto& json) { json["runs"][0].erase("directory"); });
    expected = "sweep.json: not a caresim sweep: key 'directory' not found (runs[0])";
  }
  SECTION("a run directory outside the results folder") {
    edit_json(file, [](auto& json) { json["runs"][0]["directory"] = "../sweep"; });
    expected = "sweep.json: the run directory '../sweep' is not a directory beside sweep.json (runs[0].directory)";
  }
  check_refused_untouched(sweep, before, expected);
}

TEST_CASE("a directory where a report goes is found before either report is replaced", "[report]") {
  testing::TempDirectory tmp;
  write_small_run(tmp / "run", "minimal");
  std::ofstream(tmp / "run" / "report.html") << "the earlier report";
  fs::create_directories(tmp / "run" / "report.xlsx" / "inside");
  const auto before = names_in(tmp / "run");
  CHECK_THROWS_WITH(report::write_reports(tmp / "run"),
                    Catch::Contains("report.xlsx: is not a file, and stands where the report goes"));
  CHECK(read_file(tmp / "run" / "report.html") == "the earlier report");
  CHECK(names_in(tmp / "run") == before);
}

// What a second signal's undo finds, staged by write_reports, depends on when it comes: both
// reports still staged, or the page moved into place and the workbook not yet.
TEST_CASE("settling staged reports leaves the old pair or the new, never one of each", "[report]") {
  testing::TempDirectory tmp;
  const fs::path run = tmp / "run";
  write_small_run(run, "minimal");
  std::ofstream(run / "report.html") << "old page";
  std::ofstream(run / "report.xlsx") << "old workbook";
  const auto names = names_in(run);
  const fs::path staging = report::report_staging_directory(run);
  fs::create_directory(staging);
  // The settled pair, after staging `page` and `workbook` (empty: not staged).
  const auto settled = [&](const std::string& page, const std::string& workbook) {
    if (!page.empty()) std::ofstream(staging / "report.html") << page;
    if (!workbook.empty()) std::ofstream(staging / "report.xlsx") << workbook;
    report::settle_staged_reports(run);
    return std::pair(read_file(run / "report.html"), read_file(run / "report.xlsx"));
  };
  const auto old_pair = std::pair<std::string, std::string>("old page", "old workbook");

  SECTION("both still staged: the old pair stays") { CHECK(settled("new page", "new workbook") == old_pair); }
  SECTION("the page moved into place: its workbook follows it") {
    std::ofstream(run / "report.html") << "new page";
    CHECK(settled("", "new workbook") == std::pair<std::string, std::string>("new page", "new workbook"));
  }
  SECTION("the page being written, no workbook yet: the old pair stays") { CHECK(settled("half a ne", "") == old_pair); }
  CHECK(names_in(run) == names);  // nothing staged or set aside is left
}

TEST_CASE("a scenario value too small for a normal double is still written to the workbook", "[report]") {
  testing::TempDirectory tmp;
  write_small_run(tmp / "run", "minimal");
  std::ofstream(tmp / "run" / "scenario.yaml", std::ios::app) << "children: {stay: {mean_days: 1e-310}}\n";
  CHECK(report::write_reports(tmp / "run") == std::vector<std::string>{"report.html", "report.xlsx"});
}

TEST_CASE("a scenario name longer than a worksheet cell holds is cut in the workbook, never refused", "[report]") {
  testing::TempDirectory tmp;
  write_small_run(tmp / "run", std::string(40'000, 'n'));
  CHECK(report::write_reports(tmp / "run") == std::vector<std::string>{"report.html", "report.xlsx"});
}
