// Distinct identifier types, so passing a household where a child is expected does not compile.
#pragma once

#include <cstdint>

namespace caresim::model {

enum class ChildId : std::uint32_t {};
enum class HouseholdId : std::uint32_t {};

inline constexpr ChildId kNoChild{UINT32_MAX};
inline constexpr HouseholdId kNoHousehold{UINT32_MAX};

template <class Id>
constexpr std::uint32_t index_of(Id id) {
  return static_cast<std::uint32_t>(id);
}

}  // namespace caresim::model
