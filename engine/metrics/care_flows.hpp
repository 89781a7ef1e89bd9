// Children entering and leaving care (why they left, and how old they were), and how many
// are in care over time.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "metrics/child_records.hpp"
#include "metrics/metric.hpp"
#include "metrics/per_10k.hpp"
#include "metrics/reporting_window.hpp"
#include "metrics/time_weighted.hpp"
#include "metrics/yearly_flow.hpp"

namespace caresim::metrics {

// Children counted once in a financial year however many of their facts fall in it, as the
// DfE counts the children who started, or ceased, to be looked after in the year.
class ChildrenInYear {
 public:
  explicit ChildrenInYear(std::size_t years) : by_year_(years) {}
  // `last_counted`: the child's own note of the year it was last counted in (-1: never).
  void count(std::int32_t& last_counted, std::size_t year) {
    if (last_counted == static_cast<std::int32_t>(year)) return;
    last_counted = static_cast<std::int32_t>(year);
    ++total_;
    ++by_year_[year];
  }
  long total() const { return total_; }
  std::vector<double> take_by_year() { return std::move(by_year_); }

 private:
  long total_ = 0;
  std::vector<double> by_year_;
};

class CareFlows final : public Metric {
 public:
  CareFlows(const ReportingWindow& window, Per10k per_10k)
      : window_(window),
        per_10k_(per_10k),
        in_care_(window),
        entries_(window),
        exits_(window),
        children_starting_(window.financial_years.size()),
        children_ceasing_(window.financial_years.size()) {}

  void subscribe(model::EventPublisher& publisher) override {
    publisher.subscribe<model::ChildEntered, model::ChildLeftCare, model::MonthEnded>(*this);
  }
  void on(const model::ChildEntered& e) override {
    Child& child = children_.entered(e.child);
    if (!e.carries_record_over()) child = Child{};
    if (entries_.count(e.time)) {
      if (e.re_entry) ++re_entries_;
      if (e.unaccompanied) ++unaccompanied_;
      children_starting_.count(child.started_in, entries_.year());
    }
    in_care_.add(e.time, +1);
  }
  void on(const model::ChildLeftCare& e) override {
    if (exits_.count(e.time)) {
      Child& child = children_[e.child];
      // Why and how old, as the DfE counts them: at the child's last ceasing in the year,
      // so an earlier one in the same year gives way.
      if (child.ceased_in == static_cast<std::int32_t>(exits_.year())) {
        --ceased_by_reason_[child.ceased_reason];
        --ceased_by_age_[child.ceased_age_group];
      }
      child.ceased_reason = static_cast<std::uint8_t>(e.reason);
      child.ceased_age_group = static_cast<std::uint8_t>(age_group_on_leaving(e));
      ++ceased_by_reason_[child.ceased_reason];
      ++ceased_by_age_[child.ceased_age_group];
      children_ceasing_.count(child.ceased_in, exits_.year());
    }
    in_care_.add(e.time, -1);
  }
  void on(const model::MonthEnded& e) override;
  void report(Measurements& out) override;

 private:
  void add_yearly_rates(Measurements& out, const std::string& in, long in_count, const std::string& out_name,
                        long out_count) const;
  // The DfE's age groups on ceasing: the entry bands, then 18 and over.
  static constexpr std::size_t kExitAgeGroupCount = kAgeBandCount + 1;
  std::size_t age_group_on_leaving(const model::ChildLeftCare& e) const {
    const int age = kernel::age_in_years(e.born, kernel::year_day(window_.clock.date_at(e.time)));
    return age >= 18 ? kAgeBandCount : age_band_index(age);
  }

  // The financial years a child was last counted in as starting and as ceasing (-1: never),
  // and why and how old it was when it last ceased.
  struct Child {
    std::int32_t started_in = -1;
    std::int32_t ceased_in = -1;
    std::uint8_t ceased_reason = 0;
    std::uint8_t ceased_age_group = 0;
  };

  const ReportingWindow& window_;
  Per10k per_10k_;
  TimeWeighted in_care_;
  YearlyFlow entries_, exits_;  // every episode's start and end
  ChildRecords<Child> children_;
  ChildrenInYear children_starting_, children_ceasing_;
  long re_entries_ = 0;
  long unaccompanied_ = 0;
  std::array<long, model::kLeavingReasonCount> ceased_by_reason_{};  // children ceasing, at their last in the year
  std::array<long, kExitAgeGroupCount> ceased_by_age_{};
  std::vector<double> in_care_at_month_end_;
  long entries_before_month_ = 0, exits_before_month_ = 0;  // the horizon's totals at the last month end
  std::vector<double> entries_by_month_, exits_by_month_;
};

}  // namespace caresim::metrics
