// Common random numbers post by post and case by case: what is drawn for a post (its holders'
// leaving and sickness, its vacancies' recruitment and cover) and for a child's case (its
// transfer and moves) comes from that post's or that child's own streams, so what happens to
// other posts and other children leaves it as it was.
#include <catch2/catch.hpp>

#include <algorithm>
#include <initializer_list>
#include <utility>
#include <vector>

#include "workforce_script.hpp"

using namespace caresim;
using namespace caresim::testing;

namespace {

constexpr double kTenYears = 3650;

// The days on which the case of the child with this id moved to another worker.
struct CaseMoves final : model::CareObserver {
  explicit CaseMoves(std::uint32_t watched) : child(watched) {}
  void on(const model::CaseReleased& e) override {
    if (e.reason != model::CaseEnding::moved) return;
    ++all_moves;
    if (model::index_of(e.child) == child) days.push_back(kernel::ticks_to_days(e.time));
  }
  std::uint32_t child;
  std::vector<double> days;
  long all_moves = 0;
};

// Ten children enter on days 1 to 10; unless `others_stay`, all but child 0 leave on day 30.
// Workers never leave, and no worker is ever at the cap, so a move always finds a colleague.
CaseMoves moves_of_child_0(bool others_stay) {
  auto s = minimal_scenario();
  auto workers = county_team(4, 15, 20, 0);
  workers.transfer_after_entry = scenario::CaseTransferSpec{0.8, exponential_days(60)};
  workers.case_moves_per_year = 2;
  s.workforce = with_social_workers(workers);
  WorkforceScript script(s);
  CaseMoves seen(0);
  script.publisher().subscribe<model::CaseReleased>(seen);
  for (std::uint32_t child = 0; child < 10; ++child) script.enter(1 + child, child);
  if (!others_stay)
    for (std::uint32_t child = 1; child < 10; ++child) script.leave(30, child);
  script.run_to(kTenYears);
  return seen;
}

// Each opening and filling of a vacancy in one team's posts (by the post's place in the team),
// and each agency worker starting in the team, with its day.
struct TeamStaffing final : model::CareObserver {
  enum class What { opened, filled, agency_started };
  TeamStaffing(model::TeamId watched, std::uint32_t first_post) : team(watched), first(first_post) {}
  void on(const model::VacancyOpened& e) override { note(e.team, model::index_of(e.post), What::opened, e.time); }
  void on(const model::VacancyFilled& e) override { note(e.team, model::index_of(e.post), What::filled, e.time); }
  void on(const model::SocialWorkerJoined& e) override {
    if (e.contract == model::Contract::agency) note(e.team, first, What::agency_started, e.time);
  }
  void note(model::TeamId in, std::uint32_t post, What what, kernel::Ticks time) {
    if (in == team) events.push_back({post - first, what, time});
  }
  struct Event {
    std::size_t place;
    What what;
    kernel::Ticks time;
    bool operator==(const Event&) const = default;
  };
  // The events of one kind.
  std::vector<Event> of(std::initializer_list<What> kinds) const {
    std::vector<Event> found;
    for (const Event& e : events)
      if (std::find(kinds.begin(), kinds.end(), e.what) != kinds.end()) found.push_back(e);
    return found;
  }
  model::TeamId team;
  std::uint32_t first;  // the team's first post: the teams' posts are numbered team by team
  std::vector<Event> events;
};

// How often workers leave, a year, and the chance that agency staff cover a vacancy.
struct Turnover {
  double permanent_leaving = 0.5;
  double cover = 0.7;
  double agency_leaving = 1;
};

// Teams of `posts` each; what happens in team `watched` over ten years. Workers leave and are
// off sick; vacancies are covered by agency workers, some of them, and filled by recruits.
TeamStaffing staffing_of(std::size_t watched, std::vector<int> posts, Turnover turnover = {}) {
  auto s = minimal_scenario();
  auto workers = county_team(3, 15, 20, turnover.permanent_leaving);
  workers.establishment_by_team = posts;
  workers.agency_cover = scenario::AgencyCoverSpec{turnover.cover, exponential_days(20), turnover.agency_leaving};
  workers.sickness = scenario::SicknessSpec{2, exponential_days(5)};
  s.workforce = with_social_workers(workers);
  WorkforceScript script(s);
  std::uint32_t first = 0;
  for (std::size_t t = 0; t < watched; ++t) first += static_cast<std::uint32_t>(posts[t]);
  TeamStaffing seen(model::TeamId{static_cast<std::uint16_t>(watched)}, first);
  script.publisher().subscribe<model::VacancyOpened, model::VacancyFilled, model::SocialWorkerJoined>(seen);
  script.run_to(kTenYears);
  return seen;
}

}  // namespace

TEST_CASE("a child's case moves on the same days whether other children stay in care or leave", "[model][random]") {
  // The others' cases draw transfers and moves while they are in care: from a stream shared by
  // all cases, child 0's later moves would come on other days when they leave early.
  const CaseMoves staying = moves_of_child_0(true), leaving = moves_of_child_0(false);
  CHECK(staying.all_moves > leaving.all_moves + 50);  // the two runs do differ
  CHECK(staying.days.size() > 10);
  CHECK(staying.days == leaving.days);
}

TEST_CASE("a post's vacancies open and fill on the same days however many posts another team has",
          "[model][random]") {
  // The other team's posts draw their holders' leaving and sickness and their vacancies'
  // recruitment and cover: from streams shared by all posts, drawn in the order things happen,
  // a team's posts would see other days with two more of them; from streams numbered by the
  // posts' order over all teams, so would a later team's.
  using What = TeamStaffing::What;
  for (const std::size_t watched : {0, 1}) {
    INFO("team " << watched);
    std::vector<int> two{3, 3}, four{3, 3};
    two[1 - watched] = 2;
    four[1 - watched] = 4;
    const auto vacancies = [&](const std::vector<int>& posts) {
      return staffing_of(watched, posts).of({What::opened, What::filled});
    };
    const auto with_two = vacancies(two);
    CHECK(with_two.size() > 20);
    CHECK(with_two == vacancies(four));
  }
}

TEST_CASE("permanent workers leave, and vacancies open, fill and are first covered, on the same days however long "
          "agency workers stay",
          "[model][random]") {
  // An agency worker who leaves sooner draws another cover sooner, and draws its own leaving
  // and sickness: from the post's permanent holders' streams, or the stream of its vacancies'
  // first cover, these would shift what comes after.
  using What = TeamStaffing::What;
  const TeamStaffing staying = staffing_of(0, {3}, {.cover = 1}), leaving_soon = staffing_of(0, {3}, {.cover = 1, .agency_leaving = 6});
  const auto vacancies = [](const TeamStaffing& seen) { return seen.of({What::opened, What::filled}); };
  CHECK(vacancies(staying).size() > 20);
  CHECK(vacancies(staying) == vacancies(leaving_soon));
  CHECK(staying.of({What::agency_started}).size() + 10 < leaving_soon.of({What::agency_started}).size());
  // One post: each vacancy's first agency worker starts on the same day in both.
  const auto first_covers = [](const TeamStaffing& seen) {
    std::vector<kernel::Ticks> days;
    bool awaiting_cover = false;
    for (const auto& e : seen.events) {
      if (e.what == What::opened) awaiting_cover = true;
      if (e.what == What::filled) awaiting_cover = false;
      if (e.what == What::agency_started && awaiting_cover) {
        days.push_back(e.time);
        awaiting_cover = false;
      }
    }
    return days;
  };
  const auto one_post = [&](double agency_leaving) {
    return first_covers(staffing_of(0, {1}, {.permanent_leaving = 2, .agency_leaving = agency_leaving}));
  };
  const auto slow = one_post(1);
  CHECK(slow.size() > 8);
  CHECK(slow == one_post(6));
}
