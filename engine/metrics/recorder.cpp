#include "metrics/recorder.hpp"

#include "metrics/adviser_caseloads.hpp"
#include "metrics/advisers_by_age.hpp"
#include "metrics/available_places.hpp"
#include "metrics/breakdown_rate.hpp"
#include "metrics/care_flows.hpp"
#include "metrics/carer_flows.hpp"
#include "metrics/caseloads.hpp"
#include "metrics/children_on_31_march.hpp"
#include "metrics/cost_accounts.hpp"
#include "metrics/in_house_occupancy.hpp"
#include "metrics/match_quality.hpp"
#include "metrics/new_placements.hpp"
#include "metrics/placement_mix.hpp"
#include "metrics/placement_stability.hpp"
#include "metrics/snapshot_31_march.hpp"
#include "metrics/social_worker_stability.hpp"
#include "metrics/staffing.hpp"
#include "metrics/staying_put.hpp"
#include "metrics/waiting_times.hpp"

namespace caresim::metrics {
namespace {

// The month-end dates and financial years of the reported horizon, the time axes of every
// series and yearly flow.
class MonthCalendar final : public Metric {
 public:
  explicit MonthCalendar(const ReportingWindow& window) : window_(window) {}
  void subscribe(model::EventPublisher& publisher) override { publisher.subscribe<model::MonthEnded>(*this); }
  void on(const model::MonthEnded& e) override {
    if (window_.contains(e.time)) months_.push_back(e.date);
  }
  void report(Measurements& out) override {
    out.months = std::move(months_);
    out.financial_years = window_.financial_years;
  }

 private:
  const ReportingWindow& window_;
  std::vector<kernel::Date> months_;
};

}  // namespace

Recorder::Recorder(const ReportingWindow& window, const scenario::Scenario& scenario) : window_(window) {
  const auto* workforce = scenario.workforce ? &*scenario.workforce : nullptr;
  const auto* social_workers = workforce && workforce->social_workers ? &*workforce->social_workers : nullptr;
  const auto* advisers = workforce && workforce->personal_advisers ? &*workforce->personal_advisers : nullptr;
  metrics_.push_back(std::make_unique<MonthCalendar>(window_));
  metrics_.push_back(std::make_unique<CareFlows>(window_));
  metrics_.push_back(std::make_unique<PlacementMix>(window_));
  metrics_.push_back(std::make_unique<InHouseOccupancy>(window_));
  metrics_.push_back(std::make_unique<AvailablePlaces>(window_));
  metrics_.push_back(std::make_unique<CarerFlows>(window_));
  metrics_.push_back(std::make_unique<WaitingTimes>(window_));
  metrics_.push_back(std::make_unique<PlacementStability>(window_));
  metrics_.push_back(std::make_unique<BreakdownRate>(window_));
  metrics_.push_back(std::make_unique<NewPlacements>(window_));
  metrics_.push_back(std::make_unique<Snapshot31March>(window_));
  metrics_.push_back(std::make_unique<ChildrenOn31March>(window_));
  metrics_.push_back(std::make_unique<MatchQuality>(window_));
  metrics_.push_back(std::make_unique<StayingPut>(window_));
  metrics_.push_back(std::make_unique<Caseloads>(window_, social_workers));
  metrics_.push_back(std::make_unique<Staffing>(window_, social_workers != nullptr));
  metrics_.push_back(std::make_unique<SocialWorkerStability>(window_, social_workers != nullptr));
  metrics_.push_back(std::make_unique<AdviserCaseloads>(window_, advisers));
  metrics_.push_back(std::make_unique<AdvisersByAge>(window_, advisers != nullptr));
  metrics_.push_back(std::make_unique<CostAccounts>(window_, scenario));
}

void Recorder::subscribe_to(model::EventPublisher& publisher) {
  for (const auto& metric : metrics_) metric->subscribe(publisher);
}

Measurements Recorder::report() {
  Measurements out;
  for (const auto& metric : metrics_) metric->report(out);
  return out;
}

}  // namespace caresim::metrics
