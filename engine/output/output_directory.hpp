// An output directory written all or nothing: files go to a hidden staging directory beside
// the target, which replaces the target only on commit(). If anything fails first, the
// staging directory is removed and the target is left as it was.
#pragma once

#include <filesystem>
#include <functional>
#include <string>

namespace caresim::output {

// What a command adds to the staged files before they are committed, reading them from the
// staged tree it is given (the reports, made from the results): the directory then appears
// with them, whole, or not at all.
using FinishStaging = std::function<void(const std::filesystem::path& staged)>;

class OutputDirectory {
 public:
  explicit OutputDirectory(std::filesystem::path target);
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

 private:
  std::filesystem::path target_;
  std::filesystem::path staging_;
  bool committed_ = false;
};

}  // namespace caresim::output
