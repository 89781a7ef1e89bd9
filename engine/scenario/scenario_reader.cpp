#include "scenario/scenario_reader.hpp"

#include <algorithm>

#include "scenario/did_you_mean.hpp"
#include "scenario/key_path.hpp"

namespace caresim::scenario {
namespace {

std::vector<std::string_view> views_of(const std::vector<std::string>& names) {
  return {names.begin(), names.end()};
}

}  // namespace

MapReader::MapReader(ScenarioReader& reader, const SourceNode& source, std::string path,
                     EffectiveNode& effective, MapRecord& record)
    : reader_(&reader),
      source_(&source),
      path_(std::move(path)),
      effective_(&effective),
      record_(&record) {}

const SourceNode* MapReader::take(std::string_view key) {
  if (!present()) return nullptr;
  std::vector<std::string>& accepted = record_->accepted;
  if (std::find(accepted.begin(), accepted.end(), key) == accepted.end())
    accepted.emplace_back(key);
  const SourceEntry* entry = source_->find(key);
  return entry ? &entry->value : nullptr;
}

std::size_t MapReader::choice_or_default(std::string_view key, std::span<const std::string_view> names,
                                         std::size_t fallback) {
  if (present() && source_->find(key) == nullptr) {
    record(key, effective_value(std::string(names[fallback])));
    return fallback;
  }
  return required_choice(key, names).value_or(fallback);
}

std::optional<std::size_t> MapReader::required_choice(std::string_view key,
                                                      std::span<const std::string_view> names,
                                                      std::string_view noun) {
  const SourceNode* value = take(key);
  if (!value) {
    report_missing(key);
    return std::nullopt;
  }
  if (value->kind != SourceNode::Kind::scalar) {
    report_at(value->place, "must be a name, got " + describe(*value), path_to(key));
    return std::nullopt;
  }
  const auto found = std::find(names.begin(), names.end(), value->text);
  if (found == names.end()) {
    std::string hint = did_you_mean(value->text, names);
    if (hint.empty() && !names.empty()) {
      for (std::string_view name : names)
        hint += (hint.empty() ? " (one of " : ", ") + std::string(name);
      hint += ")";
    }
    report_at(value->place, "unknown " + std::string(noun.empty() ? key : noun) + " '" + value->text + "'" + hint,
              path_to(key));
    return std::nullopt;
  }
  record(key, effective_value(value->text));
  return static_cast<std::size_t>(found - names.begin());
}

std::optional<std::vector<std::size_t>> MapReader::choices(std::string_view key,
                                                           std::span<const std::string_view> names,
                                                           std::string_view noun) {
  const SourceNode* value = take(key);
  if (!value) return std::nullopt;
  std::vector<std::size_t> chosen;
  if (value->kind != SourceNode::Kind::sequence) {
    report_at(value->place, "must be a list of " + std::string(noun) + " names, got " + describe(*value), path_to(key));
    return chosen;
  }
  EffectiveNode list(EffectiveNode::Kind::sequence, "", true);
  for (std::size_t i = 0; i < value->items.size(); ++i) {
    const SourceNode& item = value->items[i];
    const auto found = std::find(names.begin(), names.end(), item.text);
    if (item.kind != SourceNode::Kind::scalar || found == names.end()) {
      report_at(item.place, "unknown " + std::string(noun) + " " + describe(item) + did_you_mean(item.text, names),
                key_path_item(path_to(key), i));
      continue;
    }
    chosen.push_back(static_cast<std::size_t>(found - names.begin()));
    list.items.emplace_back(EffectiveNode::Kind::text, item.text);
  }
  record(key, std::move(list));
  return chosen;
}

MapReader MapReader::section(std::string_view key, Layout layout) {
  const SourceNode* value = take(key);
  if (!value) {
    report_missing(key);
    return {};
  }
  return open_section(key, *value, layout);
}

std::optional<MapReader> MapReader::optional_section(std::string_view key, Layout layout) {
  const SourceNode* value = take(key);
  if (!value) return std::nullopt;
  return open_section(key, *value, layout);
}

std::vector<MapReader> MapReader::list_of_sections(std::string_view key, Presence presence) {
  std::vector<MapReader> readers;
  const SourceNode* value = take(key);
  if (!value) {
    if (presence == Presence::required) report_missing(key);
    return readers;
  }
  if (value->kind != SourceNode::Kind::sequence) {
    report_at(value->place, "must be a list, got " + describe(*value), path_to(key));
    return readers;
  }
  EffectiveNode& list = effective_->add(std::string(key), EffectiveNode(EffectiveNode::Kind::sequence));
  list.items.reserve(value->items.size());  // readers point into it: it must not move
  for (std::size_t i = 0; i < value->items.size(); ++i) {
    const SourceNode& item = value->items[i];
    const std::string item_path = key_path_item(path_to(key), i);
    if (item.kind != SourceNode::Kind::map) {
      report_at(item.place, "must be a map, got " + describe(item), item_path);
      continue;
    }
    EffectiveNode& effective = list.items.emplace_back(EffectiveNode::Kind::map, "", true);
    readers.push_back(reader_->open(item, item_path, effective));
  }
  return readers;
}

std::vector<std::string> MapReader::keys() const {
  std::vector<std::string> names;
  if (present())
    for (const SourceEntry& entry : source_->entries) names.push_back(entry.key);
  return names;
}

bool MapReader::writes(std::string_view key) const {
  if (present())
    for (const SourceEntry& entry : source_->entries)
      if (entry.key == key) return true;
  return false;
}

std::vector<std::string> MapReader::keys_inherited() const {
  std::vector<std::string> names;
  if (present())
    for (const SourceEntry& entry : source_->entries)
      if (entry.key_place.file != source_->place.file) names.push_back(entry.key);
  return names;
}

bool MapReader::inherits(std::string_view key) const {
  const SourceEntry* entry = present() ? source_->find(key) : nullptr;
  return entry && entry->key_place.file != source_->place.file;
}

std::string MapReader::removal_note(std::string_view key) const {
  return "; " + path_to(key) + " is written in the file this one extends: set it to ~ here to remove it";
}

std::string MapReader::inherited_note(std::string_view key) const { return inherits(key) ? removal_note(key) : ""; }

void MapReader::report_both_written(std::string_view first, std::string_view second, const std::string& problem) {
  if (inherits(second) && !inherits(first)) return report(first, problem + inherited_note(second));
  report(second, problem + inherited_note(first));
}

MapReader MapReader::open_section(std::string_view key, const SourceNode& value, Layout layout) {
  if (value.kind != SourceNode::Kind::map) {
    const std::string hint =
        value.kind == SourceNode::Kind::null
            ? " (write `" + std::string(key) + ": {}` for a section with no settings)"
            : "";
    report_at(value.place, "must be a map, got " + describe(value) + hint, path_to(key));
    return {};
  }
  EffectiveNode& effective = effective_->add(
      std::string(key), EffectiveNode(EffectiveNode::Kind::map, "", layout == Layout::flow));
  return reader_->open(value, path_to(key), effective);
}

SourceRef MapReader::reference() const {
  if (!present()) return {};
  return {source_->place.file, source_->place.line, source_->place.column, path_};
}

void MapReader::report(std::string message) {
  if (present()) report_at(source_->place, std::move(message), path_);
}

void MapReader::report(std::string_view key, std::string message) {
  if (!present()) return;
  const SourceEntry* entry = source_->find(key);
  report_at(entry ? entry->value.place : source_->place, std::move(message), path_to(key));
}

void MapReader::report_item(std::string_view key, std::size_t index, std::string message) {
  if (!present()) return;
  const SourceEntry* entry = source_->find(key);
  if (!entry || index >= entry->value.items.size()) return report(key, std::move(message));
  report_at(entry->value.items[index].place, std::move(message),
            key_path_item(path_to(key), index));
}

bool MapReader::is_map(std::string_view key) const {
  const SourceEntry* entry = present() ? source_->find(key) : nullptr;
  return entry && entry->value.kind == SourceNode::Kind::map;
}

bool MapReader::is_list(std::string_view key) const {
  const SourceEntry* entry = present() ? source_->find(key) : nullptr;
  return entry && entry->value.kind == SourceNode::Kind::sequence;
}

bool MapReader::reads_word(std::string_view key, std::string_view word) {
  const SourceEntry* entry = present() ? source_->find(key) : nullptr;
  if (!entry || entry->value.kind != SourceNode::Kind::scalar || entry->value.text != word) return false;
  take(key);
  record(key, effective_value(std::string(word)));
  return true;
}

void MapReader::name_keys(std::string noun) {
  if (present()) record_->noun = std::move(noun);
}

void MapReader::ignore_unread_keys() {
  if (present()) record_->ignore_unread = true;
}

void MapReader::record(std::string_view key, EffectiveNode value) {
  if (present()) effective_->add(std::string(key), std::move(value));
}

void MapReader::report_missing(std::string_view key) {
  if (present())
    report_at(source_->place, "missing required key '" + std::string(key) + "'", path_to(key));
}

void MapReader::report_at(const SourcePlace& place, std::string message, std::string path) {
  ++record_->problems;
  reader_->diagnostics_.push_back(
      {place.file, place.line, place.column, std::move(message), std::move(path)});
}

std::string MapReader::path_to(std::string_view key) const {
  return key_path_child(path_, key);
}

MapReader ScenarioReader::root() {
  if (root_.kind != SourceNode::Kind::map) {
    diagnostics_.push_back({root_.place.file, root_.place.line, root_.place.column,
                            "a scenario must be a map of keys, got " + describe(root_), ""});
    return {};
  }
  return open(root_, "", effective_);
}

MapReader ScenarioReader::open(const SourceNode& map, std::string path, EffectiveNode& effective) {
  MapRecord& record = maps_.emplace_back();
  record.source = &map;
  record.path = path;
  return MapReader(*this, map, std::move(path), effective, record);
}

// Which section a key unknown where it is written belongs to, if exactly one other of the
// scenario's sections takes it by that name (`campaign` written at the top, not under
// carer_supply): " (a key of carer_supply: move it there)". A key of some map deeper in
// (`days`, of a duration, written in a distance) is more likely a wrong key than a misplaced
// one, and a name several sections take tells nothing.
std::string ScenarioReader::home_of(const std::string& key, const MapRecord& written_in) const {
  const auto section_of = [](const std::string& path) { return path.substr(0, path.find('.')); };
  const MapRecord* home = nullptr;
  for (const MapRecord& map : maps_) {
    const bool a_section = !map.path.empty() && map.path.find('.') == std::string::npos;
    if (!a_section || map.noun != "key" || map.path == section_of(written_in.path) ||
        std::find(map.accepted.begin(), map.accepted.end(), key) == map.accepted.end())
      continue;
    if (home && home->path != map.path) return "";
    home = &map;
  }
  return home ? " (a key of " + home->path + ": move it there)" : "";
}

std::vector<Diagnostic> ScenarioReader::finish() {
  for (const MapRecord& map : maps_) {
    if (map.ignore_unread) continue;
    const std::vector<std::string_view> known = views_of(map.accepted);
    for (const SourceEntry& entry : map.source->entries) {
      if (std::find(known.begin(), known.end(), entry.key) != known.end()) continue;
      std::string hint = home_of(entry.key, map);
      if (hint.empty()) hint = did_you_mean(entry.key, known);
      diagnostics_.push_back({entry.key_place.file, entry.key_place.line, entry.key_place.column,
                              "unknown " + map.noun + " '" + entry.key + "'" + hint,
                              key_path_child(map.path, entry.key)});
    }
  }
  return std::move(diagnostics_);
}

}  // namespace caresim::scenario
