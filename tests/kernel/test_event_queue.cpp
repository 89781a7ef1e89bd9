#include <catch2/catch.hpp>

#include <string>
#include <utility>
#include <vector>

#include "kernel/agenda.hpp"
#include "kernel/random_stream.hpp"

using namespace caresim::kernel;

namespace {

// A model that logs (kind, time) of every live event it is handed, as SimPy's tests do.
struct TraceModel {
  std::vector<std::pair<std::uint32_t, Ticks>> trace;
  TimerSlot timer;
  void handle(const Event& e) {
    if (e.generation != 0 && !timer.fires(e.generation)) return;  // cancelled
    trace.emplace_back(e.kind, e.time);
  }
};

}  // namespace

TEST_CASE("events come out in time order whatever order they were scheduled in", "[kernel][events]") {
  EventQueue queue;
  RandomStream rng(7, 0, "test");
  std::vector<Ticks> times;
  for (int i = 0; i < 10'000; ++i) {
    const Ticks t = static_cast<Ticks>(rng() % 1000);
    times.push_back(t);
    queue.push(t, 0, static_cast<std::uint32_t>(i), 0);
  }
  Ticks last = -1;
  std::size_t popped = 0;
  while (!queue.empty()) {
    const Event e = queue.pop();
    REQUIRE(e.time >= last);
    REQUIRE(e.time == times[e.subject]);
    last = e.time;
    ++popped;
  }
  CHECK(popped == times.size());
}

TEST_CASE("two events at the same time come out in the order they were scheduled", "[kernel][events]") {
  EventQueue queue;
  for (std::uint32_t i = 0; i < 100; ++i) queue.push(5, 0, i, 0);
  for (std::uint32_t i = 0; i < 100; ++i) CHECK(queue.pop().subject == i);
}

TEST_CASE("a lower priority comes first among events at the same time", "[kernel][events]") {
  EventQueue queue;
  queue.push(5, 1, 0, 0, Priority::last);
  queue.push(5, 2, 0, 0, Priority::normal);
  queue.push(5, 3, 0, 0, Priority::first);
  queue.push(4, 4, 0, 0, Priority::last);
  CHECK(queue.pop().kind == 4);
  CHECK(queue.pop().kind == 3);
  CHECK(queue.pop().kind == 2);
  CHECK(queue.pop().kind == 1);
}

TEST_CASE("a cancelled timer's event does not fire, and a re-armed one fires once", "[kernel][events]") {
  Agenda agenda;
  TraceModel model;
  agenda.schedule_at(10, 1, 0, model.timer.arm());
  model.timer.cancel();
  agenda.schedule_at(20, 2, 0, model.timer.arm());  // re-armed: the event at 10 is stale
  agenda.schedule_at(30, 3, 0);                      // not a timer event
  agenda.run_until(100, model);
  CHECK(model.trace == std::vector<std::pair<std::uint32_t, Ticks>>{{2, 20}, {3, 30}});
  CHECK(agenda.now() == 100);
}

TEST_CASE("the agenda delivers events up to and including the end time, and no further", "[kernel][events]") {
  Agenda agenda;
  TraceModel model;
  agenda.schedule_at(50, 1, 0);
  agenda.schedule_at(51, 2, 0);
  agenda.run_until(50, model);
  CHECK(model.trace.size() == 1);
  CHECK(agenda.now() == 50);
  agenda.run_until(60, model);
  CHECK(model.trace.size() == 2);
  CHECK(agenda.events_processed() == 2);
}

TEST_CASE("schedule_in counts from the current time", "[kernel][events]") {
  struct Chain {
    Agenda* agenda;
    std::vector<Ticks> times;
    void handle(const Event& e) {
      times.push_back(e.time);
      if (times.size() < 3) agenda->schedule_in(7, 0, e.subject);
    }
  };
  Agenda agenda;
  Chain chain{&agenda, {}};
  agenda.schedule_at(1, 0, 0);
  agenda.run_until(1000, chain);
  CHECK(chain.times == std::vector<Ticks>{1, 8, 15});
}

TEST_CASE("same-time events keep their scheduling order when sequence numbers run out", "[kernel][events]") {
  EventQueue queue;
  constexpr Ticks kLater = 1'000'000'000;
  const auto later = [&](std::uint32_t i) { return kLater + (i * 7) % 3; };  // ties, not in heap order
  for (std::uint32_t i = 0; i < 50; ++i) queue.push(later(i), 0, i, 0);
  // More events than the 24-bit sequence field numbers, so the queue renumbers on the way.
  for (Ticks t = 0; t < (Ticks{1} << 24) + 10; ++t) {
    queue.push(t, 1, 0, 0);
    REQUIRE(queue.pop().time == t);
  }
  for (std::uint32_t i = 50; i < 100; ++i) queue.push(later(i), 0, i, 0);
  queue.push(kLater, 0, 999, 0, Priority::first);
  CHECK(queue.pop().subject == 999);
  for (Ticks t = kLater; t < kLater + 3; ++t)
    for (std::uint32_t i = 0; i < 100; ++i)
      if (later(i) == t) CHECK(queue.pop().subject == i);
  CHECK(queue.empty());
}
