#include "scenario/source_tree.hpp"

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <optional>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "scenario/key_path.hpp"
#include "scenario/utf8_text.hpp"

namespace caresim::scenario {
namespace {

// yaml-cpp counts from 0; users and editors count from 1.
SourcePlace place_of(const YAML::Mark& mark, const std::string& file) {
  return {file, mark.line + 1, mark.column + 1};
}

// An alias (*a) stands for the whole node its anchor (&a) names, so a few lines can stand for
// a tree of any size ("billion laughs"), or for one without end when the alias is inside its
// own anchor (`&a [*a]`). yaml-cpp shares the node rather than copying it; our copy stops at
// these bounds, far beyond any scenario (the baseline is 7 deep and about 400 values), so
// that such a file is an error instead of exhausting memory or the stack.
constexpr int kDeepest = 100;
constexpr std::size_t kMostValues = 100'000;

// One file's conversion: where problems go, and how much of the bounds is used.
struct Conversion {
  const std::string& file;
  std::string_view text;  // the file's, for what yaml-cpp does not check (unclosed_quote)
  std::vector<Diagnostic>& diagnostics;
  std::size_t values = 0;
  bool too_big = false;  // reported once; the tree is then unusable
};

// Whether `node`, `depth` levels down, is still within the bounds; reports it once if not.
bool within_bounds(const YAML::Node& node, int depth, Conversion& conversion) {
  if (conversion.too_big) return false;
  if (depth <= kDeepest && ++conversion.values <= kMostValues) return true;
  const SourcePlace place = place_of(node.Mark(), conversion.file);
  const std::string message =
      depth > kDeepest ? "nested more than " + std::to_string(kDeepest) +
                             " levels deep (an alias inside its own anchor nests without end)"
                       : "more than " + std::to_string(kMostValues) +
                             " values, counting each alias as a copy of what its anchor names";
  conversion.diagnostics.push_back({place.file, place.line, place.column, message, ""});
  conversion.too_big = true;
  return false;
}

// yaml-cpp lets a quoted scalar that is never closed run on to the end of the file when the
// file ends with a line break, so `description: "...` would swallow every key after it. A
// quoted scalar starts with its quote at its mark; true if that quote is never closed.
bool unclosed_quote(const YAML::Node& node, std::string_view text) {
  const auto at = static_cast<std::size_t>(node.Mark().pos);
  if (node.Tag() != "!" || at >= text.size() || (text[at] != '"' && text[at] != '\'')) return false;
  const char quote = text[at];
  for (std::size_t i = at + 1; i < text.size(); ++i) {
    if (quote == '"' && text[i] == '\\') {
      ++i;  // an escape: the next character is never the closing quote
    } else if (text[i] == quote) {
      if (quote == '"' || i + 1 >= text.size() || text[i + 1] != '\'') return false;
      ++i;  // '' within single quotes is a quote
    }
  }
  return true;
}

// `path`: the node's key path, for messages ("" at the top).
SourceNode convert(const YAML::Node& node, int depth, Conversion& conversion, const std::string& path) {
  SourceNode out;
  if (!within_bounds(node, depth, conversion)) return out;
  const std::string& file = conversion.file;
  std::vector<Diagnostic>& diagnostics = conversion.diagnostics;
  out.place = place_of(node.Mark(), file);
  switch (node.Type()) {
    case YAML::NodeType::Scalar:
      out.kind = SourceNode::Kind::scalar;
      out.text = node.Scalar();
      if (unclosed_quote(node, conversion.text))
        diagnostics.push_back({file, out.place.line, out.place.column,
                               "this quote is never closed, so the text runs on to the end of the file", ""});
      break;
    case YAML::NodeType::Sequence:
      out.kind = SourceNode::Kind::sequence;
      for (const YAML::Node& item : node)
        out.items.push_back(convert(item, depth + 1, conversion, key_path_item(path, out.items.size())));
      break;
    case YAML::NodeType::Map:
      out.kind = SourceNode::Kind::map;
      for (auto it = node.begin(); it != node.end(); ++it) {
        SourcePlace key_place = place_of(it->first.Mark(), file);
        if (unclosed_quote(it->first, conversion.text))
          diagnostics.push_back({file, key_place.line, key_place.column,
                                 "this quote is never closed, so the text runs on to the end of the file", ""});
        if (!it->first.IsScalar()) {
          diagnostics.push_back({file, key_place.line, key_place.column,
                                 "a key must be text, got " + describe(convert(it->first, depth + 1, conversion, path)),
                                 path});
          continue;
        }
        const std::string key_path = key_path_child(path, it->first.Scalar());
        SourceEntry entry{it->first.Scalar(), key_place, convert(it->second, depth + 1, conversion, key_path)};
        // yaml-cpp places an empty value on the next token, which may be lines away.
        if (entry.value.kind == SourceNode::Kind::null) entry.value.place = key_place;
        if (SourceEntry* first = out.find(entry.key)) {
          diagnostics.push_back({file, key_place.line, key_place.column,
                                 "duplicate key '" + entry.key + "' (first written on line " +
                                     std::to_string(first->key_place.line) + ")",
                                 key_path});
          *first = std::move(entry);  // the later one wins, as in most YAML readers
          continue;
        }
        out.entries.push_back(std::move(entry));
      }
      break;
    case YAML::NodeType::Null:
    case YAML::NodeType::Undefined: break;
  }
  return out;
}

// Where a file that is not UTF-8 text first shows it. UTF-16 and UTF-32, which YAML also
// allows and yaml-cpp turns into UTF-8, start with a byte-order mark or have a zero byte first
// or second. A NUL byte elsewhere is valid UTF-8 but no text: yaml-cpp would misread it.
std::optional<Diagnostic> not_utf8(const std::string& path, std::string_view text) {
  if (text.starts_with("\xFF\xFE") || text.starts_with("\xFE\xFF") || text.starts_with('\0') ||
      (text.size() > 1 && text[1] == '\0'))
    return std::nullopt;
  const std::size_t nul = text.find('\0');
  const std::optional<std::size_t> at =
      nul != std::string_view::npos ? std::min(nul, first_byte_not_utf8(text).value_or(nul)) : first_byte_not_utf8(text);
  if (!at) return std::nullopt;
  const std::string_view before = text.substr(0, *at);
  const std::string_view line_before = before.substr(before.rfind('\n') + 1);  // npos + 1 is 0
  // Columns count characters, as yaml-cpp's do: every byte but UTF-8's continuation bytes.
  const auto characters = std::count_if(line_before.begin(), line_before.end(),
                                        [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; });
  char byte[8];
  std::snprintf(byte, sizeof byte, "0x%02X", static_cast<unsigned char>(text[*at]));
  const std::string why = *at == nul ? " (a NUL, which no text file holds)"
                                     : " (a file saved as Windows-1252 writes \xC2\xA3 as 0xA3); save it as UTF-8";
  return Diagnostic{path, static_cast<int>(std::count(before.begin(), before.end(), '\n')) + 1,
                    static_cast<int>(characters) + 1, std::string("the file is not UTF-8 text: byte ") + byte + why,
                    ""};
}

std::optional<std::string> read_whole_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

}  // namespace

const SourceEntry* SourceNode::find(std::string_view key) const {
  auto it = std::find_if(entries.begin(), entries.end(),
                         [key](const SourceEntry& e) { return e.key == key; });
  return it == entries.end() ? nullptr : &*it;
}

SourceEntry* SourceNode::find(std::string_view key) {
  return const_cast<SourceEntry*>(std::as_const(*this).find(key));
}

std::optional<SourceEntry> SourceNode::take(std::string_view key) {
  auto it = std::find_if(entries.begin(), entries.end(),
                         [key](const SourceEntry& e) { return e.key == key; });
  if (it == entries.end()) return std::nullopt;
  SourceEntry entry = std::move(*it);
  entries.erase(it);
  return entry;
}

std::string describe(const SourceNode& node) {
  switch (node.kind) {
    case SourceNode::Kind::scalar: return "'" + node.text + "'";
    case SourceNode::Kind::map: return "a map";
    case SourceNode::Kind::sequence: return "a list";
    case SourceNode::Kind::null: break;
  }
  return "nothing";
}

std::optional<std::string> why_unreadable(const std::string& path) {
  std::error_code error;
  const std::filesystem::file_status status = std::filesystem::status(path, error);
  if (error && error != std::errc::no_such_file_or_directory && error != std::errc::not_a_directory)
    return error.message();  // a loop of links, a folder we may not enter, a name too long
  if (!std::filesystem::exists(status)) return "no such file";
  if (std::filesystem::is_directory(status)) return "it is a folder";
  if (!std::filesystem::is_regular_file(status)) return "not a regular file";
  errno = 0;
  if (!std::ifstream(path)) return errno != 0 ? std::string(std::strerror(errno)) : "it cannot be read";
  return std::nullopt;
}

namespace {

// Whether `line` has a bracket inside a plain value (`roads[0]`), not one opening a list.
bool bracket_in_a_value(const std::string& line) {
  for (std::size_t at = line.find('['); at != std::string::npos; at = line.find('[', at + 1))
    if (at > 0 && (std::isalnum(static_cast<unsigned char>(line[at - 1])) || line[at - 1] == '_' || line[at - 1] == '.'))
      return true;
  return false;
}

// yaml-cpp names the grammar that failed, not the slip behind it: the two commonest slips are
// told beside its message. A tab in the indentation of the error's line or the one before it
// (YAML indents with spaces only; a line of nothing but spaces and tabs is no slip), and,
// within { }, an unquoted value holding a bracket (a sweep's `roads[0].miles`), which YAML
// reads as the start of a list.
std::string with_likely_slip(const std::string& message, const std::string& text, int error_line) {
  std::istringstream lines(text);
  std::string line;
  for (int number = 1; number <= error_line && std::getline(lines, line); ++number) {
    if (number < error_line - 1) continue;
    const std::size_t first = line.find_first_not_of(" \t");
    if (first != std::string::npos && line.substr(0, first).find('\t') != std::string::npos &&
        message.find("tab") == std::string::npos)
      return message + " (line " + std::to_string(number) + " is indented with a tab: YAML indents with spaces only)";
    if (number == error_line && message.find("flow") != std::string::npos && line.find('{') != std::string::npos &&
        bracket_in_a_value(line))
      return message + " (within { }, quote a value holding [ ] or a comma, as in parameter: \"a.b[0].c\")";
  }
  return message;
}

// Where each document of a YAML text starts, as yaml-cpp's parser hands them out.
class DocumentStarts final : public YAML::EventHandler {
 public:
  std::vector<YAML::Mark> starts;
  void OnDocumentStart(const YAML::Mark& mark) override { starts.push_back(mark); }
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark&, YAML::anchor_t) override {}
  void OnAlias(const YAML::Mark&, YAML::anchor_t) override {}
  void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t, const std::string&) override {}
  void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {}
  void OnSequenceEnd() override {}
  void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {}
  void OnMapEnd() override {}
};

// yaml-cpp 0.7 (Debian 12's) hands out the same empty document for ever at a ',' outside any
// [ ] or { } (at the top of a file, after a top-level list, or left of an indented top-level
// map), never reading it: YAML::LoadAll would fill memory. The documents are walked first, and
// a document starting where the one before started is where the parse stopped moving. Throws
// YAML::Exception as LoadAll would on any other error.
std::optional<YAML::Mark> stuck_at(const std::string& text) {
  std::istringstream input(text);
  YAML::Parser parser(input);
  DocumentStarts documents;
  while (parser.HandleNextDocument(documents)) {
    const auto& starts = documents.starts;
    if (starts.size() >= 2 && starts.back().pos == starts[starts.size() - 2].pos) return starts.back();
  }
  return std::nullopt;
}

}  // namespace

std::optional<SourceNode> load_source_file(const std::string& path,
                                           std::vector<Diagnostic>& diagnostics) {
  const std::optional<std::string> why_not = why_unreadable(path);
  std::optional<std::string> text = why_not ? std::nullopt : read_whole_file(path);
  if (!text) {
    diagnostics.push_back({path, 0, 0, "cannot open file: " + why_not.value_or("unreadable"), ""});
    return std::nullopt;
  }
  if (auto problem = not_utf8(path, *text)) {
    diagnostics.push_back(std::move(*problem));
    return std::nullopt;
  }
  std::vector<YAML::Node> documents;
  try {
    if (const auto stuck = stuck_at(*text)) {
      const SourcePlace place = place_of(*stuck, path);
      diagnostics.push_back({path, place.line, place.column,
                             "a ',' outside any [ ] list or { } map: remove it, or put it inside one", ""});
      return std::nullopt;
    }
    documents = YAML::LoadAll(*text);
  } catch (const YAML::Exception& e) {
    diagnostics.push_back({path, e.mark.line + 1, e.mark.column + 1, with_likely_slip(e.msg, *text, e.mark.line + 1), ""});
    return std::nullopt;
  }
  // A second document (after `---` or `...`) would otherwise be dropped without a word.
  for (std::size_t i = 1; i < documents.size(); ++i) {
    if (documents[i].IsNull()) continue;
    const SourcePlace place = place_of(documents[i].Mark(), path);
    diagnostics.push_back({path, place.line, place.column,
                           "a scenario file holds one YAML document; this is another (after '---' or '...')", ""});
    return std::nullopt;
  }
  Conversion conversion{path, *text, diagnostics};
  SourceNode root = convert(documents.empty() ? YAML::Node() : documents.front(), 0, conversion, "");
  if (conversion.too_big) return std::nullopt;
  if (root.kind == SourceNode::Kind::null) root.place = {path, 1, 1};
  return root;
}

}  // namespace caresim::scenario
