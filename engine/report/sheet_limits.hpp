// What one Excel worksheet holds, and content fitted to it rather than refused: a text cut short
// with a note saying so, and rows beyond the last left to the file they came from.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace caresim::report {

inline constexpr std::size_t kSheetRows = 1'048'576;
inline constexpr std::size_t kCellCharacters = 32'767;  // counted as Excel counts, in UTF-16 units

// `text` when it fits in a cell of `limit` characters; else as much of it as fits, cut between
// whole characters, ending "... (truncated)".
std::string fitted_text(std::string_view text, std::size_t limit = kCellCharacters);

// Of `rows` rows under a header row, how many a sheet of `sheet_rows` rows shows: all, or when
// they do not fit, as many as leave its last row for a note of the rest.
constexpr std::size_t rows_shown(std::size_t rows, std::size_t sheet_rows = kSheetRows) {
  return rows + 1 <= sheet_rows ? rows : sheet_rows - 2;
}

}  // namespace caresim::report
