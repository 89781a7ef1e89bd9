// An output directory written all or nothing: files go to a hidden staging directory beside
// the target, which replaces the target only on commit(), in one step where the filesystem
// allows. If anything fails first, the staging directory is removed, and so are the
// target's parent directories that were made for it: the filesystem is left as it was.
#pragma once

#include <filesystem>
#include <functional>
#include <string>

namespace caresim::output {

// What a command adds to the staged files before they are committed, reading them from the
// staged tree it is given (the reports, made from the results): the directory then appears
// with them, whole, or not at all.
using FinishStaging = std::function<void(const std::filesystem::path& staged)>;

// The absolute form of a target directory, without "." or ".." and with its symbolic links
// followed: "out/", "./out" and "x/../out" all name the same directory.
std::filesystem::path resolved_target(const std::filesystem::path& target);

class OutputDirectory {
 public:
  // Makes the staging directory at once, so a target that cannot be written is found before
  // any work is done (std::filesystem::filesystem_error).
  explicit OutputDirectory(const std::filesystem::path& target);
  ~OutputDirectory();
  OutputDirectory(const OutputDirectory&) = delete;
  OutputDirectory& operator=(const OutputDirectory&) = delete;

  // Where to write a file of the output, while staging.
  std::filesystem::path file(const std::string& name) const { return staging_ / name; }
  // `name` may lead through subdirectories ("more-carers/summary.json"): the whole tree is
  // staged and committed at once.
  void write(const std::string& name, const std::string& contents) const;
  // Runs `finish` (if any) on the staged tree, then puts it in place of the target.
  void commit(const FinishStaging& finish = {});
  // Removes the staging directory, and the parents made for it, as a failure does; the target
  // is never touched. Safe from another thread while files are being written or committed (a
  // second signal's undo): writing then fails, and a commit under way leaves the target
  // holding either the old results or the new.
  void discard() const;

 private:
  std::filesystem::path target_;
  std::filesystem::path staging_;
  std::filesystem::path made_parents_from_;  // the topmost parent made for the target; "" if none was
  bool committed_ = false;
};

}  // namespace caresim::output
