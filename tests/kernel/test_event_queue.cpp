#include <catch2/catch.hpp>

#include <set>
#include <string>
#include <tuple>
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

TEST_CASE("a crowded later time bucket comes out in order of time, priority and scheduling", "[kernel][events]") {
  EventQueue queue;
  RandomStream rng(5, 0, "crowded_bucket");
  constexpr Ticks kLater = Ticks{1} << 20;  // well past the current bucket, within the wheel
  constexpr Priority kPriorities[] = {Priority::first, Priority::normal, Priority::last};
  std::set<std::tuple<Ticks, int, std::uint32_t>> reference;
  for (std::uint32_t i = 0; i < 20'000; ++i) {
    const Ticks time = kLater + static_cast<Ticks>(rng() % 64);  // all in one bucket, many ties
    const Priority priority = kPriorities[rng() % 3];
    queue.push(time, 0, i, 0, priority);
    reference.emplace(time, static_cast<int>(priority), i);
  }
  for (const auto& [time, priority, order] : reference) {
    const Event e = queue.pop();
    REQUIRE(e.time == time);
    REQUIRE(e.subject == order);
  }
  CHECK(queue.empty());
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

TEST_CASE("an agenda told where the run ends drops later events and keeps the rest in order", "[kernel][events]") {
  Agenda agenda;
  TraceModel model;
  agenda.end_at(100);
  agenda.schedule_at(50, 1, 0);
  agenda.schedule_at(101, 2, 0);  // after the end: dropped
  agenda.schedule_at(200, 3, 0);  // likewise
  agenda.schedule_at(50, 4, 0);   // same time as the first: still after it
  agenda.schedule_at(100, 5, 0);  // at the end: kept
  agenda.run_until(1000, model);
  CHECK(model.trace == std::vector<std::pair<std::uint32_t, Ticks>>{{1, 50}, {4, 50}, {5, 100}});
  CHECK(agenda.events_processed() == 3);
}

TEST_CASE("an event after the end time stays queued, whichever tier holds it", "[kernel][events]") {
  Agenda agenda;
  TraceModel model;
  const Ticks day = kTicksPerDay;
  agenda.schedule_at(10 * day, 1, 0);                              // alone in its bucket on the wheel
  agenda.schedule_at(20 * day, 2, 0);                              // two sharing a bucket
  agenda.schedule_at(20 * day + 1, 3, 0);
  agenda.schedule_at(days_to_ticks(40 * kDaysPerYear), 4, 0);      // beyond the wheel
  const auto kinds = [&] {
    std::vector<std::uint32_t> seen;
    for (const auto& [kind, time] : model.trace) seen.push_back(kind);
    return seen;
  };
  agenda.run_until(10 * day - 1, model);
  CHECK(kinds().empty());
  agenda.run_until(10 * day, model);
  CHECK(kinds() == std::vector<std::uint32_t>{1});
  agenda.run_until(20 * day, model);
  CHECK(kinds() == std::vector<std::uint32_t>{1, 2});
  agenda.run_until(days_to_ticks(40 * kDaysPerYear) - 1, model);
  CHECK(kinds() == std::vector<std::uint32_t>{1, 2, 3});
  CHECK(agenda.now() == days_to_ticks(40 * kDaysPerYear) - 1);
  agenda.run_until(days_to_ticks(41 * kDaysPerYear), model);
  CHECK(kinds() == std::vector<std::uint32_t>{1, 2, 3, 4});
  CHECK(model.trace.back().second == days_to_ticks(40 * kDaysPerYear));
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
  // More events than a 24-bit sequence number counts (the field was once that short).
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

namespace {

// A delay for the randomized test below, from every reach the queue treats differently: the
// same tick, the same hours, days, years within the timing wheel, decades beyond it.
Ticks random_delay(RandomStream& rng) {
  const auto below = [&](Ticks n) { return static_cast<Ticks>(rng() % static_cast<std::uint64_t>(n)); };
  switch (rng() % 6) {
    case 0: return 0;
    case 1: return below(kTicksPerDay / 4);
    case 2: return below(30 * kTicksPerDay);
    case 3: return below(days_to_ticks(15 * kDaysPerYear));
    case 4: return days_to_ticks(30 * kDaysPerYear) + below(days_to_ticks(100 * kDaysPerYear));
    default: return below(4) * kTicksPerDay;  // whole days apart: many equal times
  }
}

}  // namespace

TEST_CASE("events come out as a sorted reference says, near, far and beyond the wheel, with quiet gaps",
          "[kernel][events]") {
  EventQueue queue;
  RandomStream rng(11, 0, "queue_order");
  // The reference: every pending event by its full key (time, priority, scheduling order).
  std::set<std::tuple<Ticks, int, std::uint32_t>> reference;
  constexpr Priority kPriorities[] = {Priority::first, Priority::normal, Priority::last};
  std::uint32_t scheduled = 0;
  Ticks now = 0;
  std::size_t far_jumps = 0;
  for (int step = 0; step < 200'000; ++step) {
    if (step % 20'000 == 19'999) {
      // A quiet gap: everything pending comes out, then the next events are decades away.
      while (!queue.empty()) {
        const Event e = queue.pop();
        REQUIRE(e.subject == std::get<2>(*reference.begin()));
        now = e.time;
        reference.erase(reference.begin());
      }
      REQUIRE(reference.empty());
      now += days_to_ticks(50 * kDaysPerYear) + static_cast<Ticks>(rng() % kTicksPerDay);
      ++far_jumps;
    }
    if (reference.empty() || rng() % 100 < 52) {
      const Ticks time = now + random_delay(rng);
      const Priority priority = kPriorities[rng() % 3];
      queue.push(time, static_cast<std::uint32_t>(priority), scheduled, ~scheduled, priority);
      reference.emplace(time, static_cast<int>(priority), scheduled);
      ++scheduled;
    } else {
      const auto& [time, priority, order] = *reference.begin();
      REQUIRE(queue.next_time() == time);
      const Event e = queue.pop();
      REQUIRE(e.time == time);
      REQUIRE(e.kind == static_cast<std::uint32_t>(priority));
      REQUIRE(e.subject == order);
      REQUIRE(e.generation == ~order);
      now = e.time;
      reference.erase(reference.begin());
    }
    REQUIRE(queue.size() == reference.size());
    REQUIRE(queue.empty() == reference.empty());
  }
  CHECK(far_jumps == 10);
}
