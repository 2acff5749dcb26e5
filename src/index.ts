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
export { defineDistribution, recipesOf, RECIPES, type DistributionCore, type DistributionRecipes } from './distributions/base.ts';
export { closedLowerPartialMean } from './distributions/closedLowerPartialMean.ts';
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
export { logLowerPartialMean, lowerTailMean, nearestAtom, hasAtom } from './distributions/lowerPartialMean.ts';
export { gumbelLowerTailMean } from './distributions/gumbel.ts';

// Numerics
export {
  log1mExp, log1pExp, logAddExp, logSubExp, logSumExp, lsum, toSignedLog, fromSignedLog, type SignedLog,
} from './numerics/logspace.ts';
export { isExactAffine, isExactSum, sumError, twoProduct, twoSum } from './numerics/errorFree.ts';
export { isClose, relativeError, logScaledError, type Tolerance } from './numerics/tolerance.ts';
export { seededRng, type Rng } from './numerics/rng.ts';
export { binaryKl, binaryKlReverse, binaryKlFromProbs, klCategorical, totalVariationBound } from './numerics/kl.ts';
export { integrate, integrateBoth, logIntegrate, type QuadratureResult, type QuadratureOptions } from './numerics/quadrature.ts';
export { tanhSinh } from './numerics/tanhSinh.ts';
export { brent, bisectLog, expandBracket } from './numerics/roots.ts';
export { reweightKl } from './numerics/reweightKl.ts';
export { expectationByQuadrature, logMgfByQuadrature, tiltedMeanByQuadrature } from './numerics/expectation.ts';
export { logMgfNegativeTilt, type StandardizedPositive } from './numerics/negativeTiltMgf.ts';
export { lgamma } from './numerics/special/lgamma.ts';
export { erfcx, erfcxRatio, erfc, erf } from './numerics/special/erfcx.ts';
export { logPhic, logPhi, millsRatio } from './numerics/special/normalTail.ts';
export { logIbeta, betacf, lbeta } from './numerics/special/incompleteBeta.ts';
export { logLowerRegGamma, logUpperRegGamma } from './numerics/special/incompleteGamma.ts';
export { logHurwitzZeta, scaledExpIntegralE } from './numerics/special/hurwitzZeta.ts';

// Constructions from the proofs
export { tailReweight, type TailReweighting } from './constructions/tailReweight.ts';
export { dvBound, meanRoundingOf, type DvBound } from './constructions/dvBound.ts';
export { findHighMeanWitness } from './constructions/highMeanWitness.ts';
export { tilt, tiltKl } from './constructions/tilt.ts';
export { klOptimum } from './constructions/klOptimum.ts';
export { quantilize } from './constructions/quantilize.ts';
export { applyReweighting, type ReweightingSpec } from './constructions/reweighting.ts';
export { reweightingArbitrary } from './arbitraries/reweighting.ts';
export { tailMeanBracket, type TailMeanBracket } from './constructions/logLogWitnessTailMean.ts';
export { findLogLogWitness, type LogLogWitness } from './constructions/logLogWitness.ts';
export { bennettRange, bennettUpperBound, conditionedLowerBound } from './constructions/t3DecayCertificate.ts';
export { tailMixtureWitness, type MixtureWitness } from './constructions/t3MixtureWitness.ts';

// Conditioning (T5, T6, the paper's footnote): E[V | X + V > t] in log space with error estimates
export { conditionalUtilityMean, conditionalMeanOfPair, type ConditionalMean } from './constructions/conditioning/conditionalMean.ts';
export { conditionalMeanFast } from './constructions/conditioning/conditionalMeanFast.ts';
export { tailRatioDecision, type TailRatioDecision } from './constructions/conditioning/tailRatio.ts';
export { bigJumpLowerBound } from './constructions/conditioning/bigJumpBound.ts';
export { footnoteConditionalMean } from './constructions/conditioning/footnotePair.ts';
export { tiltDeviationBound, tiltBoundDefined } from './constructions/conditioning/tiltDeviationBound.ts';
export { t6TiltBound } from './constructions/conditioning/t6TiltBound.ts';
export { hazardEnvelope } from './constructions/conditioning/hazardEnvelope.ts';
export { hazardFloor } from './constructions/conditioning/hazardFloor.ts';

// Remedies: bounded reward, odds-ratio cap / quantilizer, KL cap, sigmoid; the toy model
export { optimumExistsVerdict, positiveUtilityVerdict as boundedRewardPositiveUtilityVerdict } from './constructions/remedies/boundedRewardVerdicts.ts';
export { limitShift, saturationDependsOnV } from './constructions/remedies/weakPenaltyLimit.ts';
export { weakPenaltyPairVerdict } from './constructions/remedies/weakPenaltyLimit.ts';
export { weakPenaltyCopulaVerdict, copulaWeakPenaltyLimit } from './constructions/remedies/weakPenaltyCopula.ts';
export { saturationDependsOnVDiscreteNoise, vSupportEnds, weakPenaltyDiscreteNoiseVerdict } from './constructions/remedies/weakPenaltyDiscreteNoise.ts';
export { atomClasses, certifiedSign, classifyAtom, rightTailOfAtoms, type AtomClass, type RightTail } from './constructions/remedies/discreteNoiseAtomClasses.ts';
export { copulaTiltEnclosure, type CopulaEnclosure } from './constructions/remedies/copulaTiltEnclosure.ts';
export { quantileCouplingPair } from './constructions/remedies/copulaPairs.ts';
export { boundedRewardPair } from './constructions/remedies/boundedRewardPairs.ts';
export { logMeanHOverAtoms, logMeanHGapOverAtoms } from './constructions/remedies/discreteNoiseWeights.ts';
export { hGap, logRewardRise } from './constructions/remedies/rewardGap.ts';
export { quantilizerShift } from './constructions/remedies/oddsRatio.ts';
export { costBound } from './constructions/remedies/quantilizerCost.ts';
export { costBoundVerdict, capCheck } from './constructions/remedies/quantilizerCertificate.ts';
export { productMinusSign } from './constructions/remedies/productSign.ts';
export { capTilt } from './constructions/remedies/klCap.ts';
export { squashOf, type SquashSpec } from './constructions/sigmoid/squash.ts';
export { twoSidedDv } from './constructions/sigmoid/penalisedVerdict.ts';
export { meanUClass, specMeanClass, meanClassOf, addClasses, type MeanClass } from './constructions/sigmoid/pairMeans.ts';
export { extendedOddsRatioPairVerdict } from './constructions/remedies/extendedOddsRatio.ts';
export { discreteNoiseOddsRatioVerdict, discreteNoiseQuantilizerShift } from './constructions/remedies/discreteNoiseOddsRatio.ts';
export { copulaOddsRatioVerdict, comonotoneQuantilizerShift } from './constructions/remedies/copulaOddsRatio.ts';
export { discreteX, discreteNoisePair, comonotonePair, extendedOddsRatioPair, discreteNoiseAtTheCap } from './constructions/remedies/extendedOddsRatioPairs.ts';
export { nonDegenerateV, atomlessX } from './constructions/remedies/pairHypotheses.ts';
export { atomPartsOf } from './constructions/remedies/atomLattice.ts';
export { atomSum } from './constructions/remedies/atomSums.ts';
export { toyQuantities, balancedTheta, type ToyPoint, type ToyQuantities } from './constructions/toyModel/toyModel.ts';
export { returnRatio } from './constructions/toyModel/returns.ts';
export { lazyRhoGrid } from './constructions/toyModel/rhoGrid.ts';
export { logBulkPartialMean } from './constructions/toyModel/bulkPartialMean.ts';

// Deterministic-transition MDPs (T2, the headline and T4 on policies)
export type { MdpSpec, StateSpec, ChoiceAction, PolicySpec, StatePolicy, LeafPolicy, ReturnKind } from './mdp/types.ts';
export { basePolicy, returnOf } from './mdp/types.ts';
export { checkMdp, type CheckedMdp } from './mdp/validate.ts';
export { checkPolicy, stateKl, stateKls } from './mdp/policy.ts';
export { trajectoryPaths, type TrajectoryPath } from './mdp/paths.ts';
export { returnLawSpec, returnMean } from './mdp/returnLaw.ts';
export { occupancy, dTrajByStates, kAvgByStates, meanByStates } from './mdp/stateDp.ts';
export { dTrajByPaths, kAvgByPaths } from './mdp/policyKl.ts';
export { hTransformTwoPiece, type HTransform } from './mdp/hTransform.ts';
export { softBellman, policyObjective, type SoftBellman } from './mdp/softBellman.ts';
export { mdpArbitrary, type MdpConstraints } from './mdp/arbitrary.ts';
export { checkXv, PART_X, PART_V, PART_U, type XvMdpSpec } from './mdp/xv.ts';
export { partLawSpec, partMeanByPaths, partMeanByStates } from './mdp/xvParts.ts';
export { xvMdpArbitrary } from './mdp/xvArbitrary.ts';
export { meanVByStates, meanVByTilt } from './mdp/t4Mean.ts';

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
