/**
 * goodhart-check: the public API. Explicit named exports, grouped; everything else is internal.
 */

// Errors
export { DomainError, StoreError } from './errors.ts';

// Distributions: specs, building, the interface
export type {
  Distribution, DistributionSpec, Family, SpecOf, Support, TailClass, TailProfile,
} from './distributions/types.ts';
export { build, FAMILIES, isDistributionSpec } from './distributions/build.ts';
export { defineDistribution, type DistributionCore } from './distributions/base.ts';
export { studentT } from './distributions/studentT.ts';
export { pareto } from './distributions/pareto.ts';
export { lomax } from './distributions/lomax.ts';
export { lognormal } from './distributions/lognormal.ts';
export { weibull } from './distributions/weibull.ts';
export { logLogistic } from './distributions/logLogistic.ts';
export { frechet } from './distributions/frechet.ts';
export { cauchy } from './distributions/cauchy.ts';
export { levy } from './distributions/levy.ts';
export { normal } from './distributions/normal.ts';
export { exponential } from './distributions/exponential.ts';
export { gamma } from './distributions/gamma.ts';
export { laplace } from './distributions/laplace.ts';
export { logistic } from './distributions/logistic.ts';
export { gumbel } from './distributions/gumbel.ts';
export { uniform } from './distributions/uniform.ts';
export { beta } from './distributions/beta.ts';
export { pointMass } from './distributions/pointMass.ts';
export { categorical } from './distributions/categorical.ts';
export { zeta } from './distributions/zeta.ts';
export { geometric } from './distributions/geometric.ts';
export { poisson } from './distributions/poisson.ts';
export { affine } from './distributions/affine.ts';
export { mixture } from './distributions/mixture.ts';
export { logLowerPartialMean } from './distributions/lowerPartialMean.ts';

// Numerics
export {
  log1mExp, log1pExp, logAddExp, logSubExp, logSumExp, lsum, toSignedLog, fromSignedLog, type SignedLog,
} from './numerics/logspace.ts';
export { isClose, relativeError, logScaledError, type Tolerance } from './numerics/tolerance.ts';
export { seededRng, type Rng } from './numerics/rng.ts';
export { binaryKl, binaryKlReverse, binaryKlFromProbs, klCategorical, totalVariationBound } from './numerics/kl.ts';
export { integrate, integrateBoth, logIntegrate, type QuadratureResult, type QuadratureOptions } from './numerics/quadrature.ts';
export { tanhSinh } from './numerics/tanhSinh.ts';
export { brent, bisectLog, expandBracket } from './numerics/roots.ts';
export { reweightKl } from './numerics/reweightKl.ts';
export { expectationByQuadrature, logMgfByQuadrature, tiltedMeanByQuadrature } from './numerics/expectation.ts';
export { lgamma } from './numerics/special/lgamma.ts';
export { erfcx, erfc, erf } from './numerics/special/erfcx.ts';
export { logPhic, logPhi, millsRatio } from './numerics/special/normalTail.ts';
export { logIbeta, betacf, lbeta } from './numerics/special/incompleteBeta.ts';
export { logLowerRegGamma, logUpperRegGamma } from './numerics/special/incompleteGamma.ts';
export { logHurwitzZeta } from './numerics/special/hurwitzZeta.ts';

// Constructions from the proofs
export { tailReweight, type TailReweighting } from './constructions/tailReweight.ts';
export { dvBound, type DvBound } from './constructions/dvBound.ts';
export { findHighMeanWitness } from './constructions/highMeanWitness.ts';
export { tilt, tiltKl } from './constructions/tilt.ts';
export { klOptimum } from './constructions/klOptimum.ts';
export { quantilize } from './constructions/quantilize.ts';
export { applyReweighting, type ReweightingSpec } from './constructions/reweighting.ts';
export { reweightingArbitrary } from './arbitraries/reweighting.ts';

// Arbitraries and pairs
export { anyDistribution } from './arbitraries/anyDistribution.ts';
export { heavyTailed } from './arbitraries/heavyTailed.ts';
export { lightTailed } from './arbitraries/lightTailed.ts';
export { pairArbitrary } from './arbitraries/pair.ts';
export { buildPair } from './pairs/buildPair.ts';
export type { Pair, PairSpec } from './pairs/types.ts';

// Claims, store, report
export { defineClaim } from './claims/defineClaim.ts';
export type { Claim, ClaimDefinition, Hypothesis, Verdict, VerdictStatus, Mutant } from './claims/types.ts';
export { verifyClaim, type ClaimResult } from './claims/verify.ts';
export { searchClaim } from './claims/search.ts';
export { checkNecessity } from './claims/necessity.ts';
export { encodeValue, decodeValue, canonicalJson, contentHash } from './store/codec.ts';
export { loadEntries, readEntry } from './store/directoryStore.ts';
export { saveEntry } from './store/save.ts';
export { replayStore, applyReplay } from './store/replay.ts';
export { pruneStore } from './store/prune.ts';
export { writeReports } from './report/write.ts';
export { collectReport, type ReportData } from './report/collect.ts';
