// Which bytes are well-formed UTF-8 (RFC 3629), byte by byte at the edges of each form.
#include <catch2/catch.hpp>

#include "scenario/utf8_text.hpp"

namespace caresim::scenario {
namespace {

TEST_CASE("well-formed UTF-8 of every length passes, to the last code point", "[scenario][utf8]") {
  CHECK_FALSE(first_byte_not_utf8(""));
  CHECK_FALSE(first_byte_not_utf8("plain ASCII\n"));
  CHECK_FALSE(first_byte_not_utf8("\xC2\xA3 \xDF\xBF"));                 // U+00A3, U+07FF
  CHECK_FALSE(first_byte_not_utf8("\xE0\xA0\x80 \xED\x9F\xBF \xEF\xBF\xBF"));  // U+0800, U+D7FF, U+FFFF
  CHECK_FALSE(first_byte_not_utf8("\xF0\x90\x80\x80 \xF4\x8F\xBF\xBF"));   // U+10000, U+10FFFF
}

TEST_CASE("the first byte that breaks UTF-8 is found, whatever the way it breaks it", "[scenario][utf8]") {
  CHECK(first_byte_not_utf8("ab\xA3") == 2u);              // Windows-1252's pound sign: a stray continuation
  CHECK(first_byte_not_utf8("\xC0\xAF") == 0u);            // an overlong '/'
  CHECK(first_byte_not_utf8("\xE0\x9F\xBF") == 0u);        // an overlong U+07FF
  CHECK(first_byte_not_utf8("\xF0\x8F\xBF\xBF") == 0u);    // an overlong U+FFFF
  CHECK(first_byte_not_utf8("x\xED\xA0\x80") == 1u);       // a surrogate, U+D800
  CHECK(first_byte_not_utf8("\xF4\x90\x80\x80") == 0u);    // above U+10FFFF
  CHECK(first_byte_not_utf8("\xF5\x80\x80\x80") == 0u);
  CHECK(first_byte_not_utf8("caf\xC3") == 3u);             // cut short at the end
  CHECK(first_byte_not_utf8("\xE2\x82 ") == 0u);           // cut short by another character
  CHECK(first_byte_not_utf8("\xC3\xA9\xFF") == 2u);
}

}  // namespace
}  // namespace caresim::scenario
