// Micro-benchmark of the placement searches (run by hand, never by ctest): assign_batch on
// batches of 1, 3, 10 and 50 children against a county-sized pool of 300 households, with
// three in four places filled and with 96 in 100 (the occupancy councils report), beside
// first_fit searching for the same children one at a time.
#include <chrono>
#include <cstdio>
#include <vector>

#include "kernel/random_stream.hpp"
#include "matching/assign_batch.hpp"

namespace {

using namespace caresim;
using Seconds = std::chrono::duration<double>;

int below(kernel::RandomStream& random, int n) { return static_cast<int>(random.uniform01() * n); }

template <std::size_t N>
std::size_t pick(kernel::RandomStream& random, const std::array<double, N>& shares) {
  double u = random.uniform01();
  for (std::size_t i = 0; i + 1 < N; ++i) {
    if (u < shares[i]) return i;
    u -= shares[i];
  }
  return N - 1;
}

// Four localities and their roads, as in scenarios/baseline.yaml.
scenario::GeographySpec county() {
  return {{{"exeter", 0.3}, {"north", 0.25}, {"south_west", 0.25}, {"east_mid", 0.2}},
          {{0, 1, 40}, {0, 2, 35}, {0, 3, 15}, {1, 2, 55}, {1, 3, 35}},
          8};
}

struct County {
  scenario::MatchingSpec policy;
  model::Geography geography{county()};
  model::FosterPool pool{4, {{0, 17, 0.6}, {0, 10, 0.2}, {10, 17, 0.2}}};
  model::ChildrensHomes homes{{{.locality = 0, .beds = 4}, {.locality = 1, .beds = 3}}};

  // 300 households with the baseline's places, skills and approved ages, each place filled
  // with the chance `occupancy`.
  County(kernel::RandomStream& random, double occupancy) {
    policy.order = {PlacementType::kinship, PlacementType::supported, PlacementType::in_house_foster,
                    PlacementType::ifa, PlacementType::residential};
    for (std::size_t rank = 0; rank < policy.order.size(); ++rank)
      policy.costs.type[static_cast<std::size_t>(policy.order[rank])] =
          static_cast<double>(rank) * scenario::MatchCosts::kRankCost;
    for (int i = 0; i < 300; ++i) {
      model::FosterHousehold h;
      h.places = static_cast<std::uint16_t>(1 + pick(random, std::array<double, 3>{0.55, 0.35, 0.1}));
      h.skill = static_cast<NeedLevel>(pick(random, std::array<double, 3>{0.6, 0.35, 0.05}));
      h.age_range = static_cast<std::uint8_t>(pick(random, std::array<double, 3>{0.6, 0.2, 0.2}));
      h.locality = model::LocalityId{static_cast<std::uint16_t>(pick(random, std::array<double, 4>{0.3, 0.25, 0.25, 0.2}))};
      const model::HouseholdId id = pool.approve(h);
      for (int p = 0; p < h.places; ++p)
        if (random.uniform01() < occupancy) pool.fill_place(id);
    }
  }

  matching::BatchSupply supply() const { return {policy, geography, &pool, &homes, 20, 10, 14, 45, 6}; }
  matching::SupplyView view(const matching::BatchEntry& e) const {
    return {policy, geography, &pool, &homes, e.ifa_found, e.external_found, e.kinship_found, e.supported_found};
  }
};

matching::BatchEntry random_child(kernel::RandomStream& random) {
  matching::BatchEntry e;
  e.child.age = below(random, 18);
  e.child.need = static_cast<NeedLevel>(pick(random, std::array<double, 3>{0.7, 0.25, 0.05}));
  e.child.home = model::LocalityId{static_cast<std::uint16_t>(pick(random, std::array<double, 4>{0.3, 0.25, 0.25, 0.2}))};
  e.ifa_found = e.child.need != NeedLevel::very_complex && random.uniform01() < 0.85;
  e.external_found = random.uniform01() < 0.9;
  e.kinship_found = random.uniform01() < 0.1;
  e.supported_found = e.child.age >= 16 && random.uniform01() < 0.9;
  return e;
}

template <class Search>
double seconds_per_batch(const std::vector<std::vector<matching::BatchEntry>>& batches, int rounds, Search&& search) {
  std::size_t placed = 0;  // keeps the searches from being optimised away
  const auto started = std::chrono::steady_clock::now();
  for (int round = 0; round < rounds; ++round)
    for (const auto& batch : batches) placed += search(batch);
  const double seconds = Seconds(std::chrono::steady_clock::now() - started).count();
  if (placed == 0) std::printf("(nothing placed)\n");
  return seconds / static_cast<double>(rounds * static_cast<int>(batches.size()));
}

void bench(const County& county, int children, int rounds) {
  kernel::RandomStream random(1, static_cast<std::uint64_t>(children), "bench_matching");
  std::vector<std::vector<matching::BatchEntry>> batches(100);
  for (auto& batch : batches)
    for (int i = 0; i < children; ++i) batch.push_back(random_child(random));

  matching::BatchMatcher matcher;
  const double min_cost = seconds_per_batch(batches, rounds, [&](const auto& batch) {
    std::size_t placed = 0;
    for (const auto& choice : matcher.assign(batch, county.supply(), county.policy.costs)) placed += choice.has_value();
    return placed;
  });
  // first_fit over a supply that does not change: the cost of the searches alone.
  const double first_fit = seconds_per_batch(batches, rounds, [&](const auto& batch) {
    std::size_t placed = 0;
    for (const auto& e : batch) placed += matching::first_fit(e.child, county.view(e)).has_value();
    return placed;
  });
  const double competed = static_cast<double>(matcher.solver().networks_solved()) / (rounds * static_cast<double>(batches.size()));
  std::printf("batch of %2d: assign_batch %8.2f us (%6.2f us a child, %3.0f%% solved by the flow network); "
              "first_fit one by one %5.2f us\n",
              children, 1e6 * min_cost, 1e6 * min_cost / children, 100 * competed, 1e6 * first_fit);
}

}  // namespace

int main() {
  for (const double occupancy : {0.75, 0.96}) {
    kernel::RandomStream random(1, 0, "bench_matching_pool");
    const County county(random, occupancy);
    int free_places = 0;
    for (const auto& h : county.pool.households()) free_places += h.places - h.filled;
    std::printf("pool: %zu households, %d free places\n", county.pool.households().size(), free_places);
    bench(county, 1, 20000);
    bench(county, 3, 5000);
    bench(county, 10, 1000);
    bench(county, 50, 50);
  }
}
