#include "report/html_text.hpp"

namespace caresim::report {
namespace {

// `text` with each character that `replacement` names replaced (nullptr keeps it).
template <class Replacement>
std::string replaced(std::string_view text, Replacement replacement) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    if (const char* instead = replacement(c)) out += instead;
    else out += c;
  }
  return out;
}

}  // namespace

std::string html_escape(std::string_view text) {
  return replaced(text, [](char c) -> const char* {
    switch (c) {
      case '&': return "&amp;";
      case '<': return "&lt;";
      case '>': return "&gt;";
      case '"': return "&quot;";
      case '\'': return "&#39;";
      default: return nullptr;
    }
  });
}

std::string json_for_script(std::string_view json) {
  return replaced(json, [](char c) -> const char* {
    switch (c) {
      case '<': return "\\u003c";
      case '>': return "\\u003e";
      case '&': return "\\u0026";
      default: return nullptr;
    }
  });
}

}  // namespace caresim::report
