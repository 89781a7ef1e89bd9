// YAML files are UTF-8 text, and every name in them reaches JSON, CSV and HTML, which must be
// UTF-8 too: a file saved in another encoding (Windows-1252, with '£' as the byte 0xA3) is
// refused where its first such byte is, not after the run when the results are written.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace caresim::scenario {

// The offset of the first byte that does not begin or continue a well-formed UTF-8 sequence
// (RFC 3629: no overlong forms, no surrogates, nothing above U+10FFFF); nullopt if none.
std::optional<std::size_t> first_byte_not_utf8(std::string_view text);

}  // namespace caresim::scenario
