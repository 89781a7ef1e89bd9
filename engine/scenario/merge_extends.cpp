#include "scenario/merge_extends.hpp"

#include <algorithm>
#include <filesystem>

namespace caresim::scenario {
namespace {

namespace fs = std::filesystem;

// The files being read, outermost first, to catch a file that extends itself via others.
struct ExtendsChain {
  std::vector<fs::path> identities;
  std::vector<std::string> paths;
};

// Whether both maps are distribution objects and name different distributions: the base's
// parameters then belong to a distribution no longer there (a lognormal's median_days has no
// place under an exponential), so the extending object replaces the base's whole.
bool names_another_distribution(const SourceNode& base, const SourceNode& extension) {
  const SourceEntry* was = base.find("distribution");
  const SourceEntry* now = extension.find("distribution");
  return was && now && was->value.kind == SourceNode::Kind::scalar && now->value.kind == SourceNode::Kind::scalar &&
         was->value.text != now->value.text;
}

void merge_into(SourceNode& base, SourceNode&& extension) {
  if (base.kind != SourceNode::Kind::map || extension.kind != SourceNode::Kind::map ||
      names_another_distribution(base, extension)) {
    base = std::move(extension);
    return;
  }
  for (SourceEntry& entry : extension.entries) {
    SourceEntry* inherited = base.find(entry.key);
    if (!inherited) {
      // `~` removes what the base set: for a key the base does not write, there is nothing to remove.
      if (entry.value.kind != SourceNode::Kind::null) base.entries.push_back(std::move(entry));
    } else if (entry.value.kind == SourceNode::Kind::null) {
      base.take(entry.key);
    } else {
      inherited->key_place = entry.key_place;
      merge_into(inherited->value, std::move(entry.value));
    }
  }
  base.place = extension.place;  // a key missing from the merged map is reported here
}

Diagnostic at(const SourcePlace& place, std::string message) {
  return {place.file, place.line, place.column, std::move(message), "extends"};
}

std::optional<SourceNode> load_chain(const std::string& path, ExtendsChain& chain,
                                     std::vector<Diagnostic>& diagnostics) {
  std::optional<SourceNode> tree = load_source_file(path, diagnostics);
  if (!tree) return std::nullopt;
  std::optional<SourceEntry> extends = tree->take("extends");
  if (!extends) return tree;

  const SourceNode& base_name = extends->value;
  if (base_name.kind != SourceNode::Kind::scalar) {
    diagnostics.push_back(at(base_name.place, "must be a file path, got " + describe(base_name)));
    return std::nullopt;
  }
  if (base_name.text.find('\0') != std::string::npos) {
    diagnostics.push_back(at(base_name.place, "a file path cannot hold a NUL character (\\0)"));
    return std::nullopt;
  }
  const std::string base_path =
      (fs::path(path).parent_path() / base_name.text).lexically_normal().string();
  if (const std::optional<std::string> why_not = why_unreadable(base_path)) {
    // A path as written, relative to this file's folder: say where that led.
    std::error_code error;
    const fs::path looked_at = fs::absolute(base_path, error);
    const bool relative = fs::path(base_name.text).is_relative() && !error;
    const std::string named = relative ? base_name.text + "' (a path is relative to the extending file's folder: "
                                                           "looked for " + looked_at.lexically_normal().string() + ")"
                                       : base_path + "'";
    diagnostics.push_back(at(base_name.place, "cannot open file '" + named + ": " + *why_not));
    return std::nullopt;
  }
  std::error_code error;
  const fs::path identity = fs::weakly_canonical(base_path, error);
  if (std::find(chain.identities.begin(), chain.identities.end(), identity) !=
      chain.identities.end()) {
    std::string cycle;
    for (const std::string& file : chain.paths) cycle += file + " -> ";
    diagnostics.push_back(at(base_name.place, "extends cycle: " + cycle + base_path));
    return std::nullopt;
  }

  chain.identities.push_back(identity);
  chain.paths.push_back(base_path);
  std::optional<SourceNode> base = load_chain(base_path, chain, diagnostics);
  chain.identities.pop_back();
  chain.paths.pop_back();
  if (!base) return std::nullopt;
  if (base->kind != SourceNode::Kind::map) {
    diagnostics.push_back(at(base_name.place, "'" + base_path + "' is not a scenario to extend: a scenario must be a map "
                                              "of keys, got " + describe(*base)));
    return std::nullopt;
  }
  // A description tells of the file it is written in: an option that gives none has none,
  // rather than its base's account of the base.
  if (!tree->find("description")) base->take("description");
  merge_into(*base, std::move(*tree));
  return base;
}

}  // namespace

std::optional<SourceNode> load_with_extends(const std::string& path,
                                            std::vector<Diagnostic>& diagnostics) {
  std::error_code error;  // an unreadable file is reported when it is opened
  ExtendsChain chain{{fs::weakly_canonical(path, error)}, {path}};
  return load_chain(path, chain, diagnostics);
}

}  // namespace caresim::scenario
