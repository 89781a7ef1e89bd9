#include "report/sheet_limits.hpp"

namespace caresim::report {
namespace {

bool continues_character(unsigned char byte) { return (byte & 0xC0) == 0x80; }

// A character beyond the Basic Multilingual Plane (4 bytes in UTF-8) is two in UTF-16.
std::size_t utf16_units(unsigned char lead_byte) { return lead_byte >= 0xF0 ? 2 : 1; }

std::size_t utf16_length(std::string_view text) {
  std::size_t length = 0;
  for (const char c : text)
    if (!continues_character(static_cast<unsigned char>(c))) length += utf16_units(static_cast<unsigned char>(c));
  return length;
}

}  // namespace

std::string fitted_text(std::string_view text, std::size_t limit) {
  if (utf16_length(text) <= limit) return std::string(text);
  constexpr std::string_view kNote = "... (truncated)";
  const std::size_t room = limit - kNote.size();
  std::size_t used = 0;
  std::size_t cut = 0;  // where the first character that does not fit begins
  while (cut < text.size()) {
    const auto byte = static_cast<unsigned char>(text[cut]);
    if (!continues_character(byte) && (used += utf16_units(byte)) > room) break;
    ++cut;
  }
  return std::string(text.substr(0, cut)) + std::string(kNote);
}

}  // namespace caresim::report
