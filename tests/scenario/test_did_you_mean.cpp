// Suggestions for misspelt names.
#include <array>
#include <catch2/catch.hpp>

#include "scenario/did_you_mean.hpp"

namespace caresim::scenario {
namespace {

TEST_CASE("a typo suggests the nearest known name", "[scenario][did_you_mean]") {
  constexpr std::array<std::string_view, 3> keys = {"entries_per_year", "age_at_entry", "stay"};
  CHECK(closest_name("entries_per_yaer", keys) == "entries_per_year");
  CHECK(closest_name("age_at_entr", keys) == "age_at_entry");
  CHECK(closest_name("sty", keys) == "stay");
}

TEST_CASE("an abbreviation suggests the name it starts", "[scenario][did_you_mean]") {
  constexpr std::array<std::string_view, 3> names = {"exponential", "lognormal", "fixed"};
  CHECK(closest_name("expo", names) == "exponential");
  CHECK(closest_name("log", names) == "lognormal");
}

TEST_CASE("a name sharing a word suggests it when the spelling is far off",
          "[scenario][did_you_mean]") {
  constexpr std::array<std::string_view, 2> keys = {"caseload_cap", "social_workers"};
  CHECK(closest_name("max_caseload", keys) == "caseload_cap");
}

TEST_CASE("nothing is suggested when nothing is close", "[scenario][did_you_mean]") {
  constexpr std::array<std::string_view, 2> keys = {"name", "run"};
  CHECK_FALSE(closest_name("colour", keys));
  CHECK(did_you_mean("colour", keys).empty());
  CHECK(did_you_mean("nmae", keys) == " (did you mean 'name'?)");
}

}  // namespace
}  // namespace caresim::scenario
