// caresim's benchmarks (run by ./scripts/bench, never by ctest): the event list alone, the
// minimal scenario's events under a bare model (the ceiling), the minimal scenario of
// INTERFACE.md over 200 simulated years (the fastest of three runs), and
// the county baseline at 1,000 replications, in events per second and time per replication.
// The baseline runs first, so the peak memory printed after it is its own (the targets:
// under 30 s, 500 MB).
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

#include <sys/resource.h>

#include "kernel/agenda.hpp"
#include "kernel/random_stream.hpp"
#include "kernel/variates.hpp"
#include "run/experiment.hpp"
#include "scenario/load_scenario.hpp"

namespace {

using namespace caresim;
using Seconds = std::chrono::duration<double>;

// The classic "hold" model: a steady population of pending events, each handled event
// scheduling one more an exponential time later.
struct HoldModel {
  kernel::Agenda* agenda;
  kernel::RandomStream rng{1, 0, "hold"};
  void handle(const kernel::Event& e) {
    agenda->schedule_in(kernel::days_to_ticks(kernel::draw_exponential(rng, 1.0)), 0, e.subject);
  }
};

// What one exponential draw costs (a uniform and a logarithm, as every arrival and every
// exponential stay takes), so that the kernel's own share of the hold model's time shows.
double nanoseconds_per_exponential_draw() {
  kernel::RandomStream rng{1, 0, "variate"};
  constexpr int kDraws = 20'000'000;
  double sum = 0;  // keeps the draws from being optimised away
  const auto started = std::chrono::steady_clock::now();
  for (int i = 0; i < kDraws; ++i) sum += kernel::draw_exponential(rng, 1.0);
  const double seconds = Seconds(std::chrono::steady_clock::now() - started).count();
  if (sum <= 0) std::printf("(no draws)\n");
  return 1e9 * seconds / kDraws;
}

void bench_kernel(int pending) {
  kernel::Agenda agenda;
  HoldModel model{&agenda};
  for (int i = 0; i < pending; ++i) agenda.schedule_in(static_cast<kernel::Ticks>(i), 0, static_cast<std::uint32_t>(i));
  const auto started = std::chrono::steady_clock::now();
  agenda.run_until(kernel::days_to_ticks(20'000'000.0 / pending), model);
  const double seconds = Seconds(std::chrono::steady_clock::now() - started).count();
  const double events = static_cast<double>(agenda.events_processed());
  const double draw = nanoseconds_per_exponential_draw();
  std::printf("kernel hold model, %7d pending: %6.1f M events/s (%llu events in %.3f s): %.1f ns an event, of which "
              "%.1f ns its exponential draw\n",
              pending, events / seconds / 1e6, static_cast<unsigned long long>(agenda.events_processed()), seconds,
              1e9 * seconds / events, draw);
}

// The minimal scenario's events with nothing of the model but a list of free places: each
// arrival schedules the next and the child's exit, and takes a free place if there is one; each
// exit gives its place back. No child record, no KPI, no calendar. It has the minimal
// scenario's rates (450 arrivals a year, stays of 365 days on average, 400 places), so its
// event list holds what the minimal scenario's does: the ceiling of any model on this kernel and
// this machine, against which the minimal scenario's time says what the model and its measures
// take.
struct BareMinimalModel {
  kernel::Agenda* agenda;
  kernel::RandomStream arrivals{1, 0, "arrivals"};
  kernel::RandomStream stays{1, 0, "stays"};
  std::vector<std::uint32_t> free_places{};
  std::vector<std::int32_t> place_of{};  // by child, -1 for none (an IFA)
  std::vector<std::uint32_t> free_children{};

  void handle(const kernel::Event& e) {
    if (e.kind == 1) {  // an exit
      if (place_of[e.subject] >= 0) free_places.push_back(static_cast<std::uint32_t>(place_of[e.subject]));
      free_children.push_back(e.subject);
      return;
    }
    agenda->schedule_in(kernel::days_to_ticks(kernel::draw_exponential(arrivals, 365.25 / 450)), 0, 0);
    std::uint32_t child = static_cast<std::uint32_t>(place_of.size());
    if (free_children.empty()) {
      place_of.push_back(-1);
    } else {
      child = free_children.back();
      free_children.pop_back();
    }
    place_of[child] = -1;
    if (!free_places.empty()) {
      place_of[child] = static_cast<std::int32_t>(free_places.back());
      free_places.pop_back();
    }
    agenda->schedule_in(kernel::days_to_ticks(kernel::draw_exponential(stays, 365.0)), 1, child);
  }
};

void bench_bare_minimal(int years) {
  double fastest = 0;
  std::uint64_t events = 0;
  for (int i = 0; i < 3; ++i) {
    kernel::Agenda agenda;
    BareMinimalModel model{&agenda};
    for (std::uint32_t place = 0; place < 400; ++place) model.free_places.push_back(place);
    agenda.schedule_in(0, 0, 0);
    const auto started = std::chrono::steady_clock::now();
    agenda.run_until(kernel::days_to_ticks(years * 365.25), model);
    const double seconds = Seconds(std::chrono::steady_clock::now() - started).count();
    if (i == 0 || seconds < fastest) fastest = seconds;
    events = agenda.events_processed();
  }
  std::printf("bare minimal model (free places only, no KPI), %d years: %6.1f M events/s, %.1f ns an event "
              "(fastest of 3)\n",
              years, static_cast<double>(events) / fastest / 1e6, 1e9 * fastest / static_cast<double>(events));
}

// Runs the scenario `repeats` times and prints the fastest run, with the slowest beside it:
// on a shared machine a run can only be slowed by its neighbours, so the fastest is the
// nearest to the engine's own speed, and the spread says how noisy the machine was.
void bench_scenario(const std::string& path, int years, int replications, int threads, int repeats = 1) {
  auto loaded = scenario::load_scenario(path);
  auto& s = loaded.scenario;
  s.run.years = years;
  s.run.replications = replications;
  run::ExperimentResult fastest;
  double slowest = 0;
  for (int i = 0; i < repeats; ++i) {
    auto result = run::run_experiment(s, threads);
    slowest = std::max(slowest, result.seconds);
    if (i == 0 || result.seconds < fastest.seconds) fastest = std::move(result);
  }
  const auto per_second = [&fastest](double seconds) { return static_cast<double>(fastest.events) / seconds / 1e6; };
  std::printf("%s, %d years x %d replications on %d thread(s): %6.1f M events/s, %.1f ns an event per thread (%llu "
              "events in %.3f s, %.2f ms per replication)",
              s.name.c_str(), years, replications, fastest.threads, per_second(fastest.seconds),
              1e9 * fastest.seconds * fastest.threads / static_cast<double>(fastest.events),
              static_cast<unsigned long long>(fastest.events), fastest.seconds, 1000 * fastest.seconds / replications);
  if (repeats > 1) std::printf("; fastest of %d runs, slowest %.1f M events/s", repeats, per_second(slowest));
  std::printf("\n");
}

// The most memory the process has held so far, in MB (Linux reports kilobytes).
double peak_rss_mb() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return static_cast<double>(usage.ru_maxrss) / 1024.0;
}

// CPU time the process has used so far, on all its threads: on a shared machine the wall
// time says as much about the neighbours as about us.
double cpu_seconds() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  const auto seconds = [](const timeval& t) { return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) / 1e6; };
  return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

}  // namespace

int main(int argc, char** argv) {
  const std::string scenarios = argc > 1 ? argv[1] : "scenarios";
  // The county baseline as boards would run it (its warm-up years come on top).
  const auto started = std::chrono::steady_clock::now();
  const double cpu_before = cpu_seconds();
  bench_scenario(scenarios + "/baseline.yaml", 10, 1000, 2);
  std::printf("baseline, 1,000 replications on 2 threads: wall time %.2f s, CPU time %.2f s, peak RSS %.1f MB "
              "(targets: 30 s, 500 MB)\n",
              Seconds(std::chrono::steady_clock::now() - started).count(), cpu_seconds() - cpu_before, peak_rss_mb());
  bench_kernel(1'000);
  bench_kernel(100'000);
  bench_bare_minimal(200);
  bench_scenario(scenarios + "/minimal.yaml", 200, 1, 1);
  bench_scenario(scenarios + "/minimal.yaml", 200, 8, 1, 3);
  bench_scenario(scenarios + "/minimal.yaml", 200, 8, 2, 3);
  return 0;
}
