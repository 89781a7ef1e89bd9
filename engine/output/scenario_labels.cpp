#include "output/scenario_labels.hpp"

#include <algorithm>
#include <array>
#include <cctype>

namespace caresim::output {
namespace {

constexpr std::array<const char*, 7> kFilesBeside = {"comparison.json", "comparison.csv", "comparison_by_year.csv",
                                                     "sweep.csv", "sweep.json", "report.html", "report.xlsx"};

bool kept(unsigned char c) { return (c < 128 && std::isalnum(c)) || c == '.' || c == '_' || c == '-'; }

std::string slug(const std::string& name) {
  std::string out;
  bool gap = false;
  for (const char c : name) {
    const auto u = static_cast<unsigned char>(c);
    if (!kept(u)) {
      gap = true;
      continue;
    }
    if (gap && !out.empty()) out += '-';
    out += static_cast<char>(std::tolower(u));
    gap = false;
  }
  // Short enough for any filesystem with a count added (names may be 255 bytes at most), and
  // long enough to tell options apart.
  constexpr std::size_t kLongest = 64;
  out.resize(std::min(out.size(), kLongest));
  // No hidden directory, and never "." or "..", nor an end that Windows drops.
  out.erase(0, out.find_first_not_of(".-"));
  out.erase(out.find_last_not_of(".-") + 1);
  return out.empty() ? "scenario" : out;
}

// Each base, or the base followed by the first count from 2 that makes it unlike `taken` and
// every earlier one.
std::vector<std::string> made_distinct(const std::vector<std::string>& bases, std::vector<std::string> taken,
                                       const std::string& separator, const std::string& closing) {
  std::vector<std::string> out;
  for (const std::string& base : bases) {
    std::string name = base;
    for (int count = 2; std::find(taken.begin(), taken.end(), name) != taken.end(); ++count)
      name = base + separator + std::to_string(count) + closing;
    taken.push_back(name);
    out.push_back(name);
  }
  return out;
}

}  // namespace

std::vector<std::string> distinct_labels(const std::vector<std::string>& names) {
  return made_distinct(names, {}, " (", ")");
}

std::vector<std::string> directory_names(const std::vector<std::string>& names) {
  std::vector<std::string> slugs;
  for (const std::string& name : names) slugs.push_back(slug(name));
  return made_distinct(slugs, {kFilesBeside.begin(), kFilesBeside.end()}, "-", "");
}

}  // namespace caresim::output
