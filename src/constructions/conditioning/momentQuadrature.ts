/**
 * The zeroth and first moments of one non-negative weight, ∫ w(y) dy and ∫ v(y)·w(y) dy, from the same nodes:
 * globally adaptive G7–K15 (QUADPACK dqk15 error estimate per component, Piessens et al. 1983) over segments
 * that are either plain intervals or maps of an infinite or singular end:
 *   'tailUp'   y = c + s(1 − u)/u, u ∈ (0, 1], dy = s/u² du  (QUADPACK qagi, scaled as in numerics/quadrature/segments.ts)
 *   'tailDown' y = c − s(1 − u)/u
 *   'logUp'    y = c + e^u (u = log distance to a finite end c where the density is infinite: d^{p−1} becomes e^{pu})
 *   'logDown'  y = c − e^u
 * The caller splits the range where v changes sign, so each piece has one sign of v and the first moment is kept
 * as its positive and negative parts apart (E[V | U > t] ≈ 0 is their difference; a relative error of a signed
 * sum would be meaningless there). The piece bisected next is the one with the largest share of the normalised
 * error e_D/D + e_M/(P + N); it stops when both shares are below relTol, or when the evaluation budget runs out
 * (then converged only if both are below 1e-6, with the larger error reported).
 */
import { GAUSS_KRONROD_15 } from '../../numerics/quadrature.ts';

const { xgk: XGK, wgk: WGK, wg: WG } = GAUSS_KRONROD_15;
const EPS = Number.EPSILON;
/** Relative error accepted when the evaluation budget runs out before relTol is met (the estimate is reported). */
const ACCEPTED = 1e-6;

export type SegmentKind = 'plain' | 'tailUp' | 'tailDown' | 'logUp' | 'logDown';
export interface MomentSegment {
  readonly kind: SegmentKind;
  readonly lo: number;
  readonly hi: number;
  /** origin c of the map (unused for 'plain') */
  readonly c: number;
  /** scale s of a tail map */
  readonly s: number;
}

/** The integrand: log w at y (with −Infinity for no mass), the moment variable v(y), and log w at a distance from an end. */
export interface MomentIntegrand {
  logWeight(y: number): number;
  value(y: number): number;
  /** log w at y = c ± d for the log maps, from the distance d itself (keeps resolution below ulp(c)); default logWeight(c ± d) */
  logWeightAtDistance?(c: number, sign: 1 | -1, d: number): number;
}

export interface Moments {
  den: number; denErr: number;
  pos: number; posErr: number;
  neg: number; negErr: number;
  converged: boolean;
  evaluations: number;
  reason?: string;
}

interface Piece { seg: number; lo: number; hi: number; d: number; ed: number; m: number; em: number }

const fv = new Float64Array(15);
const mv = new Float64Array(15);

function errorOf(f: Float64Array, h: number, resk: number, resg: number): number {
  let resabs = 0;
  const mean = 0.5 * resk;
  let resasc = WGK[7] * Math.abs(f[14] - mean);
  resabs += WGK[7] * Math.abs(f[14]);
  for (let j = 0; j < 7; j++) {
    resabs += WGK[j] * (Math.abs(f[2 * j]) + Math.abs(f[2 * j + 1]));
    resasc += WGK[j] * (Math.abs(f[2 * j] - mean) + Math.abs(f[2 * j + 1] - mean));
  }
  resabs *= h;
  resasc *= h;
  let error = Math.abs((resk - resg) * h);
  if (resasc !== 0 && error !== 0) error = resasc * Math.min(1, Math.pow((200 * error) / resasc, 1.5));
  if (resabs > Number.MIN_VALUE / (50 * EPS)) error = Math.max(50 * EPS * resabs, error);
  return error;
}

/** Adaptive moments over the segments (each piece of one sign of v); NaN or ∞ anywhere fails the whole integral. */
export function adaptiveMoments(fn: MomentIntegrand, segs: readonly MomentSegment[], relTol: number, maxEvaluations = 20000, known?: { den: number; mom: number }): Moments {
  // `known`: parts of the totals computed elsewhere (closedTail.ts); the relative tolerances apply to the whole
  const knownDen = known?.den ?? 0;
  const knownMom = known?.mom ?? 0;
  let evaluations = 0;
  const node = (seg: MomentSegment, u: number, out: number[]): void => {
    let y: number;
    let lw: number;
    switch (seg.kind) {
      case 'plain': y = u; lw = fn.logWeight(y); break;
      case 'tailUp': y = seg.c + (seg.s * (1 - u)) / u; lw = u === 0 ? -Infinity : fn.logWeight(y) + Math.log(seg.s) - 2 * Math.log(u); break;
      case 'tailDown': y = seg.c - (seg.s * (1 - u)) / u; lw = u === 0 ? -Infinity : fn.logWeight(y) + Math.log(seg.s) - 2 * Math.log(u); break;
      default: {
        const sign = seg.kind === 'logUp' ? 1 : -1;
        const d = Math.exp(u);
        y = seg.c + sign * d;
        lw = (fn.logWeightAtDistance ? fn.logWeightAtDistance(seg.c, sign, d) : fn.logWeight(y)) + u;
      }
    }
    const w = lw === -Infinity || !Number.isFinite(y) ? 0 : Math.exp(lw);
    out[0] = w;
    out[1] = w === 0 ? 0 : fn.value(y) * w;
  };
  const tmp = [0, 0];
  const rule = (i: number, lo: number, hi: number): Piece | string => {
    const seg = segs[i];
    const c = 0.5 * (lo + hi);
    const h = 0.5 * (hi - lo);
    for (let j = 0; j < 7; j++) {
      node(seg, c - h * XGK[j], tmp); fv[2 * j] = tmp[0]; mv[2 * j] = tmp[1];
      node(seg, c + h * XGK[j], tmp); fv[2 * j + 1] = tmp[0]; mv[2 * j + 1] = tmp[1];
    }
    node(seg, c, tmp); fv[14] = tmp[0]; mv[14] = tmp[1];
    evaluations += 15;
    let kd = WGK[7] * fv[14], gd = WG[3] * fv[14], km = WGK[7] * mv[14], gm = WG[3] * mv[14];
    for (let j = 0; j < 7; j++) {
      const sd = fv[2 * j] + fv[2 * j + 1];
      const sm = mv[2 * j] + mv[2 * j + 1];
      kd += WGK[j] * sd; km += WGK[j] * sm;
      if (j % 2 === 1) { gd += WG[(j - 1) / 2] * sd; gm += WG[(j - 1) / 2] * sm; }
    }
    if (!Number.isFinite(kd) || !Number.isFinite(km)) return `moment integrand not finite on segment ${i} near u = ${c}`;
    const ah = Math.abs(h);
    return { seg: i, lo, hi, d: kd * h, ed: errorOf(fv, ah, kd, gd), m: km * h, em: errorOf(mv, ah, km, gm) };
  };
  const pieces: Piece[] = [];
  const fail = (reason: string): Moments => ({ den: NaN, denErr: NaN, pos: NaN, posErr: NaN, neg: NaN, negErr: NaN, converged: false, evaluations, reason });
  for (let i = 0; i < segs.length; i++) {
    const p = rule(i, segs[i].lo, segs[i].hi);
    if (typeof p === 'string') return fail(p);
    pieces.push(p);
  }
  for (;;) {
    let den = 0, denErr = 0, pos = 0, posErr = 0, neg = 0, negErr = 0;
    for (const p of pieces) {
      den += p.d; denErr += p.ed;
      if (p.m >= 0) { pos += p.m; posErr += p.em; } else { neg -= p.m; negErr += p.em; }
    }
    const dScale = den + knownDen > 0 ? den + knownDen : 1;
    const mScale = pos + neg + knownMom > 0 ? pos + neg + knownMom : 1;
    const done = denErr <= relTol * (den + knownDen) && posErr + negErr <= relTol * (pos + neg + knownMom);
    if (done || den + knownDen === 0) return { den, denErr, pos, posErr, neg, negErr, converged: true, evaluations };
    let worst = -1;
    let worstShare = 0;
    for (let k = 0; k < pieces.length; k++) {
      const p = pieces[k];
      const share = p.ed / dScale + p.em / mScale;
      const w = p.hi - p.lo;
      const refinable = w > 8 * EPS * Math.max(Math.abs(p.lo), Math.abs(p.hi), 1e-300);
      if (refinable && share > worstShare) { worstShare = share; worst = k; }
    }
    if (worst < 0) return { den, denErr, pos, posErr, neg, negErr, converged: false, evaluations, reason: `error ${denErr / dScale} (density), ${(posErr + negErr) / mScale} (moment) cannot be reduced (roundoff)` };
    // out of budget: accepted (with its larger, honest error) up to 1e-6 relative
    if (evaluations + 30 > maxEvaluations) {
      const ok = denErr <= ACCEPTED * (den + knownDen) && posErr + negErr <= ACCEPTED * (pos + neg + knownMom);
      return { den, denErr, pos, posErr, neg, negErr, converged: ok, evaluations, ...(ok ? {} : { reason: `evaluation budget ${maxEvaluations} exhausted: relative errors ${denErr / dScale}, ${(posErr + negErr) / mScale} > ${ACCEPTED}` }) };
    }
    const p = pieces[worst];
    const mid = 0.5 * (p.lo + p.hi);
    const left = rule(p.seg, p.lo, mid);
    if (typeof left === 'string') return fail(left);
    const right = rule(p.seg, mid, p.hi);
    if (typeof right === 'string') return fail(right);
    pieces[worst] = left;
    pieces.push(right);
  }
}
