// The event loop allocates nothing per event: every allocation this test binary makes is
// counted, and a replication's count may grow with the years it runs only by what its
// outputs hold (a value a month, a line a year), not with its events.
#include <atomic>
#include <cstdlib>
#include <new>
#include <string>

#include <catch2/catch.hpp>

#include "run/replication.hpp"
#include "scenario/load_scenario.hpp"

namespace {
std::atomic<std::size_t> allocations{0};
}  // namespace

void* operator new(std::size_t size) {
  ++allocations;
  if (void* p = std::malloc(size == 0 ? 1 : size)) return p;
  throw std::bad_alloc();
}
void operator delete(void* p) noexcept { std::free(p); }
void operator delete(void* p, std::size_t) noexcept { std::free(p); }

namespace caresim {

TEST_CASE("a replication of the county baseline allocates nothing per event", "[run][allocations]") {
  auto s = scenario::load_scenario(std::string(std::getenv("CARESIM_SOURCE_DIR")) + "/scenarios/baseline.yaml").scenario;
  s.run.warmup_years = 2;
  const auto run_for = [&s](int years) {
    s.run.years = years;
    const std::size_t before = allocations;
    const std::uint64_t events = run::run_replication(s, 0).events;
    return std::pair{allocations - before, events};
  };
  const auto [short_allocations, short_events] = run_for(2);
  const auto [long_allocations, long_events] = run_for(12);
  const double per_event = static_cast<double>(long_allocations - short_allocations) /
                           static_cast<double>(long_events - short_events);
  INFO(long_events - short_events << " more events, " << long_allocations - short_allocations << " more allocations");
  CHECK(per_event < 0.01);
}

}  // namespace caresim
