// MapReader's typed values: scalars and lists converted and range-checked, and written back
// into the effective tree.
#include <cmath>

#include "scenario/key_path.hpp"
#include "scenario/scalar_text.hpp"
#include "scenario/scenario_reader.hpp"

namespace caresim::scenario {
namespace {

bool is_share(Range range) {
  constexpr Range kShare = share();
  return range.low == kShare.low && range.low_excluded == kShare.low_excluded && range.high == kShare.high;
}

// A share written as a percentage ("12", "12%"): how to write it as a fraction.
std::string as_fraction_note(double percent, std::string_view written) {
  return ": a share is written as a fraction, " + format_number(percent / 100) + " for " + std::string(written) +
         (written.ends_with('%') ? "" : "%");
}

// "must be >= 1, got 0", or nothing when `value` is in `range`.
std::string range_problem(double value, Range range, const std::string& text) {
  const bool too_low = range.low_excluded ? value <= range.low : value < range.low;
  if (!too_low && value <= range.high) return "";
  std::string bound;
  if (std::isinf(range.low))
    bound = "<= " + format_number(range.high);
  else if (std::isinf(range.high))
    bound = (range.low_excluded ? "> " : ">= ") + format_number(range.low);
  else if (range.low_excluded)
    bound = "> " + format_number(range.low) + " and <= " + format_number(range.high);
  else
    bound = "between " + format_number(range.low) + " and " + format_number(range.high);
  // 5 to 100 reads as a percentage; 1.2 or 2 might be a slip of another kind.
  const bool percent = is_share(range) && value >= 5 && value <= 100;
  return "must be " + bound + ", got " + text + (percent ? as_fraction_note(value, text) : "");
}

Parsed<std::string> as_text(std::string_view text) { return {std::string(text), ""}; }

// Scalars only: a map or list where a value belongs is "must be a number, got a map".
template <class T>
Parsed<T> parse_scalar(const SourceNode& value, Parsed<T> (*parse)(std::string_view),
                       std::string_view expected) {
  if (value.kind != SourceNode::Kind::scalar)
    return {{}, "must be " + std::string(expected) + ", got " + describe(value)};
  return parse(value.text);
}

template <class T>
Parsed<T> parse_in_range(const SourceNode& value, Range range, Parsed<T> (*parse)(std::string_view),
                         std::string_view expected) {
  Parsed<T> parsed = parse_scalar(value, parse, expected);
  if (parsed.problem.empty()) {
    parsed.problem = range_problem(static_cast<double>(parsed.value), range, value.text);
  } else if (const std::string_view text = value.text; is_share(range) && text.ends_with('%')) {
    if (const Parsed<double> percent = parse_number(text.substr(0, text.size() - 1)); percent.problem.empty())
      parsed.problem += as_fraction_note(percent.value, text);
  }
  return parsed;
}

}  // namespace

bool MapReader::convert(const SourceNode& value, const std::string& path, Range range, int& out) {
  const Parsed<int> parsed = parse_in_range(value, range, parse_int, "a whole number");
  out = parsed.value;
  return ok_or_report(parsed.problem, value.place, path);
}

bool MapReader::convert(const SourceNode& value, const std::string& path, Range range,
                        std::uint64_t& out) {
  const Parsed<std::uint64_t> parsed = parse_in_range(value, range, parse_uint64, "a whole number");
  out = parsed.value;
  return ok_or_report(parsed.problem, value.place, path);
}

bool MapReader::convert(const SourceNode& value, const std::string& path, Range range,
                        double& out) {
  const Parsed<double> parsed = parse_in_range(value, range, parse_number, "a number");
  out = parsed.value;
  return ok_or_report(parsed.problem, value.place, path);
}

bool MapReader::convert(const SourceNode& value, const std::string& path, Range, std::string& out) {
  const Parsed<std::string> parsed = parse_scalar(value, as_text, "text");
  out = parsed.value;
  return ok_or_report(parsed.problem, value.place, path);
}

bool MapReader::convert(const SourceNode& value, const std::string& path, Range,
                        kernel::Date& out) {
  const Parsed<kernel::Date> parsed = parse_scalar(value, parse_date, "a date written YYYY-MM-DD");
  out = parsed.value;
  return ok_or_report(parsed.problem, value.place, path);
}

bool MapReader::convert(const SourceNode& value, const std::string& path, Range range,
                        std::vector<double>& out) {
  if (value.kind != SourceNode::Kind::sequence) {
    report_at(value.place, "must be a list of numbers, got " + describe(value), path);
    return false;
  }
  bool all_good = true;
  out.assign(value.items.size(), 0.0);
  for (std::size_t i = 0; i < value.items.size(); ++i)
    all_good &= convert(value.items[i], key_path_item(path, i), range, out[i]);
  return all_good;
}

EffectiveNode MapReader::effective_value(int value) {
  return EffectiveNode(EffectiveNode::Kind::plain, std::to_string(value));
}

EffectiveNode MapReader::effective_value(std::uint64_t value) {
  return EffectiveNode(EffectiveNode::Kind::plain, std::to_string(value));
}

EffectiveNode MapReader::effective_value(double value) {
  return EffectiveNode(EffectiveNode::Kind::plain, format_number(value));
}

EffectiveNode MapReader::effective_value(const std::string& value) {
  return EffectiveNode(EffectiveNode::Kind::text, value);
}

EffectiveNode MapReader::effective_value(kernel::Date value) {
  return EffectiveNode(EffectiveNode::Kind::plain, value.iso());
}

EffectiveNode MapReader::effective_value(const std::vector<double>& values) {
  EffectiveNode list(EffectiveNode::Kind::sequence, "", true);
  for (double value : values) list.items.push_back(effective_value(value));
  return list;
}

bool MapReader::ok_or_report(const std::string& problem, const SourcePlace& place,
                             const std::string& path) {
  if (!problem.empty()) report_at(place, problem, path);
  return problem.empty();
}

}  // namespace caresim::scenario
