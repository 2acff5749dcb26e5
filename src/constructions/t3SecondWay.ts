/**
 * The second way of computing D(P‖Q) and E_P[X] for a reweighting dP/dQ = r(x)/E_Q[r] given pointwise: the
 * law Q is split into density pieces and atom lists (t3Pieces.ts); densities are integrated by adaptive
 * Gauss–Kronrod (or tanh-sinh) with breakpoints at the ratio's jumps and at the peaks, atoms are summed.
 * As in reweightKl.ts (which does this for one density), with D = E_Q[r] − 1 and φ(r) = r log r − r + 1 ≥ 0:
 *   KL = (E_Q[φ(r)] + D)/(1 + D) − log1p(D),   E_P[X] = E_Q[X r]/(1 + D),
 * nothing cancels at r ≈ 1. None of the closed-form tail functions (logSf, partial means) is used, except for
 * the atoms of an infinite lattice left out of the enumeration, added exactly where r is constant on them
 * (and otherwise estimated from r at the edge, with ten times the estimate counted as error). Not in the error
 * estimate: rounding of the abscissae (ε·|x| against the width of the body; quadrature.ts), ~1e-10 relative for
 * a body of width 1e-6 at x = 1.
 */
import type { Distribution } from '../distributions/types.ts';
import { weighted } from '../numerics/expectation.ts';
import { integrate, locateLogPeak } from '../numerics/quadrature.ts';
import { tanhSinh } from '../numerics/tanhSinh.ts';
import { piecesOf, type Remainder } from './t3Pieces.ts';

export interface RatioFunction {
  /** log r(x), r ∝ dP/dQ (any normalisation) */
  readonly logRatio: (x: number) => number;
  /** where r jumps */
  readonly breakpoints: readonly number[];
  /** r is constant on (−∞, constantBelow] and on (constantAbove, ∞) (a step ratio); undefined: not known to be */
  readonly constantBelow?: number;
  readonly constantAbove?: number;
}

export interface SecondWay {
  readonly kl: number;
  readonly klError: number;
  readonly mean: number;
  readonly meanError: number;
  readonly converged: boolean;
  readonly reason?: string;
}

/** φ(e^s)·e^{lf} = (s e^s − e^s + 1)e^{lf}, series for |s| < 1. */
export function phiTerm(lf: number, s: number): number {
  if (lf === -Infinity) return 0;
  if (s === -Infinity) return Math.exp(lf);
  if (Math.abs(s) >= 1) return weighted(s - 1, lf + s) + Math.exp(lf);
  let term = s, sum = 0;
  for (let k = 2; k < 40; k++) {
    term *= s / k;
    const t = (k - 1) * term;
    sum += t;
    if (Math.abs(t) <= 1e-17 * Math.abs(sum)) break;
  }
  return Math.exp(lf) * sum;
}

function massTerm(lf: number, s: number): number {
  if (lf === -Infinity) return 0;
  if (s === -Infinity) return -Math.exp(lf);
  return Math.abs(s) < 1 ? Math.exp(lf) * Math.expm1(s) : Math.exp(lf + s) - Math.exp(lf);
}

const REL_TOL = 1e-11;
const MAX_EVALUATIONS = 30_000;

interface Acc { d: number; dErr: number; phi: number; phiErr: number; mx: number; mxErr: number; ok: boolean; reason?: string }

export function secondWay(q: Distribution, ratio: RatioFunction, method: 'gk' | 'ts' = 'gk'): SecondWay {
  const acc: Acc = { d: 0, dErr: 0, phi: 0, phiErr: 0, mx: 0, mxErr: 0, ok: true };
  const quad = method === 'gk' ? integrate : tanhSinh;
  const addRemainder = (r: Remainder | undefined, w: number, side: 'low' | 'high') => {
    if (!r || r.logMass === -Infinity) return;
    const inside = side === 'low' ? ratio.constantBelow !== undefined && r.edge <= ratio.constantBelow : ratio.constantAbove !== undefined && r.edge >= ratio.constantAbove;
    const s = ratio.logRatio(side === 'low' ? r.edge - Math.max(1, Math.abs(r.edge)) : r.edge + Math.max(1, Math.abs(r.edge)));
    const lm = Math.log(w) + r.logMass;
    const dd = massTerm(lm, s), pp = phiTerm(lm, s), mm = w * r.moment * Math.exp(s);
    acc.d += dd; acc.phi += pp; acc.mx += mm;
    if (!inside) {
      acc.dErr += 10 * Math.abs(dd); acc.phiErr += 10 * Math.abs(pp); acc.mxErr += 10 * Math.abs(mm);
      // judged on the P side: Q's left-out mass can underflow (geometric p ≈ 1 past e^{−745}) while a growing
      // ratio puts visible P-mass there (a tilt of geometric(0.99941) with θ = 7.29 left 8e-7 of P out)
      if (Math.max(lm, lm + s) > Math.log(1e-15)) { acc.ok = false; acc.reason ??= `atoms of weight e^${Math.max(lm, lm + s).toPrecision(3)} (under P or Q) not enumerated where the ratio is not constant`; }
    }
  };
  for (const p of piecesOf(q.spec)) {
    const lw = Math.log(p.weight);
    if (p.kind === 'atoms') {
      p.xs.forEach((x, i) => {
        const lf = lw + p.logMass[i];
        const s = ratio.logRatio(x);
        acc.d += massTerm(lf, s);
        acc.phi += phiTerm(lf, s);
        acc.mx += weighted(x, lf + s);
      });
      acc.dErr += 4 * Number.EPSILON * p.xs.length;
      addRemainder(p.low, p.weight, 'low');
      addRemainder(p.high, p.weight, 'high');
      continue;
    }
    // an integrable singularity at an end of the support (Weibull k < 1 at 0): the rule's nodes can round onto it
    const atEnd = (x: number) => x <= p.lower || x >= p.upper;
    const lf = (x: number) => { const l = lw + p.logPdf(x); return l === Infinity && atEnd(x) ? -Infinity : l; };
    const lp = (x: number) => lf(x) + ratio.logRatio(x);
    const lxp = (x: number) => Math.log(Math.abs(x)) + lp(x);
    const peaks = (g: (x: number) => number) => locateLogPeak(g, p.lower, p.upper).breakpoints;
    // a geometric ladder on each side of every jump: the reweighted density can sit in a sliver just past
    // it (a tail reweighting of a logistic of scale 1e-6 puts its mass within 1e-5 of t)
    const ladders = ratio.breakpoints.flatMap((b) => Array.from({ length: 28 }, (_, k) => 1e-12 * Math.max(1, Math.abs(b)) * 4 ** k).flatMap((h) => [b - h, b + h]));
    const bps = [...ratio.breakpoints, ...ladders, ...peaks(lf), ...peaks(lp)];
    const opts = { relTol: REL_TOL, maxEvaluations: MAX_EVALUATIONS, breakpoints: bps };
    const run = (f: (x: number) => number, absTol = 0) => {
      const r = quad(f, p.lower, p.upper, { ...opts, absTol });
      if (!r.converged) { acc.ok = false; acc.reason ??= r.reason ?? 'quadrature did not converge'; }
      return r;
    };
    const dd = run((x) => massTerm(lf(x), ratio.logRatio(x)), 1e-13);
    const pp = run((x) => phiTerm(lf(x), ratio.logRatio(x)));
    const momentOpts = { ...opts, breakpoints: [...bps, ...peaks(lxp)] };
    const ax = quad((x) => weighted(Math.abs(x), lp(x)), p.lower, p.upper, momentOpts);
    const mm = quad((x) => weighted(x, lp(x)), p.lower, p.upper, { ...momentOpts, absTol: 1e-11 * ax.value });
    for (const r of [ax, mm]) if (!r.converged) { acc.ok = false; acc.reason ??= r.reason ?? 'quadrature did not converge'; }
    // Checked against a second set of breakpoints, adding the peak of |x|·p(x) per unit of log|x|: a reflected
    // Weibull with k ≈ 0.02 has its density's peak at the singular end while its mean (−1.5e63) comes from
    // |x| ~ 1e85, and the first set reported −1.7e40 ± 3e40 as converged. Disagreement beyond both error
    // estimates means one of them was fooled: not converged.
    const logMeasurePeaks = peaks((x) => lxp(x) + Math.log(Math.abs(x)));
    const mmCheck = quad((x) => weighted(x, lp(x)), p.lower, p.upper, { ...momentOpts, breakpoints: [...momentOpts.breakpoints, ...logMeasurePeaks], absTol: 1e-11 * ax.value });
    if (!(Math.abs(mm.value - mmCheck.value) <= 10 * (mm.error + mmCheck.error))) {
      acc.ok = false;
      acc.reason ??= `the moment's quadrature depends on its breakpoints (${mm.value} ± ${mm.error} vs ${mmCheck.value} ± ${mmCheck.error})`;
    }
    acc.d += dd.value; acc.dErr += dd.error; acc.phi += pp.value; acc.phiErr += pp.error; acc.mx += mm.value; acc.mxErr += mm.error;
  }
  const z = 1 + acc.d;
  const kl = (acc.phi + acc.d) / z - Math.log1p(acc.d);
  const mean = acc.mx / z;
  return {
    kl,
    klError: acc.phiErr / z + Math.abs(kl) * acc.dErr + acc.dErr * acc.dErr + 4 * Number.EPSILON * Math.abs(kl),
    mean,
    meanError: acc.mxErr / z + Math.abs(mean) * acc.dErr,
    converged: acc.ok && Number.isFinite(kl) && !Number.isNaN(mean),
    reason: acc.reason,
  };
}
