#include <array>

#include "scenario/read_sections.hpp"
#include "scenario/scalar_text.hpp"

namespace caresim::scenario {
namespace {

// In the order of DistributionSpec::Kind.
constexpr std::array<std::string_view, 6> kDistributionNames = {
    "exponential", "lognormal", "weibull", "gamma", "fixed", "empirical"};

// A piecewise-linear CDF: values strictly increasing, cumulative climbing from 0 to 1.
void read_empirical(MapReader& duration, std::string_view unit, DistributionSpec& spec) {
  spec.empirical_values = duration.required<std::vector<double>>(unit, at_least(0));
  spec.empirical_cumulative = duration.required<std::vector<double>>("cumulative", share());
  const std::vector<double>& days = spec.empirical_values;
  const std::vector<double>& cumulative = spec.empirical_cumulative;
  if (!duration.values_good()) return;

  for (std::size_t i = 1; i < days.size(); ++i)
    if (days[i] <= days[i - 1])
      duration.report_item(unit, i,
                           "must be increasing, got " + format_number(days[i]) + " after " +
                               format_number(days[i - 1]));
  if (cumulative.size() != days.size()) {
    duration.report("cumulative", "must have as many entries as " + std::string(unit) + " (" +
                                      std::to_string(days.size()) + "), got " +
                                      std::to_string(cumulative.size()));
  }
  if (cumulative.size() < 2) {
    duration.report("cumulative",
                    "must have at least 2 entries, got " + std::to_string(cumulative.size()));
    return;
  }
  if (cumulative.front() != 0)
    duration.report_item("cumulative", 0,
                         "must start at 0, got " + format_number(cumulative.front()));
  if (cumulative.back() != 1)
    duration.report_item("cumulative", cumulative.size() - 1,
                         "must end at 1, got " + format_number(cumulative.back()));
  for (std::size_t i = 1; i < cumulative.size(); ++i)
    if (cumulative[i] < cumulative[i - 1])
      duration.report_item("cumulative", i,
                           "must not decrease, got " + format_number(cumulative[i]) + " after " +
                               format_number(cumulative[i - 1]));
}

}  // namespace

DistributionSpec read_distribution(MapReader duration, std::string_view unit) {
  DistributionSpec spec;
  spec.written_at = duration.reference();
  const std::optional<std::size_t> kind =
      duration.required_choice("distribution", kDistributionNames);
  if (!kind) {
    duration.ignore_unread_keys();  // their meaning depends on the distribution
    return spec;
  }
  const std::string suffix = std::string("_").append(unit);
  spec.kind = static_cast<DistributionSpec::Kind>(*kind);
  switch (spec.kind) {
    case DistributionSpec::Kind::exponential:
      spec.mean = duration.required<double>("mean" + suffix, above(0));
      break;
    case DistributionSpec::Kind::lognormal:
      spec.median = duration.required<double>("median" + suffix, above(0));
      spec.sigma = duration.required<double>("sigma", at_least(0));
      break;
    case DistributionSpec::Kind::weibull:
    case DistributionSpec::Kind::gamma:
      spec.shape = duration.required<double>("shape", above(0));
      spec.scale = duration.required<double>("scale" + suffix, above(0));
      break;
    case DistributionSpec::Kind::fixed:
      spec.value = duration.required<double>(unit, at_least(0));
      break;
    case DistributionSpec::Kind::empirical: read_empirical(duration, unit, spec); break;
  }
  return spec;
}

DistributionSpec read_duration(MapReader duration) { return read_distribution(std::move(duration), "days"); }

DistributionSpec read_distance(MapReader distance) { return read_distribution(std::move(distance), "miles"); }

}  // namespace caresim::scenario
