#include "output/output_directory.hpp"

#include <fstream>
#include <stdexcept>
#include <system_error>

#include <unistd.h>

namespace caresim::output {
namespace fs = std::filesystem;
namespace {

// The topmost of `directory` and its ancestors that does not exist yet ("" if it exists): what
// creating it makes, so that a run that fails can take away exactly that.
fs::path first_missing(const fs::path& directory) {
  fs::path missing;
  std::error_code error;
  for (fs::path p = directory; !fs::exists(p, error) && !error && p.has_relative_path(); p = p.parent_path()) missing = p;
  return missing;
}

// A sibling of `target` for the time of a run: PREFIX NAME SUFFIX-PID. NAME is cut so that the
// whole stays within the 255 bytes a file name may have, however long the target's.
fs::path sibling(const fs::path& target, const char* prefix, const char* suffix) {
  constexpr std::size_t kLongestName = 200;
  // Built by appending: GCC 12 warns falsely (-Wrestrict) on "-" + std::string.
  std::string name = prefix;
  name += target.filename().string().substr(0, kLongestName);
  name += suffix;
  name += '-';
  name += std::to_string(::getpid());
  return target.parent_path() / name;
}

}  // namespace

fs::path resolved_target(const fs::path& target) {
  fs::path resolved = fs::weakly_canonical(fs::absolute(target));
  if (resolved.filename().empty()) resolved = resolved.parent_path();  // "out/" names "out"
  return resolved;
}

OutputDirectory::OutputDirectory(const fs::path& target)
    : target_(resolved_target(target)),
      staging_(sibling(target_, ".", ".partial")),
      made_parents_from_(first_missing(target_.parent_path())) {
  try {
    fs::create_directories(target_.parent_path());
    fs::remove_all(staging_);
    fs::create_directory(staging_);
  } catch (...) {
    discard();
    throw;
  }
}

OutputDirectory::~OutputDirectory() {
  if (!committed_) discard();
}

void OutputDirectory::discard() const {
  std::error_code ignored;
  fs::remove_all(staging_, ignored);
  if (made_parents_from_.empty()) return;
  // Each only if empty: whatever someone else put there since stays, and so does its folder.
  for (fs::path p = target_.parent_path(); p != made_parents_from_.parent_path(); p = p.parent_path()) fs::remove(p, ignored);
}

void OutputDirectory::write(const std::string& name, const std::string& contents) const {
  fs::create_directories(file(name).parent_path());
  std::ofstream out(file(name), std::ios::binary);
  out << contents;
  out.close();
  if (!out) throw std::runtime_error("cannot write " + (target_ / name).string());
}

void OutputDirectory::commit(const FinishStaging& finish) {
  if (finish) finish(staging_);
  // Replace the previous results only once the new ones are complete.
  if (fs::exists(target_)) {
    const fs::path old = sibling(target_, "", ".old");
    fs::rename(target_, old);
    fs::rename(staging_, target_);
    fs::remove_all(old);
  } else {
    fs::rename(staging_, target_);
  }
  committed_ = true;
}

}  // namespace caresim::output
