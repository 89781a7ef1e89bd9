// Identifiers of the workforce's records, distinct types like ChildId, so a post cannot be
// passed where a worker is expected.
#pragma once

#include <cstdint>

namespace caresim::model {

enum class TeamId : std::uint16_t {};         // a team of social workers: the county's, or a locality's
enum class WorkerId : std::uint32_t {};       // a social worker, permanent or agency
enum class PostId : std::uint32_t {};         // a funded post of a team's establishment
enum class AdviserId : std::uint32_t {};      // a personal adviser
enum class YoungPersonId : std::uint32_t {};  // a young person with (or waiting for) a personal adviser

// The "nobody" of each identifier type: the largest value, never a record's index.
template <class Id>
inline constexpr Id kNone = static_cast<Id>(UINT32_MAX);

// Whether a social worker holds a post or covers a vacant one through an agency.
enum class Contract : std::uint8_t { permanent, agency };

}  // namespace caresim::model
