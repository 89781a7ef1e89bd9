#include "output/output_directory.hpp"

#include <cerrno>
#include <cstdio>
#include <fstream>
#include <stdexcept>
#include <system_error>

#include <fcntl.h>
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

// Puts `staged` in place of `target`, which exists. Linux swaps the two in one step, so that
// `target` holds the old results or the new at every moment, never neither, however the
// process ends; the old, now at `staged`, are then removed. Where the filesystem cannot swap,
// the old move aside first and are put back if the new cannot take their place.
void replace(const fs::path& target, const fs::path& staged) {
  if (::renameat2(AT_FDCWD, staged.c_str(), AT_FDCWD, target.c_str(), RENAME_EXCHANGE) == 0) {
    fs::remove_all(staged);
    return;
  }
  if (errno != EINVAL && errno != ENOSYS)
    throw fs::filesystem_error("cannot replace", staged, target, std::error_code(errno, std::generic_category()));
  const fs::path old = sibling(target, "", ".old");
  fs::rename(target, old);
  try {
    fs::rename(staged, target);
  } catch (...) {
    fs::rename(old, target);
    throw;
  }
  fs::remove_all(old);
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

// The staging directory is moved aside in one step before it is removed: a writer still at
// work (when a second signal's undo runs beside the main thread) then finds no directory to
// write into, and write() never makes it again.
void OutputDirectory::discard() const {
  std::error_code ignored;
  const fs::path discarded = sibling(target_, ".", ".discarded");
  fs::rename(staging_, discarded, ignored);
  // A file that a writer was creating as the directory moved may land after the removal
  // has listed it, leaving the directory not empty: once more takes it.
  for (int attempt = 0; attempt < 3 && fs::exists(discarded, ignored); ++attempt) fs::remove_all(discarded, ignored);
  if (made_parents_from_.empty()) return;
  // Each only if empty: whatever someone else put there since stays, and so does its folder.
  for (fs::path p = target_.parent_path(); p != made_parents_from_.parent_path(); p = p.parent_path()) fs::remove(p, ignored);
}

void OutputDirectory::write(const std::string& name, const std::string& contents) const {
  fs::path directory = staging_;
  for (const fs::path& part : fs::path(name).parent_path()) fs::create_directory(directory /= part);
  std::ofstream out(file(name), std::ios::binary);
  out << contents;
  out.close();
  if (!out) throw std::runtime_error("cannot write " + (target_ / name).string());
}

void OutputDirectory::commit(const FinishStaging& finish) {
  if (finish) finish(staging_);
  // Replace the previous results only once the new ones are complete.
  if (fs::exists(target_))
    replace(target_, staging_);
  else
    fs::rename(staging_, target_);
  committed_ = true;
}

}  // namespace caresim::output
