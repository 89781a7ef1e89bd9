// Key paths into a source tree, written as messages write them:
// "provision.in_house_foster.households", "provision.residential.in_house_homes[0].beds".
#pragma once

#include <string>
#include <string_view>

#include "scenario/source_tree.hpp"

namespace caresim::scenario {

// The key path of `key` in the map at `path` ("" at the top): "provision", "ifa" -> "provision.ifa".
std::string key_path_child(std::string_view path, std::string_view key);
// The key path of item `index` (from 0) of the list at `path`: "geography.roads", 2 -> "geography.roads[2]".
std::string key_path_item(std::string_view path, std::size_t index);

// The node at `path` in `tree`, or nullptr if the path is not written there.
const SourceNode* find_at_key_path(const SourceNode& tree, std::string_view path);

// Puts the number `value` at `path` in `tree`, in place of the single number written there.
// The last key is added to its map when the file leaves it out (to its default), at
// `key_place`; whether it is a key the map may have, and of a number, is then the reader's to
// say. Returns what is wrong with the path ("provision has no key 'in_house_fostr' (did you
// mean 'in_house_foster'?)", "... holds 'lognormal', not a number"), or "" once the value is
// in place.
std::string set_at_key_path(SourceNode& tree, std::string_view path, SourceNode value, const SourcePlace& key_place);

}  // namespace caresim::scenario
