#include "metrics/recorder.hpp"

#include <array>
#include <cstdint>
#include <stdexcept>
#include <tuple>
#include <type_traits>
#include <vector>

#include "metrics/adviser_caseloads.hpp"
#include "metrics/advisers_by_age.hpp"
#include "metrics/breakdown_rate.hpp"
#include "metrics/care_flows.hpp"
#include "metrics/carer_flows.hpp"
#include "metrics/caseloads.hpp"
#include "metrics/children_in_care.hpp"
#include "metrics/children_on_31_march.hpp"
#include "metrics/cost_accounts.hpp"
#include "metrics/in_house_homes.hpp"
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

// Each fact's place in the publisher's list, for the masks of facts each metric takes.
template <class Fact>
constexpr int fact_bit() {
  int bit = 0, found = -1;
  model::EventPublisher::for_each_fact([&]<class Listed>(std::type_identity<Listed>) {
    if (std::is_same_v<Listed, Fact>) found = bit;
    ++bit;
  });
  return found;
}
static_assert(fact_bit<model::AdviserSupportEnded>() < 64, "a metric's facts are a 64-bit mask");

}  // namespace

// The metrics are members of one object rather than observers of the publisher each: the
// recorder takes each fact once and hands it to the metrics that subscribed to it with
// direct calls, which the compiler can inline, instead of a virtual call per metric per fact.
struct Recorder::Metrics {
  Metrics(const ReportingWindow& window, const scenario::Scenario& scenario,
          const scenario::SocialWorkersSpec* social_workers, const scenario::PersonalAdvisersSpec* advisers)
      : horizon(window),
        calendar(window),
        care_flows(window, Per10k(scenario.children.population_under_18)),
        placement_mix(window),
        in_house_occupancy(window),
        carer_flows(window),
        waiting_times(window),
        placement_stability(window),
        breakdown_rate(window),
        new_placements(window, scenario::models_distance(scenario)),
        snapshot_31_march(Per10k(scenario.children.population_under_18), scenario::models_distance(scenario)),
        children_on_31_march(),
        match_quality(window, scenario::models_distance(scenario), scenario.matching.need_above_skill_levels > 0),
        staying_put(window),
        caseloads(window, social_workers),
        staffing(window, social_workers != nullptr),
        social_worker_stability(window, social_workers != nullptr),
        adviser_caseloads(window, advisers),
        advisers_by_age(window, advisers != nullptr),
        cost_accounts(window, scenario),
        in_house_homes(window, scenario) {}

  // Every metric, in the order they report.
  auto all() {
    return std::tie(calendar, care_flows, placement_mix, in_house_occupancy, carer_flows,
                    waiting_times, placement_stability, breakdown_rate, new_placements, snapshot_31_march,
                    children_on_31_march, match_quality, staying_put, caseloads, staffing, social_worker_stability,
                    adviser_caseloads, advisers_by_age, cost_accounts, in_house_homes);
  }
  static constexpr std::size_t kCount = 20;

  // Whether the children in care are kept up to date with this fact.
  template <class Fact>
  static constexpr bool kKeptInChildren = requires(ChildrenInCare& children, const Fact& fact) { children.on(fact); };
  // The facts the recorder takes whether a metric subscribed or not: those that keep the
  // children in care, and 31 March, when the metrics that read the children in care on the
  // day are shown them, in one walk for all.
  template <class Fact>
  static constexpr bool kAlwaysTaken = kKeptInChildren<Fact> || std::is_same_v<Fact, model::YearEnded>;

  // The metrics that subscribe to facts; the others read the children in care at 31 March.
  template <class M>
  static constexpr bool kTakesFacts = std::is_base_of_v<Metric, M>;

  // The metrics of a mechanism the scenario can leave out (social workers, personal advisers,
  // costs, the council's homes), which then subscribe to nothing. Every other metric always
  // subscribes to every fact it has `on` for (subscribe_to checks), so it is called without
  // asking.
  template <class M>
  static constexpr bool kCanBeOff = std::is_same_v<M, Caseloads> || std::is_same_v<M, Staffing> ||
                                    std::is_same_v<M, SocialWorkerStability> || std::is_same_v<M, AdviserCaseloads> ||
                                    std::is_same_v<M, AdvisersByAge> || std::is_same_v<M, CostAccounts> ||
                                    std::is_same_v<M, InHouseHomes>;

  // The fact to the children in care, then to each metric that subscribed to it, by the
  // metric's own type: a metric that does not declare `on` for this fact is not called at all.
  // `kAskCanBeOff`: whether some metric that can be off took this fact; if none did (the
  // scenario left their mechanisms out), they are not even asked.
  template <class Fact, bool kAskCanBeOff>
  static void deliver(void* self, const Fact& fact) {
    auto& metrics = *static_cast<Metrics*>(self);
    if constexpr (kKeptInChildren<Fact>) metrics.children.on(fact);
    // The metrics count only the 31 Marches of the horizon; each child's count of placements
    // in the year starts again on every one.
    if constexpr (std::is_same_v<Fact, model::YearEnded>) {
      if (metrics.horizon.contains(fact.time))
        metrics.children.read_on_31_march(fact, metrics.placement_stability, metrics.snapshot_31_march,
                                          metrics.children_on_31_march);
      else
        metrics.children.read_on_31_march(fact);
    }
    constexpr std::uint64_t bit = std::uint64_t{1} << fact_bit<Fact>();
    std::apply(
        [&](auto&... metric) {
          std::size_t i = 0;
          (
              [&]<class M>(M& m) {
                if constexpr (!requires { m.on(fact); }) {
                } else if constexpr (!kCanBeOff<M>) {
                  m.on(fact);
                } else if constexpr (kAskCanBeOff) {
                  if (metrics.takes[i] & bit) m.on(fact);
                }
                ++i;
              }(metric),
              ...);
        },
        metrics.all());
  }

  // Who took `Fact`: whether every metric that cannot be off and has `on` for it took it (as
  // it must), and whether some metric that can be off took it.
  struct Takers {
    bool all_always_on = true;
    bool any_can_be_off = false;
  };
  template <class Fact>
  Takers takers() {
    constexpr std::uint64_t bit = std::uint64_t{1} << fact_bit<Fact>();
    Takers found;
    std::size_t i = 0;
    std::apply(
        [&](auto&... metric) {
          (
              [&]<class M>(M& m) {
                const bool took = takes[i++] & bit;
                if constexpr (kCanBeOff<M>)
                  found.any_can_be_off = found.any_can_be_off || took;
                else if constexpr (requires(const Fact& fact) { m.on(fact); })
                  found.all_always_on = found.all_always_on && took;
              }(metric),
              ...);
        },
        all());
    return found;
  }

  // The position of `observer` among the metrics, or kCount if it is not one of them.
  std::size_t position_of(const model::CareObserver* observer) {
    std::size_t found = kCount, i = 0;
    std::apply(
        [&](auto&... metric) {
          (
              [&]<class M>(M& m) {
                if constexpr (kTakesFacts<M>) found = observer == &m ? i : found;
                ++i;
              }(metric),
              ...);
        },
        all());
    return found;
  }

  const ReportingWindow& horizon;
  ChildrenInCare children;  // read by the 31 March metrics
  MonthCalendar calendar;
  CareFlows care_flows;
  PlacementMix placement_mix;
  InHouseOccupancy in_house_occupancy;
  CarerFlows carer_flows;
  WaitingTimes waiting_times;
  PlacementStability placement_stability;
  BreakdownRate breakdown_rate;
  NewPlacements new_placements;
  Snapshot31March snapshot_31_march;
  ChildrenOn31March children_on_31_march;
  MatchQuality match_quality;
  StayingPut staying_put;
  Caseloads caseloads;
  Staffing staffing;
  SocialWorkerStability social_worker_stability;
  AdviserCaseloads adviser_caseloads;
  AdvisersByAge advisers_by_age;
  CostAccounts cost_accounts;
  InHouseHomes in_house_homes;
  std::array<std::uint64_t, kCount> takes{};  // by metric: a bit for each fact it subscribed to
};

Recorder::Recorder(const ReportingWindow& window, const scenario::Scenario& scenario) {
  const auto* workforce = scenario.workforce ? &*scenario.workforce : nullptr;
  const auto* social_workers = workforce && workforce->social_workers ? &*workforce->social_workers : nullptr;
  const auto* advisers = workforce && workforce->personal_advisers ? &*workforce->personal_advisers : nullptr;
  metrics_ = std::make_unique<Metrics>(window, scenario, social_workers, advisers);
  static_assert(std::tuple_size_v<decltype(metrics_->all())> == Metrics::kCount);
}

Recorder::~Recorder() = default;

// The metrics subscribe as they always do, but to a scratch publisher that tells which
// facts each takes; the recorder then subscribes once per fact for all of them. Observers
// the metrics subscribed besides themselves (the cost accounts' lines) stay observers.
void Recorder::subscribe_to(model::EventPublisher& publisher) {
  model::EventPublisher scratch;
  std::apply(
      [&](auto&... metric) {
        (
            [&]<class M>(M& m) {
              if constexpr (Metrics::kTakesFacts<M>) m.subscribe(scratch);
            }(metric),
            ...);
      },
      metrics_->all());
  model::EventPublisher::for_each_fact([&]<class Fact>(std::type_identity<Fact>) {
    std::vector<model::CareObserver*> others;
    bool taken = false;
    for (model::CareObserver* observer : scratch.observers<Fact>()) {
      const std::size_t i = metrics_->position_of(observer);
      if (i == Metrics::kCount) {
        others.push_back(observer);
      } else {
        metrics_->takes[i] |= std::uint64_t{1} << fact_bit<Fact>();
        taken = true;
      }
    }
    const Metrics::Takers takers = metrics_->takers<Fact>();
    if (!takers.all_always_on)
      throw std::logic_error("a metric that cannot be switched off did not subscribe to a fact it counts");
    if (taken || Metrics::kAlwaysTaken<Fact>)
      publisher.subscribe<Fact>(metrics_.get(), takers.any_can_be_off ? &Metrics::deliver<Fact, true>
                                                                       : &Metrics::deliver<Fact, false>);
    for (model::CareObserver* observer : others) publisher.subscribe<Fact>(*observer);
  });
}

Measurements Recorder::report() {
  Measurements out;
  std::apply([&](auto&... metric) { (metric.report(out), ...); }, metrics_->all());
  return out;
}

}  // namespace caresim::metrics
