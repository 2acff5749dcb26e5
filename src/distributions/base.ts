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
}

/** E[X | X > t] = m(t)/F̄(t) formed as a difference of logs, so it survives F̄(t) underflowing. */
export function tailMeanFromLogs(pm: SignedLog, logSf: number): number {
  if (Number.isNaN(pm.log) || Number.isNaN(logSf)) return NaN;
  if (logSf === -Infinity) return NaN;
  if (pm.sign === 0) return 0;
  if (pm.log === Infinity) return pm.sign * Infinity;
  return pm.sign * Math.exp(pm.log - logSf);
}

export function defineDistribution(core: DistributionCore): Distribution {
  const d: Distribution = {
    spec: core.spec,
    support: core.support,
    tails: core.tails,
    mgfSup: core.tails.right.mgfSup,
    tailClass: core.tails.right.tailClass,
    logPdf: (x) => core.logPdf(x),
    pdf: (x) => Math.exp(core.logPdf(x)),
    massAt: core.massAt ? (x) => core.massAt!(x) : (x) => (Number.isNaN(x) ? NaN : 0),
    cdf: core.cdf ? (x) => core.cdf!(x) : (x) => Math.exp(core.logCdf(x)),
    logCdf: (x) => core.logCdf(x),
    sf: core.sf ? (x) => core.sf!(x) : (x) => Math.exp(core.logSf(x)),
    logSf: (x) => core.logSf(x),
    quantile: (p) => core.quantile(p),
    mean: () => core.mean(),
    variance: () => core.variance(),
    logPartialMean: (t) => core.logPartialMean(t),
    partialMean: (t) => fromSignedLog(core.logPartialMean(t)),
    tailMean: core.tailMean
      ? (t) => core.tailMean!(t)
      : (t) => tailMeanFromLogs(core.logPartialMean(t), core.logSf(t)),
    logMgf: (lambda) => core.logMgf(lambda),
    sample: core.sample ? (rng) => core.sample!(rng) : (rng) => core.quantile(rng()),
  };
  return Object.freeze(d);
}
