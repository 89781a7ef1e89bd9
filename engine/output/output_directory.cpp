#include "output/output_directory.hpp"

#include <fstream>
#include <stdexcept>
#include <system_error>

#include <unistd.h>

namespace caresim::output {
namespace fs = std::filesystem;

fs::path resolved_target(const fs::path& target) {
  fs::path resolved = fs::weakly_canonical(fs::absolute(target));
  if (resolved.filename().empty()) resolved = resolved.parent_path();  // "out/" names "out"
  return resolved;
}

OutputDirectory::OutputDirectory(const fs::path& target) : target_(resolved_target(target)) {
  const fs::path parent = target_.parent_path();
  fs::create_directories(parent);
  // Built by appending: GCC 12 warns falsely (-Wrestrict) on "." + std::string.
  std::string staging_name = ".";
  staging_name += target_.filename().string();
  staging_name += ".partial-" + std::to_string(::getpid());
  staging_ = parent / staging_name;
  fs::remove_all(staging_);
  fs::create_directory(staging_);
}

OutputDirectory::~OutputDirectory() {
  if (committed_) return;
  std::error_code ignored;
  fs::remove_all(staging_, ignored);
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
    const fs::path old = target_.string() + ".old-" + std::to_string(::getpid());
    fs::rename(target_, old);
    fs::rename(staging_, target_);
    fs::remove_all(old);
  } else {
    fs::rename(staging_, target_);
  }
  committed_ = true;
}

}  // namespace caresim::output
