/**
 * The law of a leaf's last action under a LeafPolicy (types.ts), relative to the base law Q, with its exact
 * mean, KL to Q and log-survival function:
 * - 'base': Q itself, KL 0;
 * - 'twoPiece' (t, p): the T1 weights (claims.md §2 T1), KL = kl(p ‖ F̄_Q(t)) and
 *   mean (1 − p)·E_Q[X | X ≤ t] + p·E_Q[X | X > t] (tailReweight.ts for 0 < p < 1); p = 1 is Q(· | X > t),
 *   KL −log F̄_Q(t); p = 0 is Q(· | X ≤ t), KL −log F_Q(t); a piece of Q-mass 0 must get mass 0 (else KL = ∞);
 * - 'tilt' θ: dP/dQ = e^{θx}/M(θ) (tilt.ts), KL θΛ′(θ) − Λ(θ); KL = ∞ and NaN mean when not normalisable.
 * Total: invalid policies give NaN; so does a tilt whose tilted law leaves double range (mean and logSf NaN).
 */
import { tailReweight } from '../constructions/tailReweight.ts';
import { tilt, tiltKl } from '../constructions/tilt.ts';
import { logLowerPartialMean } from '../distributions/lowerPartialMean.ts';
import type { Distribution, DistributionSpec } from '../distributions/types.ts';
import { DomainError } from '../errors.ts';
import { binaryKl } from '../numerics/kl.ts';
import { lsum, logSubExp, toSignedLog } from '../numerics/logspace.ts';
import { leafBase } from './leafBase.ts';
import type { LeafPolicy } from './types.ts';

export interface LeafLaw {
  /** E_P[X] (±Infinity or NaN where it diverges) */
  readonly mean: number;
  /** D(P‖Q) */
  readonly kl: number;
  /** log P(X > x) */
  logSf(x: number): number;
}

const NAN_LAW: LeafLaw = { mean: NaN, kl: NaN, logSf: () => NaN };
const BASE = new WeakMap<Distribution, LeafLaw>();

function baseLaw(q: Distribution): LeafLaw {
  let law = BASE.get(q);
  if (!law) {
    law = { mean: q.mean(), kl: 0, logSf: (x) => q.logSf(x) };
    BASE.set(q, law);
  }
  return law;
}

/** E_Q[X | X ≤ t] from the closed lower partial mean (atom at t included), in log space. */
function headMean(q: Distribution, t: number, logHead: number): number {
  const atom = q.massAt(t);
  const pm = lsum(logLowerPartialMean(q, t), atom > 0 ? toSignedLog(t * atom) : toSignedLog(0));
  return pm.sign === 0 ? 0 : pm.log === Infinity ? pm.sign * Infinity : pm.sign * Math.exp(pm.log - logHead);
}

function twoPieceLaw(q: Distribution, t: number, p: number): LeafLaw {
  if (!(p >= 0 && p <= 1) || Number.isNaN(t)) return NAN_LAW;
  const logTail = q.logSf(t);
  const logHead = q.logCdf(t);
  if (logTail === -Infinity) return p === 0 ? baseLaw(q) : { ...NAN_LAW, kl: Infinity };
  if (logHead === -Infinity) return p === 1 ? baseLaw(q) : { ...NAN_LAW, kl: Infinity };
  if (p === 1) {
    return { mean: q.tailMean(t), kl: -logTail, logSf: (x) => (x >= t ? q.logSf(x) - logTail : 0) };
  }
  if (p === 0) {
    return {
      mean: headMean(q, t, logHead),
      kl: -logHead,
      logSf: (x) => (x >= t ? -Infinity : logSubExp(logHead, q.logCdf(x)) - logHead),
    };
  }
  // The mean as (1 − p)·E_Q[X | X ≤ t] + p·E_Q[X | X > t] from the conditional means themselves: adding
  // log p − log F̄_Q(t) to a partial mean (as tailReweight does) loses log p once |log F̄_Q(t)| ≳ 1e15.
  let r: ReturnType<typeof tailReweight> | undefined; // built on first use of logSf only
  const upper = q.tailMean(t);
  const mean = upper === Infinity ? Infinity : (1 - p) * headMean(q, t, logHead) + p * upper;
  return { mean, kl: binaryKl(p, logTail), logSf: (x) => (r ??= tailReweight(q, { t, mass: p })).dist.logSf(x) };
}

function tiltLaw(q: Distribution, theta: number): LeafLaw {
  if (!Number.isFinite(theta)) return NAN_LAW;
  if (theta === 0) return baseLaw(q);
  const lam = q.logMgf(theta);
  if (lam === Infinity) return { ...NAN_LAW, kl: Infinity };
  if (Number.isNaN(lam)) return NAN_LAW;
  const kl = tiltKl(q, theta);
  let d: Distribution;
  try {
    d = tilt(q, theta);
  } catch (e) {
    // the tilted law's parameters leave double range (a Poisson tilted at θ = −800: λe^θ underflows to 0 and
    // the factory refuses λ = 0): its mean and tail are not representable here; the KL (tilt.ts) still is
    if (e instanceof DomainError) return { mean: NaN, kl, logSf: () => NaN };
    throw e;
  }
  return { mean: d.mean(), kl, logSf: (x) => d.logSf(x) };
}

const LAWS = new WeakMap<LeafPolicy, { base: DistributionSpec; law: LeafLaw }>();

/** The law of the leaf action under `policy`, for the base law `base` (cached per (policy, spec) objects). */
export function leafLaw(base: DistributionSpec, policy: LeafPolicy): LeafLaw {
  const hit = LAWS.get(policy);
  if (hit && hit.base === base) return hit.law;
  const law = computeLeafLaw(base, policy);
  LAWS.set(policy, { base, law });
  return law;
}

/**
 * Laws by content: per built base law (shared by the leaves of an MDP with equal specs, leafBase.ts), one
 * law per (kind, parameters): two-piece laws keyed by t then mass, tilts by θ (number keys: Map's
 * SameValueZero identifies 0 with −0 and NaN with NaN, as the former `${t}|${mass}` text keys did, without
 * formatting two doubles per call). A tree whose leaves share a base law and a prefix reward gets the same
 * two-piece policy at each of them from the h-transform: its law is computed once.
 */
interface ByContent { twoPiece: Map<number, Map<number, LeafLaw>>; tilt: Map<number, LeafLaw>; size: number }
const BY_CONTENT = new WeakMap<Distribution, ByContent>();
const MAX_LAWS = 4096;

function computeLeafLaw(base: DistributionSpec, policy: LeafPolicy): LeafLaw {
  const q = leafBase(base);
  if (policy.kind === 'base') return baseLaw(q);
  if (policy.kind !== 'twoPiece' && policy.kind !== 'tilt') return NAN_LAW;
  let c = BY_CONTENT.get(q);
  if (!c || c.size > MAX_LAWS) BY_CONTENT.set(q, (c = { twoPiece: new Map(), tilt: new Map(), size: 0 }));
  let m: Map<number, LeafLaw>;
  let key: number;
  if (policy.kind === 'twoPiece') {
    let byT = c.twoPiece.get(policy.t);
    if (!byT) c.twoPiece.set(policy.t, (byT = new Map()));
    m = byT;
    key = policy.mass;
  } else {
    m = c.tilt;
    key = policy.theta;
  }
  let law = m.get(key);
  if (!law) {
    c.size++;
    m.set(key, (law = lawOf(q, policy)));
  }
  return law;
}

function lawOf(q: Distribution, policy: LeafPolicy): LeafLaw {
  switch (policy.kind) {
    case 'base':
      return baseLaw(q);
    case 'twoPiece':
      return twoPieceLaw(q, policy.t, policy.mass);
    case 'tilt':
      return tiltLaw(q, policy.theta);
    default:
      return NAN_LAW;
  }
}
