/**
 * B(t) = E[X·1{X ≤ t}] in closed form, for the laws whose mean sits far out (a right tail with powerIndex just
 * above 1: μ ≫ t, so μ − E[X·1{X > t}] cancels every digit and the kernel, src/distributions/lowerPartialMean.ts,
 * integrates x·f(x) over up to twenty decades, ~0.1–1 ms a call), and for the mixture components in whose left
 * tail t lies (the kernel's difference cancels there too). In log space from the spec's parameters:
 *   Pareto(x_m, α):        α·x_m·G(α − 1, log(t/x_m)),  G(a, ℓ) = ∫₀^ℓ e^{−aτ}dτ = −expm1(−aℓ)/a (ℓ at a = 0);
 *   Lomax(α, λ):           λα·[G(α − 1, ℓ) − G(α, ℓ)], ℓ = log(1 + t/λ)  (x/λ = e^τ − 1: u(1 + u)^{−α−1}du = (e^{−(α−1)τ} − e^{−ατ})dτ);
 *   Fréchet(α, s, m), α > 1:  m·F(t) + s·Γ(1 − 1/α, z^{−α}), z = (t − m)/s  (w = z^{−α} in ∫ z dF; DLMF 8.2.2);
 *   Weibull(k, λ):         λ·γ(1 + 1/k, (t/λ)^k)  (DLMF 8.2.1);
 *   lognormal(μ, σ):       e^{μ + σ²/2}·Φ((log t − μ − σ²)/σ);
 *   normal(μ, σ):          μ·Φ(z) − σ·φ(z), z = (t − μ)/σ;
 *   logistic(μ, s):        t·F(t) − s·log(1 + e^z), z = (t − μ)/s  (by parts: ∫_{−∞}^t F = s·log(1 + e^z));
 *   Laplace(μ, b), t ≤ μ:  ½e^{(t−μ)/b}·(t − b)  (right of μ the kernel's μ − m(t) has no cancellation);
 *   log-logistic(α, β), β > 1:  α·∫₀^{F(t)} (p/(1 − p))^{1/β} dp, split at p = ½ so that nothing cancels (logLogisticBulk):
 *                          two bounded one-dimensional integrals on [0, ½] and a closed form;
 *   affine loc + c·X, c > 0:  loc·P(X ≤ u) + c·B_X(u), u = (t − loc)/c;
 *   mixture:               Σ w_k B_k(t).
 * γ and Γ unregularised (incompleteGamma.ts), Φ and φ from normalTail.ts. The parts of a mixture or affine map
 * without a closed form (other families, reflections) go to the kernel part by part, as the kernel itself splits
 * them (it tries μ − m first, so only a part with cancellation is integrated). A signed sum that loses more than 3
 * digits (|B| < 1e-3 × its largest term: the kernel's rule, relative error ≤ 1e3·ε per term), and a law of any
 * other family, or a quadrature that does not converge, return undefined: the caller then uses the kernel on the
 * whole law. (Incomplete-beta forms for Lomax and log-logistic, B(w; 2, α − 1) and B(F; 1 + 1/β, 1 − 1/β), were
 * tried and left out: 1e-8 off mpmath at α, β = 1 + 1e-9.) bulkPartialMean.test.ts checks every form against the kernel and mpmath.
 */
import { buildCached } from '../../claims/buildCached.ts';
import { logLowerPartialMean } from '../../distributions/lowerPartialMean.ts';
import type { Distribution, DistributionSpec } from '../../distributions/types.ts';
import { log1mExp, log1pExp, lsum, SIGNED_ZERO, type SignedLog } from '../../numerics/logspace.ts';
import { integrate } from '../../numerics/quadrature.ts';
import { logLowerGamma, logUpperGamma } from '../../numerics/special/incompleteGamma.ts';
import { logPhi, logPhiDensity } from '../../numerics/special/normalTail.ts';

const LOG_CANCELLATION_LIMIT = Math.log(1e-3);

const positive = (log: number): SignedLog | undefined => (Number.isNaN(log) ? undefined : log === -Infinity ? SIGNED_ZERO : { log, sign: 1 });

/** log G(a, ℓ), G(a, ℓ) = ∫₀^ℓ e^{−aτ}dτ, ℓ > 0. */
function logExpIntegral(a: number, ell: number): number {
  if (a === 0) return Math.log(ell);
  if (a > 0) return Math.log(-Math.expm1(-a * ell)) - Math.log(a);
  return -a * ell + log1mExp(a * ell) - Math.log(-a); // (e^{|a|ℓ} − 1)/|a|
}

/** log log(1 + e^z), also where log(1 + e^z) underflows: z + log(1 − e^z/2) to O(e^{2z}) below z = −30. */
function logSoftplus(z: number): number {
  return z < -30 ? z + Math.log1p(-Math.exp(z) / 2) : Math.log(log1pExp(z));
}

/** ∫_a^b e^{g(x)} dx by adaptive Gauss–Kronrod (relative tolerance 1e-12), as a SignedLog; undefined unless converged. */
function positiveIntegral(g: (x: number) => number, a: number, b: number): SignedLog | undefined {
  if (!(a < b)) return SIGNED_ZERO;
  const r = integrate((x) => Math.exp(g(x)), a, b);
  return r.converged && r.value >= 0 ? positive(Math.log(r.value)) : undefined;
}

/**
 * Log-logistic(α, β), β > 1, c = 1/β: X = α(p/(1 − p))^c at p = F(X), so B/α = ∫₀^F p^c(1 − p)^{−c} dp. Up to
 * p = min(F, ½) that integrand is bounded and integrated as it is (I₁); past ½, in q = 1 − p from S = F̄(t) to ½,
 * (1 − q)^c q^{−c} = q^{−c} − [1 − (1 − q)^c] q^{−c}: the first part integrates to ½^{1−c}·G(1 − c, −log 2S), the
 * second (R₂, bounded integrand) is at most half of it (1 − (1 − q)^c ≤ 1 − 2^{−c} ≤ ½ on q ≤ ½), so at most one
 * bit cancels, whatever β (the kernel's μ − m(t) cancels every digit as β → 1).
 */
function logLogisticBulk(alpha: number, beta: number, t: number): SignedLog | undefined {
  if (!(beta > 1)) return undefined;
  const c = 1 / beta;
  const u = beta * (Math.log(t) - Math.log(alpha));
  const logF = -log1pExp(-u);
  const logS = -log1pExp(u);
  const i1 = positiveIntegral((p) => c * (Math.log(p) - Math.log1p(-p)), 0, Math.min(Math.exp(logF), 0.5));
  if (!(logS < -Math.LN2)) return i1 === undefined ? undefined : scale(i1, Math.log(alpha));
  const t1: SignedLog = { log: -(1 - c) * Math.LN2 + logExpIntegral(1 - c, -Math.LN2 - logS), sign: 1 };
  const r2 = positiveIntegral((q) => Math.log(-Math.expm1(c * Math.log1p(-q))) - c * Math.log(q), Math.exp(logS), 0.5);
  if (i1 === undefined || r2 === undefined) return undefined;
  const b = sumOf([i1, t1, { log: r2.log, sign: r2.sign === 0 ? 0 : -1 }]);
  return b === undefined ? undefined : scale(b, Math.log(alpha));
}

const scale = (s: SignedLog, logFactor: number): SignedLog => (s.sign === 0 ? s : { log: s.log + logFactor, sign: s.sign });

/** Σ of signed terms, undefined when it cancels more than 3 digits (or is NaN). */
function sumOf(terms: readonly SignedLog[]): SignedLog | undefined {
  let acc = SIGNED_ZERO;
  let scale = -Infinity;
  for (const t of terms) {
    if (Number.isNaN(t.log)) return undefined;
    if (t.sign === 0) continue;
    acc = lsum(acc, t);
    scale = Math.max(scale, t.log);
  }
  if (scale === -Infinity) return SIGNED_ZERO;
  if (acc.sign === 0 || Number.isNaN(acc.log) || acc.log - scale < LOG_CANCELLATION_LIMIT) return undefined;
  return acc;
}

function leaf(spec: DistributionSpec, t: number): SignedLog | undefined {
  switch (spec.family) {
    case 'pareto':
      return t <= spec.xm ? SIGNED_ZERO : positive(Math.log(spec.alpha * spec.xm) + logExpIntegral(spec.alpha - 1, Math.log(t / spec.xm)));
    case 'lomax': {
      if (t <= 0) return SIGNED_ZERO;
      const ell = Math.log1p(t / spec.scale);
      const logC = Math.log(spec.scale * spec.alpha);
      return sumOf([{ log: logC + logExpIntegral(spec.alpha - 1, ell), sign: 1 }, { log: logC + logExpIntegral(spec.alpha, ell), sign: -1 }]);
    }
    case 'frechet': {
      const s = spec.s ?? 1, m = spec.m ?? 0;
      if (t <= m) return SIGNED_ZERO;
      if (!(spec.alpha > 1)) return undefined;
      const lz = Math.log(t - m) - Math.log(s);
      const ly = -spec.alpha * lz;
      const y = Math.exp(ly);
      const gammaTerm: SignedLog = { log: Math.log(s) + logUpperGamma(1 - 1 / spec.alpha, y, ly), sign: 1 };
      const locTerm: SignedLog = m === 0 ? SIGNED_ZERO : { log: Math.log(Math.abs(m)) - y, sign: m > 0 ? 1 : -1 };
      return sumOf([gammaTerm, locTerm]);
    }
    case 'weibull': {
      if (t <= 0) return SIGNED_ZERO;
      const lx = spec.k * (Math.log(t) - Math.log(spec.lambda));
      return positive(Math.log(spec.lambda) + logLowerGamma(1 + 1 / spec.k, Math.exp(lx), lx));
    }
    case 'lognormal':
      if (t <= 0) return SIGNED_ZERO;
      return positive(spec.mu + (spec.sigma * spec.sigma) / 2 + logPhi((Math.log(t) - spec.mu - spec.sigma * spec.sigma) / spec.sigma));
    case 'normal': {
      const z = (t - spec.mu) / spec.sigma;
      const meanTerm: SignedLog = spec.mu === 0 ? SIGNED_ZERO : { log: Math.log(Math.abs(spec.mu)) + logPhi(z), sign: spec.mu > 0 ? 1 : -1 };
      return sumOf([meanTerm, { log: Math.log(spec.sigma) + logPhiDensity(z), sign: -1 }]);
    }
    case 'logistic': {
      const z = (t - spec.mu) / spec.s;
      const linear: SignedLog = t === 0 ? SIGNED_ZERO : { log: Math.log(Math.abs(t)) - log1pExp(-z), sign: t > 0 ? 1 : -1 };
      return sumOf([linear, { log: Math.log(spec.s) + logSoftplus(z), sign: -1 }]);
    }
    case 'laplace': {
      if (!(t <= spec.mu) || t === spec.b) return t === spec.b ? SIGNED_ZERO : undefined;
      return { log: -Math.LN2 + (t - spec.mu) / spec.b + Math.log(Math.abs(t - spec.b)), sign: t > spec.b ? 1 : -1 };
    }
    case 'logLogistic':
      return t <= 0 ? SIGNED_ZERO : logLogisticBulk(spec.alpha, spec.beta, t);
    case 'affine': {
      if (!(spec.scale > 0)) return undefined;
      const u = (t - spec.loc) / spec.scale;
      const inner = node(spec.base, u);
      if (inner === undefined) return undefined;
      const scaled: SignedLog = inner.sign === 0 ? SIGNED_ZERO : { log: inner.log + Math.log(spec.scale), sign: inner.sign };
      if (spec.loc === 0) return scaled;
      const logP = buildCached(spec.base).logCdf(u);
      return sumOf([scaled, { log: Math.log(Math.abs(spec.loc)) + logP, sign: spec.loc > 0 ? 1 : -1 }]);
    }
    case 'mixture': {
      const total = spec.weights.reduce((p, q) => p + q, 0);
      const terms: SignedLog[] = [];
      for (let k = 0; k < spec.components.length; k++) {
        if (!(spec.weights[k] > 0)) continue;
        const b = node(spec.components[k], t);
        if (b === undefined) return undefined;
        if (b.sign !== 0) terms.push({ log: b.log + Math.log(spec.weights[k] / total), sign: b.sign });
      }
      return sumOf(terms);
    }
    default:
      return undefined;
  }
}

/**
 * A part of the spec tree: its closed form, else the kernel on that part alone (built once per spec object; the
 * kernel tries μ − m(t) first, so only a part without a closed form and with cancellation is integrated).
 */
function node(spec: DistributionSpec, t: number): SignedLog | undefined {
  const closed = leaf(spec, t);
  if (closed !== undefined) return closed;
  const d = buildCached(spec);
  if (d.support.kind !== 'continuous') return undefined;
  const r = logLowerPartialMean(d, t);
  return Number.isNaN(r.log) ? undefined : r;
}

/** E[X·1{X ≤ t}] in closed form (see the file comment), or undefined where none applies; X with a density. */
export function logBulkPartialMean(x: Distribution, t: number): SignedLog | undefined {
  if (Number.isNaN(t) || x.support.kind !== 'continuous') return undefined;
  return leaf(x.spec, t);
}
