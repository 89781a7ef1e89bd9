// libFuzzer harness: bytes -> scenario file -> load_runs. Only ScenarioError may escape the
// loader, each of its diagnostics must carry FILE:LINE:COLUMN, and a loaded scenario's
// effective YAML must load back into the same effective YAML. With FUZZ_RUN=1 in the
// environment, each loaded scenario is also run for one replication of one year.
// Built with -DCARESIM_FUZZ=ON (tests/fuzz/CMakeLists.txt says how); run e.g.
//   fuzz_load_scenario -dict=tests/fuzz/caresim.dict -max_len=4096 -timeout=10 CORPUS scenarios
// The files go to /tmp/fuzzwork-PID/, beside copies of baseline.yaml and minimal.yaml so that
// `extends:` finds them.
#include <unistd.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "model/impossible_run.hpp"
#include "run/replication.hpp"
#include "scenario/load_runs.hpp"

namespace fs = std::filesystem;
using caresim::scenario::Diagnostic;
using caresim::scenario::LoadedRuns;
using caresim::scenario::ScenarioError;

namespace {

fs::path work_dir() {
  static const fs::path dir = [] {
    fs::path d = fs::path("/tmp") / ("fuzzwork-" + std::to_string(getpid()));
    fs::create_directories(d);
    // Seeds that extend baseline.yaml find it next to them.
    const char* src = std::getenv("CARESIM_SCENARIOS");
    const fs::path scenarios = src ? src : CARESIM_SCENARIOS_DIR;
    fs::copy_file(scenarios / "baseline.yaml", d / "baseline.yaml", fs::copy_options::overwrite_existing);
    fs::copy_file(scenarios / "minimal.yaml", d / "minimal.yaml", fs::copy_options::overwrite_existing);
    return d;
  }();
  return dir;
}

void write_file(const fs::path& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << text;
}

[[noreturn]] void fail(const std::string& what) {
  std::fprintf(stderr, "FUZZ FINDING: %s\n", what.c_str());
  std::abort();
}

bool digits_then(const std::string& text, std::size_t& at, char end) {
  const std::size_t start = at;
  while (at < text.size() && text[at] >= '0' && text[at] <= '9') ++at;
  if (at == start || at >= text.size() || text[at] != end) return false;
  ++at;
  return true;
}

// Every diagnostic FILE:LINE:COLUMN: ..., line and column >= 1.
void check_error(const ScenarioError& error) {
  if (error.diagnostics().empty()) fail("ScenarioError with no diagnostics");
  for (const Diagnostic& d : error.diagnostics()) {
    const std::string text = d.to_string();
    if (d.file.empty() || d.line < 1 || d.column < 1) fail("diagnostic without a position: " + text);
    std::size_t at = d.file.size() + 1;
    if (text.compare(0, d.file.size(), d.file) != 0 || text[d.file.size()] != ':' ||
        !digits_then(text, at, ':') || !digits_then(text, at, ':'))
      fail("diagnostic not FILE:LINE:COLUMN: " + text);
    if (d.message.empty()) fail("diagnostic with an empty message: " + text);
  }
}

// A sweep's effective YAML opens with "# sweep: ..." and names the value in `name`.
std::string without_sweep_comment(const std::string& yaml) {
  if (yaml.rfind("# sweep: ", 0) != 0) return yaml;
  return yaml.substr(yaml.find('\n') + 1);
}

void check_round_trip(const LoadedRuns& runs) {
  const fs::path again = work_dir() / "e.yaml";
  for (const auto& loaded : runs.scenarios) {
    const std::string first = without_sweep_comment(loaded.effective_yaml);
    write_file(again, first);
    LoadedRuns reloaded;
    try {
      reloaded = caresim::scenario::load_runs(again.string());
    } catch (const ScenarioError& error) {
      fail("effective YAML does not load back:\n" + std::string(error.what()) + "\n--- effective:\n" + first);
    }
    if (reloaded.scenarios.size() != 1) fail("effective YAML loads as a sweep");
    if (reloaded.scenarios[0].effective_yaml != first)
      fail("effective YAML changes on reload:\n--- first:\n" + first + "--- second:\n" +
           reloaded.scenarios[0].effective_yaml);
  }
}

void run_one_year(const LoadedRuns& runs) {
  if (runs.scenarios.empty()) return;
  caresim::scenario::Scenario scenario = runs.scenarios[0].scenario;
  scenario.run.years = 1;
  scenario.run.warmup_years = std::min(scenario.run.warmup_years, 1);  // a long warm-up is only long
  scenario.run.replications = 1;
  try {
    caresim::run::run_replication(scenario, 0);
  } catch (const caresim::model::ImpossibleRun&) {
    // wrong input found while running: reported with exit code 2, as it should be
  } catch (const std::exception& e) {
    fail(std::string("run_replication threw: ") + e.what());
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const fs::path path = work_dir() / "s.yaml";
  write_file(path, std::string(reinterpret_cast<const char*>(data), size));
  LoadedRuns runs;
  try {
    runs = caresim::scenario::load_runs(path.string());
  } catch (const ScenarioError& error) {
    check_error(error);
    return 0;
  }
  check_round_trip(runs);
  static const bool run = std::getenv("FUZZ_RUN") != nullptr;
  if (run) run_one_year(runs);
  return 0;
}
