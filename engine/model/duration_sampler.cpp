#include "model/duration_sampler.hpp"

#include "kernel/variates.hpp"

namespace caresim::model {

double draw_days(const scenario::DistributionSpec& spec, kernel::RandomStream& rng) {
  using Kind = scenario::DistributionSpec::Kind;
  switch (spec.kind) {
    case Kind::exponential: return kernel::draw_exponential(rng, spec.mean);
    case Kind::lognormal: return kernel::draw_lognormal(rng, spec.median, spec.sigma);
    case Kind::weibull: return kernel::draw_weibull(rng, spec.shape, spec.scale);
    case Kind::gamma: return kernel::draw_gamma(rng, spec.shape, spec.scale);
    case Kind::fixed: return spec.value;
    case Kind::empirical:
      return kernel::draw_piecewise_linear(rng, spec.empirical_values, spec.empirical_cumulative);
  }
  return spec.value;
}

}  // namespace caresim::model
