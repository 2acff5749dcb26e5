/**
 * `defineDistribution` fills in the methods of a Distribution that follow from a family's core
 * log-space kernels, so that every family derives them the same way.
 */
import { fromSignedLog, type SignedLog } from '../numerics/logspace.ts';
import type { Rng } from '../numerics/rng.ts';
import type { Distribution, DistributionSpec, Support, TailProfile } from './types.ts';

/** What a family must supply; the rest of Distribution is derived. */
export interface DistributionCore {
  readonly spec: DistributionSpec;
  readonly support: Support;
  readonly tails: { readonly right: TailProfile; readonly left: TailProfile };
  logPdf(x: number): number;
  logCdf(x: number): number;
  logSf(x: number): number;
  quantile(p: number): number;
  mean(): number;
  variance(): number;
  logPartialMean(t: number): SignedLog;
  logMgf(lambda: number): number;
  /** defaults to 0 (continuous laws) */
  massAt?(x: number): number;
  /** defaults to inversion, quantile(u) */
  sample?(rng: Rng): number;
  /** defaults to the log-space ratio of logPartialMean and logSf */
  tailMean?(t: number): number;
  /** defaults to e^{logCdf}; supply when 1 − sf is more accurate in some region */
  cdf?(x: number): number;
  /** defaults to e^{logSf} */
  sf?(x: number): number;
  /**
   * Exact recipes read by lowerPartialMean.ts (kept on the built object under RECIPES, not in a WeakMap: a
   * WeakMap entry per short-lived law is an ephemeron the garbage collector must trace). Combinators and
   * families with closed forms supply them:
   * E[X·1{X < u}] (strict) as a SignedLog;
   */
  lowerPartialMean?(u: number): SignedLog;
  /** E[X | X < u] (strict), a direct form where the log-space ratio loses accuracy; */
  lowerTailMean?(u: number): number;
  /** the atom of a discrete law nearest x (see lowerPartialMean.ts nearestAtom). */
  nearestAtom?(x: number): number;
}

/** The optional recipes of a DistributionCore, as stored on the built Distribution under RECIPES. */
export type DistributionRecipes = Pick<DistributionCore, 'lowerPartialMean' | 'lowerTailMean' | 'nearestAtom'>;

/** The key under which a built Distribution keeps its recipes (its core: a symbol, so JSON and Object.keys skip it). */
export const RECIPES: unique symbol = Symbol('goodhart.distributionRecipes');

/** The recipes a Distribution was built with (undefined for an object not made by defineDistribution). */
export function recipesOf(d: Distribution): DistributionRecipes | undefined {
  return (d as { [RECIPES]?: DistributionRecipes })[RECIPES];
}

const zeroMass = (x: number): number => (Number.isNaN(x) ? NaN : 0);


/** E[X | X > t] = m(t)/F̄(t) formed as a difference of logs, so it survives F̄(t) underflowing. */
export function tailMeanFromLogs(pm: SignedLog, logSf: number): number {
  if (Number.isNaN(pm.log) || Number.isNaN(logSf)) return NaN;
  if (logSf === -Infinity) return NaN;
  if (pm.sign === 0) return 0;
  if (pm.log === Infinity) return pm.sign * Infinity;
  return pm.sign * Math.exp(pm.log - logSf);
}

/**
 * The Distribution of a core. The core's own kernels are used as they are (the same function objects: they
 * must not rely on `this` being the core); the derived methods are method shorthand or arrows in `??` (not
 * a named position), closing over the core.
 * Method shorthand, not arrow properties: tsx/esbuild with keepNames wraps every arrow in an object literal in
 * `__name(fn, "name")`, an Object.defineProperty per closure per build (measured: ~14% of building an affine
 * normal, plus the garbage it leaves).
 */
export function defineDistribution(core: DistributionCore): Distribution {
  const { logPdf, logCdf, logSf, logPartialMean } = core;
  const d = {
    spec: core.spec,
    support: core.support,
    tails: core.tails,
    mgfSup: core.tails.right.mgfSup,
    tailClass: core.tails.right.tailClass,
    logPdf,
    pdf(x: number): number {
      return Math.exp(logPdf(x));
    },
    massAt: core.massAt ?? zeroMass,
    cdf: core.cdf ?? ((x: number): number => Math.exp(logCdf(x))),
    logCdf,
    sf: core.sf ?? ((x: number): number => Math.exp(logSf(x))),
    logSf,
    quantile: core.quantile,
    mean: core.mean,
    variance: core.variance,
    logPartialMean,
    partialMean(t: number): number {
      return fromSignedLog(logPartialMean(t));
    },
    tailMean: core.tailMean ?? ((t: number): number => tailMeanFromLogs(logPartialMean(t), logSf(t))),
    logMgf: core.logMgf,
    sample: core.sample ?? ((rng: Rng): number => core.quantile(rng())),
  } satisfies Distribution;
  // non-enumerable, so that a wrapper built by spreading a law ({ ...d, logSf }) does not inherit recipes that
  // describe the original law
  Object.defineProperty(d, RECIPES, { value: core as DistributionRecipes, enumerable: false });
  return Object.freeze(d);
}
