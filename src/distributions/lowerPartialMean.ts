/**
 * The lower partial mean L(u) = E[X·1{X < u}] (strict) of a built distribution, as a SignedLog. The
 * Distribution interface only carries the upper partial mean m(u) = E[X·1{X > u}]; reflections (affine
 * with scale < 0) need L. Methods, in order:
 * 1. an exact recipe the law was built with (DistributionCore.lowerPartialMean: mixture Σ w_k L_k, affine through
 *    the base, Gumbel) or a closed form of its family (closedLowerPartialMean.ts: Pareto, Lomax, Fréchet,
 *    Weibull, lognormal, normal, logistic, Laplace; ≤ 1e-13 relative against mpmath where the formula is
 *    well-conditioned, lowerPartialMean.test.ts);
 * 2. L(u) = μ − m(u) − u·P(X = u) when this loses at most 3 digits (|L| ≥ 1e-3·max of the terms), so the
 *    relative error is ≤ 1e3 times that of μ and m (about 1e-13 for the suite's families);
 *    Log-logistic (β > 1), whose closed form needs two quadratures, is tried next (logLogisticLowerPartialMean.ts);
 * 3. otherwise, exact sums over atoms (categorical: its values; Poisson, geometric, zeta: the integers from
 *    the lower end, at most 1e6 terms);
 * 4. a family symmetric about c: by reflection through c, L(u) = 2c·F̄(2c − u) − m(2c − u) (byReflection);
 * 5. otherwise (continuous laws: u in the left tail, or μ = +∞) adaptive Gauss–Kronrod in log space,
 *    ∫_{lower}^{u} x f(x) dx split at 0 into its negative and positive parts (`logIntegrate`, quadrature.ts,
 *    relative tolerance 1e-12: one part has no cancellation, so each is ~1e-12 accurate; the final
 *    signed sum cancels only where L itself is near 0).
 * L = −∞ when the left tail has no first moment (unbounded on the left with powerIndex ≤ 1).
 */
import { logSumExp, lsum, SIGNED_ZERO, toSignedLog, type SignedLog } from '../numerics/logspace.ts';
import { logIntegrate } from '../numerics/quadrature.ts';
import { recipesOf, tailMeanFromLogs } from './base.ts';
import { closedLowerPartialMean } from './closedLowerPartialMean.ts';
import type { Distribution, DistributionSpec } from './types.ts';

export type LowerPartialMean = (u: number) => SignedLog;
/** E[X | X < u] (strict); NaN when P(X < u) = 0. */
export type LowerTailMean = (u: number) => number;

const NAN_LOG: SignedLog = { log: NaN, sign: 0 };
const NEG_INF_LOG: SignedLog = { log: Infinity, sign: -1 };
/** Accept μ − m(u) when |L| ≥ 1e-3 × the largest term (at most 3 digits cancel). */
const LOG_CANCELLATION_LIMIT = Math.log(1e-3);
const MAX_ATOMS = 1_000_000;
const INTEGER_LATTICES = new Set(['poisson', 'geometric', 'zeta']);

/*
 * Recipes registered after the build, for laws made outside defineDistribution's recipe fields. The suite's own
 * combinators and families pass theirs to defineDistribution (DistributionCore.lowerPartialMean, …), kept on the
 * object: a WeakMap entry per short-lived law is an ephemeron for the garbage collector (13% of building an
 * affine normal under tsx went to these `set`s).
 */
const providers = new WeakMap<Distribution, LowerPartialMean>();
const tailMeanProviders = new WeakMap<Distribution, LowerTailMean>();

/** The exact E[X·1{X < u}] a law was built with (DistributionCore.lowerPartialMean) or registered, if any. */
function lowerPartialMeanRecipe(d: Distribution): LowerPartialMean | undefined {
  return recipesOf(d)?.lowerPartialMean ?? providers.get(d);
}

/** Attach an exact E[X·1{X < u}] to a distribution (prefer DistributionCore.lowerPartialMean when building). */
export function registerLowerPartialMean(d: Distribution, f: LowerPartialMean): void {
  providers.set(d, f);
}

/** Attach a direct E[X | X < u] (a closed form that stays accurate where log P(X < u) is huge; prefer DistributionCore.lowerTailMean). */
export function registerLowerTailMean(d: Distribution, f: LowerTailMean): void {
  tailMeanProviders.set(d, f);
}

const f64 = new Float64Array(1);
const i64 = new BigInt64Array(f64.buffer);

/** The largest double below u (u⁻); −∞ stays −∞, NaN stays NaN. */
export function nextDown(u: number): number {
  if (Number.isNaN(u) || u === -Infinity) return u;
  if (u === 0) return -Number.MIN_VALUE;
  f64[0] = u;
  i64[0] += u > 0 ? -1n : 1n;
  return f64[0];
}

/**
 * Whether X has an atom at x. For discrete laws the log pmf decides (P(X = x) = e^{logPdf} underflows to 0 at
 * far atoms, e.g. Poisson(1) at 300, whose mass still dominates P(X > 300)); otherwise massAt(x) > 0.
 * NaN for NaN input.
 */
export function hasAtom(d: Distribution, x: number): boolean | undefined {
  if (Number.isNaN(x)) return undefined;
  return d.support.kind === 'discrete' ? d.logPdf(x) > -Infinity : d.massAt(x) > 0;
}

/**
 * The atom of a discrete law nearest x: Math.round(x) on the integer lattices (Poisson, geometric, zeta), the
 * nearest listed value of positive probability (categorical), a registered rule (affine images of discrete laws), else x itself.
 * Affine maps use it to find which atom a double y = loc + scale·k belongs to when (y − loc)/scale is not
 * exactly k (it rounds: −1.1 = −1 − 0.1·1 maps back to 1.0000000000000009).
 */
export function nearestAtom(d: Distribution, x: number): number {
  if (!Number.isFinite(x)) return x;
  const rule = recipesOf(d)?.nearestAtom ?? atomRules.get(d);
  if (rule) return rule(x);
  const spec = d.spec;
  if (INTEGER_LATTICES.has(spec.family)) return Math.round(x);
  if (spec.family === 'categorical') {
    let best = x;
    let gap = Infinity;
    for (let i = 0; i < spec.values.length; i++) {
      const v = spec.values[i];
      const g = Math.abs(v - x);
      if (!(spec.probs[i] > 0)) continue;
      if (g < gap) [best, gap] = [v, g];
    }
    return best;
  }
  return x;
}

const atomRules = new WeakMap<Distribution, (x: number) => number>();

/** Attach a nearest-atom rule (see nearestAtom) to a law (prefer DistributionCore.nearestAtom when building). */
export function registerNearestAtom(d: Distribution, f: (x: number) => number): void {
  atomRules.set(d, f);
}

/**
 * log P(X < u). At an atom this is log F(u⁻) with u⁻ = nextDown(u): there is no atom strictly between u⁻
 * and u, so for discrete laws it is exact (F(u) − P(X = u) would cancel), and for mixed laws it differs
 * from P(X < u) by the continuous mass of one ulp.
 */
export function logStrictCdf(d: Distribution, u: number): number {
  const atom = hasAtom(d, u);
  if (atom === undefined) return NaN;
  return atom ? d.logCdf(nextDown(u)) : d.logCdf(u);
}

/** log P(X ≥ u) = log F̄(u⁻) at an atom (see logStrictCdf), log F̄(u) elsewhere. */
export function logClosedSf(d: Distribution, u: number): number {
  const atom = hasAtom(d, u);
  if (atom === undefined) return NaN;
  return atom ? d.logSf(nextDown(u)) : d.logSf(u);
}

function negate(s: SignedLog): SignedLog {
  return s.sign === 0 ? s : { log: s.log, sign: s.sign === 1 ? -1 : 1 };
}

/** μ − m(u) − u·P(X = u), with the log of its largest term (to judge cancellation). */
function byDifference(d: Distribution, u: number): { value: SignedLog; logScale: number } {
  const mean = toSignedLog(d.mean());
  const pm = d.logPartialMean(u);
  const m = d.massAt(u);
  const atom = m > 0 ? toSignedLog(u * m) : SIGNED_ZERO;
  const value = lsum(lsum(mean, negate(pm)), negate(atom));
  const logScale = Math.max(...[mean, pm, atom].filter((s) => s.sign !== 0).map((s) => s.log), -Infinity);
  return { value, logScale };
}

/** Σ x·P(X = x) over the given atoms below u, as a SignedLog. */
function sumAtoms(values: readonly number[], logMass: (x: number) => number, u: number): SignedLog {
  const pos: number[] = [];
  const neg: number[] = [];
  for (const x of values) {
    if (!(x < u) || x === 0) continue;
    const l = Math.log(Math.abs(x)) + logMass(x);
    (x > 0 ? pos : neg).push(l);
  }
  return lsum({ log: logSumExp(pos), sign: pos.length ? 1 : 0 }, { log: logSumExp(neg), sign: neg.length ? -1 : 0 });
}

function atomsBelow(d: Distribution, u: number): number[] | undefined {
  const spec = d.spec;
  if (spec.family === 'categorical') return [...new Set(spec.values)];
  if (INTEGER_LATTICES.has(spec.family) && Number.isFinite(d.support.lower)) {
    const first = Math.ceil(d.support.lower);
    const count = Math.ceil(u) - first;
    if (!(count <= MAX_ATOMS)) return undefined;
    return Array.from({ length: Math.max(0, count) }, (_, i) => first + i);
  }
  return undefined;
}

/** ∫_{lower}^{u} x f(x) dx as a SignedLog, negative and positive parts integrated separately in log space. */
function byQuadrature(d: Distribution, u: number): SignedLog {
  const lo = d.support.lower;
  const logIntegrand = (x: number): number => Math.log(Math.abs(x)) + d.logPdf(x);
  const part = (a: number, b: number, sign: 1 | -1): SignedLog => {
    if (!(a < b)) return SIGNED_ZERO;
    const r = logIntegrate(logIntegrand, a, b);
    if (!r.converged && !(r.relError <= 1e-8)) return NAN_LOG;
    return r.log === -Infinity ? SIGNED_ZERO : { log: r.log, sign };
  };
  return lsum(part(lo, Math.min(u, 0), -1), part(Math.max(lo, 0), u, 1));
}

/**
 * For X symmetric about c (X and 2c − X equal in law; continuous families): with v = c + (c − u),
 * L(u) = E[(2c − X)·1{X > v}] = 2c·F̄(v) − m(v), the family's own closed upper partial mean, no quadrature.
 * It cancels only as much as L itself does (m(v) = c·F̄(v) + E[(X − c)·1{X > v}]). The quadrature it
 * replaces cannot reach the mass a left tail with index near 1 keeps beyond the double range (Student-t
 * df = 1.018: E|X|·1{|X| > 1e308} is 3e-6 of the integral) and reported such values as converged.
 */
function byReflection(d: Distribution, u: number, c: number): SignedLog {
  const v = c + (c - u);
  if (!reflectionResolves(d, u, c)) return { log: NaN, sign: 0 }; // not decided here (see reflectionResolves)
  const twoC = toSignedLog(2 * c);
  const head = twoC.sign === 0 ? SIGNED_ZERO : { log: twoC.log + d.logSf(v), sign: twoC.sign };
  return lsum(head, negate(d.logPartialMean(v)));
}

/**
 * Whether v = c + (c − u) carries u's distance from the lower end: the rounding of v (≤ 2ε(|c| + |v|)) must be
 * ≤ 1e-12 of u − inf X. Past that the reflection reads the far end's tail at the wrong point: uniform(0, 1) at
 * u = 1e-20 has v = fl(1 − 1e-20) = 1, the top, where F̄ = 0 (the tail mean would be NaN, the partial mean 0).
 * Always true for laws unbounded below (u − inf X = ∞) while v is finite.
 */
function reflectionResolves(d: Distribution, u: number, c: number): boolean {
  const v = c + (c - u);
  return Number.isFinite(v) && v < d.support.upper && 2 * Number.EPSILON * (Math.abs(c) + Math.abs(v)) <= 1e-12 * (u - d.support.lower);
}

/** E[X·1{X < u}] as a SignedLog (see the file comment for the method and its accuracy). */
export function logLowerPartialMean(d: Distribution, u: number): SignedLog {
  if (Number.isNaN(u)) return NAN_LOG;
  const provider = lowerPartialMeanRecipe(d);
  if (provider) return provider(u);
  const family = d.spec.family;
  if (family !== 'logLogistic') {
    const closed = closedLowerPartialMean(d.spec, u);
    if (closed !== undefined) return closed;
  }
  if (u === Infinity) return toSignedLog(d.mean());
  const logP = logStrictCdf(d, u);
  if (Number.isNaN(logP)) return NAN_LOG;
  if (logP === -Infinity) return SIGNED_ZERO;
  if (!d.tails.left.bounded && d.tails.left.powerIndex <= 1) return NEG_INF_LOG;
  const diff = byDifference(d, u);
  const meanFinite = Number.isFinite(d.mean());
  const exact = diff.logScale === -Infinity; // every term is 0
  if (meanFinite && (exact || (diff.value.sign !== 0 && diff.value.log - diff.logScale >= LOG_CANCELLATION_LIMIT))) {
    return diff.value;
  }
  const closed = family === 'logLogistic' ? closedLowerPartialMean(d.spec, u) : undefined;
  if (closed !== undefined) return closed;
  const atoms = atomsBelow(d, u);
  if (atoms !== undefined) return sumAtoms(atoms, (x) => d.logPdf(x), u);
  const c = symmetryCentre(d.spec);
  if (c !== undefined && meanFinite) {
    const r = byReflection(d, u, c);
    if (!Number.isNaN(r.log)) return r;
  }
  if (d.support.kind === 'continuous') return byQuadrature(d, u);
  return meanFinite ? diff.value : NAN_LOG;
}

/** The centre c of a law symmetric about c (X − c and c − X equal in law), if the family is one. */
function symmetryCentre(spec: DistributionSpec): number | undefined {
  switch (spec.family) {
    case 'normal':
    case 'logistic':
    case 'laplace':
      return spec.mu;
    case 'studentT':
      return spec.loc ?? 0;
    case 'uniform':
      return spec.a / 2 + spec.b / 2;
    // Not Beta(α, α): near 0, L(u) ∝ u^{α+1} multiplies the rounding of v = 1 − u by α + 1 (Beta(40, 40) at
    // u = 1e-3: 1.2e-11 off mpmath by reflection); its quadrature is within 4e-14 there.
    default:
      return undefined;
  }
}

/**
 * E[X | X < u] (strict), for reflections (affine with scale < 0: E[Y | Y > t] = loc + scale·E[X | X < u]).
 * The ratio L(u)/P(X < u) of two logs loses |log P(X < u)|·2^{−53} relative accuracy: 1e-6 at log P = −1e10
 * (logistic, Laplace at u = −1e10), nothing left for a normal at u = −1e5 or a Gumbel at u = −56, where
 * log P(X < u) = −e^{57} (it returned 0, then NaN once log P = −∞). So, in order:
 * 1. a registered closed form (Gumbel: u − β·e^{w}E₁(w); affine, mixture: through their parts);
 * 2. a symmetric family about c: E[X | X < u] = c − (E[X | X > c + (c − u)] − c), the family's own direct
 *    right tail mean (accurate to 1e300 for normal, logistic, Laplace, Student-t);
 * 3. the ratio of logs (bounded-below laws near their lower end, where |log P| stays moderate: gamma
 *    shape 2.5 at u = 1e-300 has log P ≈ −1700, so ~4e-13 relative).
 * The result is clamped to [support.lower, u], where E[X | X < u] lies mathematically (rounding in 1–3 can
 * put it one ulp outside). NaN when u ≤ support.lower (no mass below u) or u is NaN.
 */
export function lowerTailMean(d: Distribution, u: number): number {
  if (Number.isNaN(u) || !(u > d.support.lower)) return NaN;
  const provider = recipesOf(d)?.lowerTailMean ?? tailMeanProviders.get(d);
  const c = symmetryCentre(d.spec);
  let m: number;
  if (provider) m = provider(u);
  else if (c !== undefined && reflectionResolves(d, u, c)) m = c - (d.tailMean(c + (c - u)) - c);
  else m = tailMeanFromLogs(logLowerPartialMean(d, u), logStrictCdf(d, u));
  if (Number.isNaN(m)) return m;
  return Math.min(u, Math.max(d.support.lower, m));
}
