// The words scenarios and the model share: age bands and placement types, with the exact
// spellings users write in YAML and read in outputs (INTERFACE.md).
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>

namespace caresim {

enum class AgeBand : std::uint8_t { under_1, age_1_4, age_5_9, age_10_15, age_16_17 };
inline constexpr std::size_t kAgeBandCount = 5;
inline constexpr std::array<std::string_view, kAgeBandCount> kAgeBandNames = {"0", "1-4", "5-9",
                                                                               "10-15", "16-17"};
// Youngest age in whole years, and the age the band ends at, of each band.
inline constexpr std::array<int, kAgeBandCount> kAgeBandFirstYear = {0, 1, 5, 10, 16};
inline constexpr std::array<int, kAgeBandCount> kAgeBandEndYear = {1, 5, 10, 16, 18};
// The band of a child aged `age` in whole years.
inline constexpr std::size_t age_band_index(int age) {
  std::size_t band = 0;
  while (band + 1 < kAgeBandCount && age >= kAgeBandFirstYear[band + 1]) ++band;
  return band;
}

// Months of the year as scenarios name them (seasonal shares), January first.
inline constexpr std::size_t kMonthCount = 12;
inline constexpr std::array<std::string_view, kMonthCount> kMonthNames = {
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};

enum class PlacementType : std::uint8_t {
  kinship,
  in_house_foster,
  ifa,
  residential,
  supported,
  secure,
  emergency
};
inline constexpr std::size_t kPlacementTypeCount = 7;
inline constexpr std::array<std::string_view, kPlacementTypeCount> kPlacementTypeNames = {
    "kinship", "in_house_foster", "ifa", "residential", "supported", "secure", "emergency"};

// How much care a child needs, and the highest level a carer is skilled for: a carer takes
// a child whose need is at or below the carer's skill.
enum class NeedLevel : std::uint8_t { standard, complex, very_complex };
inline constexpr std::size_t kNeedLevelCount = 3;
inline constexpr std::array<std::string_view, kNeedLevelCount> kNeedLevelNames = {"standard", "complex",
                                                                                  "very_complex"};
// How many levels a carer's skill is above a child's need; negative where it is below.
constexpr int skill_above_need(NeedLevel skill, NeedLevel need) {
  return static_cast<int>(skill) - static_cast<int>(need);
}

// Ways of leaving care that a scenario gives chances for; whoever takes none stays to 18.
enum class LeavingRoute : std::uint8_t { return_home, adoption, special_guardianship, independent_living, other };
inline constexpr std::size_t kLeavingRouteCount = 5;
inline constexpr std::array<std::string_view, kLeavingRouteCount> kLeavingRouteNames = {
    "return_home", "adoption", "special_guardianship", "independent_living", "other"};

constexpr std::string_view name_of(NeedLevel level) { return kNeedLevelNames[static_cast<std::size_t>(level)]; }
constexpr std::string_view name_of(AgeBand band) { return kAgeBandNames[static_cast<std::size_t>(band)]; }
constexpr std::string_view name_of(PlacementType type) {
  return kPlacementTypeNames[static_cast<std::size_t>(type)];
}

template <class Enum, std::size_t N>
constexpr std::optional<Enum> parse_name(const std::array<std::string_view, N>& names,
                                         std::string_view text) {
  for (std::size_t i = 0; i < N; ++i)
    if (names[i] == text) return static_cast<Enum>(i);
  return std::nullopt;
}

}  // namespace caresim
