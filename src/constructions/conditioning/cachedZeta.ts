/**
 * The zeta law's tail functions with log ζ(s) computed once per law. src/distributions/zeta.ts recomputes
 * log ζ(s) = log ζ(s, 1) (a direct sum of up to ~tailStart(s) terms plus Euler–Maclaurin, hurwitzZeta.ts) at every
 * call of logSf, logCdf and logPdf; the conditioning kernels call them ~10⁴ times per threshold, and the profile of
 * T5 (bench/claims-table.ts) put a fifth of its CPU time there. Same formulas as zeta.ts (DLMF 25.11.1):
 *   log P(X > t) = log ζ(s, n+1) − log ζ(s), log P(X ≤ t) = log H(s, n) − log ζ(s), n = ⌊t⌋,
 * whichever is below ½ directly and the other by log1mExp; log P(X = n) = −s log n − log ζ(s).
 * Other laws are returned unchanged.
 */
import type { Distribution } from '../../distributions/types.ts';
import { log1mExp } from '../../numerics/logspace.ts';
import { logHarmonic, logHurwitzZeta, logRiemannZeta } from '../../numerics/special/hurwitzZeta.ts';

const wrapped = new WeakMap<object, Distribution>();

export function withCachedZeta(d: Distribution): Distribution {
  const spec = d.spec;
  if (spec.family !== 'zeta' || !(spec.s > 1 && spec.s < Infinity)) return d;
  let w = wrapped.get(d);
  if (w) return w;
  const s = spec.s;
  const logZ = logRiemannZeta(s);
  const logSf = (t: number): number => {
    if (Number.isNaN(t)) return NaN;
    if (t < 1) return 0;
    const n = Math.floor(t);
    const direct = logHurwitzZeta(s, n + 1) - logZ;
    return direct > -Math.LN2 ? log1mExp(logHarmonic(s, n) - logZ) : direct;
  };
  const logCdf = (t: number): number => {
    if (Number.isNaN(t)) return NaN;
    if (t < 1) return -Infinity;
    const n = Math.floor(t);
    const direct = logHarmonic(s, n) - logZ;
    return direct > -Math.LN2 ? log1mExp(logHurwitzZeta(s, n + 1) - logZ) : direct;
  };
  const logPdf = (x: number): number => {
    if (Number.isNaN(x)) return NaN;
    if (!Number.isInteger(x) || x < 1) return -Infinity;
    return -s * Math.log(x) - logZ;
  };
  w = { ...d, logSf, logCdf, logPdf, sf: (t) => Math.exp(logSf(t)), cdf: (t) => Math.exp(logCdf(t)), pdf: (x) => Math.exp(logPdf(x)) };
  wrapped.set(d, w);
  return w;
}
