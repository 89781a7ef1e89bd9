#include "scenario/did_you_mean.hpp"

#include <algorithm>
#include <vector>

namespace caresim::scenario {
namespace {

// Optimal string alignment distance: insertions, deletions, substitutions and swaps of
// adjacent characters, the typos people make at a keyboard.
std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::vector<std::size_t>> d(a.size() + 1, std::vector<std::size_t>(b.size() + 1));
  for (std::size_t i = 0; i <= a.size(); ++i) d[i][0] = i;
  for (std::size_t j = 0; j <= b.size(); ++j) d[0][j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
        d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.size()][b.size()];
}

std::vector<std::string_view> words_of(std::string_view name) {
  std::vector<std::string_view> words;
  while (!name.empty()) {
    const std::size_t end = std::min(name.find('_'), name.size());
    // Short words such as "per" or "in" are shared by too many keys to mean anything.
    if (end >= 3) words.push_back(name.substr(0, end));
    name.remove_prefix(std::min(end + 1, name.size()));
  }
  return words;
}

std::size_t shared_words(std::string_view a, std::string_view b) {
  std::size_t shared = 0;
  const std::vector<std::string_view> words_b = words_of(b);
  for (std::string_view word : words_of(a))
    shared += static_cast<std::size_t>(std::count(words_b.begin(), words_b.end(), word));
  return shared;
}

}  // namespace

std::optional<std::string> closest_name(std::string_view written,
                                        std::span<const std::string_view> known) {
  // Up to a third of the letters wrong still reads as a typo; beyond that it is a guess.
  const std::size_t tolerance = std::max<std::size_t>(2, written.size() / 3);
  std::optional<std::string_view> best;
  std::size_t best_distance = 0;
  for (std::string_view name : known) {
    const std::size_t distance = edit_distance(written, name);
    if (distance < written.size() && distance <= tolerance && (!best || distance < best_distance)) {
      best = name;
      best_distance = distance;
    }
  }
  if (best) return std::string(*best);

  if (written.size() >= 2)
    for (std::string_view name : known)
      if (name.starts_with(written)) return std::string(name);

  std::size_t most_shared = 0;
  for (std::string_view name : known) {
    const std::size_t shared = shared_words(written, name);
    if (shared > most_shared) {
      best = name;
      most_shared = shared;
    }
  }
  if (best) return std::string(*best);
  return std::nullopt;
}

std::string did_you_mean(std::string_view written, std::span<const std::string_view> known) {
  const std::optional<std::string> name = closest_name(written, known);
  return name ? " (did you mean '" + *name + "'?)" : "";
}

}  // namespace caresim::scenario
