// Reproducible random streams: one PCG stream per (seed, replication, purpose),
// and, for a purpose whose draws belong to many entities, one per entity too (StreamFamily).
// A stream depends only on those, never on threads or on draws made elsewhere, so two
// scenarios run with the same seed see the same arrivals (common random numbers).
#pragma once

#include <cstdint>
#include <limits>
#include <string_view>

#include <pcg_random.hpp>

namespace caresim::kernel {

inline constexpr std::uint64_t kSplitMixStep = 0x9e3779b97f4a7c15ULL;

// SplitMix64 finaliser: a bijective mix that spreads nearby inputs far apart.
constexpr std::uint64_t mix64(std::uint64_t x) {
  x += kSplitMixStep;
  x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
  x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
  return x ^ (x >> 31);
}

// FNV-1a over the purpose name, so streams are named ("arrivals", "child_life") not numbered.
constexpr std::uint64_t hash_name(std::string_view name) {
  std::uint64_t h = 0xcbf29ce484222325ULL;
  for (const char c : name) h = (h ^ static_cast<unsigned char>(c)) * 0x100000001b3ULL;
  return h;
}

class RandomStream {
 public:
  using result_type = std::uint64_t;

  RandomStream(std::uint64_t seed, std::uint64_t replication, std::string_view purpose)
      : RandomStream(root(seed, replication, purpose)) {}

  static constexpr result_type min() { return 0; }
  static constexpr result_type max() { return std::numeric_limits<result_type>::max(); }
  result_type operator()() { return engine_(); }

  // Uniform on the open interval (0, 1) with 53 random bits: never 0, never 1, so logs and
  // inverse CDFs are always finite.
  double uniform01() { return (static_cast<double>(engine_() >> 11) + 0.5) * 0x1.0p-53; }

 private:
  friend class StreamFamily;
  struct StartingState {  // the engine's 128-bit state, in halves
    std::uint64_t high;
    std::uint64_t low;
  };
  // The named stream's: a hash of the three.
  static StartingState root(std::uint64_t seed, std::uint64_t replication, std::string_view purpose) {
    return {mix64(mix64(seed) ^ replication) ^ mix64(hash_name(purpose)), mix64(hash_name(purpose) + replication)};
  }
  explicit RandomStream(StartingState start)
      : engine_((static_cast<pcg_extras::pcg128_t>(start.high) << 64) | start.low) {}

  // PCG's multiplicative generator: a draw is one 128-bit multiplication, and a seed is only
  // where in its cycle of 2^126 a stream starts, which matters as every child arriving sets up
  // streams of its own. Streams start at hashed points of that cycle: n streams of up to d
  // draws each overlap with a chance of about n * n * d / 2^126, nil for any run.
  pcg64_fast engine_;
};

// The streams of one purpose, one for each entity of a kind, numbered by the model (a child by
// the order children arrive): what is drawn for one entity then never depends on how many
// draws were made for others before it. Two scenarios that place other children differently
// still give this child the same luck in its own searches, the same distances and the same
// breakdown times, which a stream shared by all children, drawn from in the order things
// happen, would not: one extra search shifts every later child's draws. The family keeps the
// purpose's hash, so a child's stream costs a few multiplications, not a hash of its name.
class StreamFamily {
 public:
  StreamFamily(std::uint64_t seed, std::uint64_t replication, std::string_view purpose)
      : root_(RandomStream::root(seed, replication, purpose)) {}

  // Each half of the entity's starting state is SplitMix64's output at the entity's place in
  // the sequence from that half of the family's root (mix64 steps by its constant).
  RandomStream stream(std::uint64_t entity) const {
    const std::uint64_t step = entity * kSplitMixStep;
    return RandomStream(RandomStream::StartingState{mix64(root_.high + step), mix64(root_.low + step)});
  }

 private:
  RandomStream::StartingState root_;
};

}  // namespace caresim::kernel
