// An output directory written all or nothing: files go to a hidden staging directory beside
// the target, which replaces the target only on commit(). If anything fails first, the
// staging directory is removed and the target is left as it was.
#pragma once

#include <filesystem>
#include <string>

namespace caresim::output {

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
  void commit();

 private:
  std::filesystem::path target_;
  std::filesystem::path staging_;
  bool committed_ = false;
};

}  // namespace caresim::output
