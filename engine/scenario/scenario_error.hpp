// Errors that are the user's fault: a wrong scenario, flag or data file (exit code 2).
// Every problem found is reported at once, each as FILE:LINE:COLUMN: message (key.path).
#pragma once

#include <stdexcept>
#include <string>
#include <vector>

namespace caresim::scenario {

struct Diagnostic {
  std::string file;
  int line = 0;    // 1-based; 0 when the problem has no place in a file
  int column = 0;  // 1-based
  std::string message;
  std::string key_path;  // dotted, e.g. provision.in_house_foster.households

  std::string to_string() const;
};

// Where a value was written, kept with it for the rare problem that only running the
// scenario finds. Empty for a value made in code.
struct SourceRef {
  std::string file;
  int line = 0;
  int column = 0;
  std::string key_path;

  Diagnostic problem(std::string message) const { return {file, line, column, std::move(message), key_path}; }
};

// Like a compiler: file by file in the order they first come up, then by position.
void sort_by_place(std::vector<Diagnostic>& diagnostics);

class ScenarioError : public std::runtime_error {
 public:
  explicit ScenarioError(std::vector<Diagnostic> diagnostics);
  const std::vector<Diagnostic>& diagnostics() const { return diagnostics_; }

 private:
  std::vector<Diagnostic> diagnostics_;
};

}  // namespace caresim::scenario
