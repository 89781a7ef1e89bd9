// Suggests the name a user probably meant when they wrote one we do not know.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace caresim::scenario {

// The closest of `known` to `written`, or nullopt when none is close enough to help:
// first by edit distance (a swap of two neighbouring letters counts as one edit), then a
// name that `written` abbreviates ('expo' -> 'exponential'), then one sharing a word
// ('max_caseload' -> 'caseload_cap').
std::optional<std::string> closest_name(std::string_view written,
                                        std::span<const std::string_view> known);

// " (did you mean 'x'?)", or "" when there is nothing to suggest.
std::string did_you_mean(std::string_view written, std::span<const std::string_view> known);

}  // namespace caresim::scenario
