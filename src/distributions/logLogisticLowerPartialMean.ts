/**
 * E[X·1{X < t}] of the log-logistic(α, β) law, β > 1, without the cancellation of μ − m(t) as β → 1 (first
 * written for the toy model, src/constructions/toyModel/bulkPartialMean.ts). With c = 1/β, X = α(p/(1 − p))^c
 * at p = F(X), so L/α = ∫₀^F p^c(1 − p)^{−c} dp. Up to p = min(F, ½) that integrand is bounded and integrated
 * as it is (I₁); past ½, in q = 1 − p from S = F̄(t) to ½, (1 − q)^c q^{−c} = q^{−c} − [1 − (1 − q)^c] q^{−c}:
 * the first part integrates to ½^{1−c}·G(1 − c, −log 2S) (G as in signedSums.ts), the second (R₂,
 * bounded integrand) is at most half of it (1 − (1 − q)^c ≤ 1 − 2^{−c} ≤ ½ on q ≤ ½), so at most one bit
 * cancels, whatever β. The integrals: adaptive Gauss–Kronrod in log space (logIntegrate, relative tolerance 1e-12).
 * (Incomplete-beta forms, B(F; 1 + 1/β, 1 − 1/β), were 1e-8 off mpmath at β = 1 + 1e-9.)
 */
import { log1pExp, SIGNED_ZERO, type SignedLog } from '../numerics/logspace.ts';
import { logIntegrate } from '../numerics/quadrature.ts';
import { logExpIntegral, positive, sumOf } from './signedSums.ts';

/**
 * ∫_a^b e^{g(x)} dx (> 0 for a < b) as a SignedLog, in log space (logIntegrate: the integral itself can be
 * below the double range, 1e-1152 at t = 1e-200); undefined unless the quadrature converged to a positive value.
 */
function positiveIntegral(g: (x: number) => number, a: number, b: number): SignedLog | undefined {
  if (!(a < b)) return SIGNED_ZERO;
  const r = logIntegrate(g, a, b);
  return r.converged && r.log > -Infinity ? positive(r.log) : undefined;
}

const scale = (s: SignedLog, logFactor: number): SignedLog => (s.sign === 0 ? s : { log: s.log + logFactor, sign: s.sign });

/** E[X·1{X < t}] for log-logistic(α, β), t > 0; undefined for β ≤ 1 or a quadrature that did not converge. */
export function logLogisticLowerPartialMean(alpha: number, beta: number, t: number): SignedLog | undefined {
  if (!(beta > 1)) return undefined;
  const c = 1 / beta;
  const u = beta * (Math.log(t) - Math.log(alpha));
  const logF = -log1pExp(-u);
  const logS = -log1pExp(u);
  // F below the double range: the upper limit itself is not representable (the kernel's other methods decide)
  if (!(logF > -700)) return undefined;
  const i1 = positiveIntegral((p) => c * (Math.log(p) - Math.log1p(-p)), 0, Math.min(Math.exp(logF), 0.5));
  if (!(logS < -Math.LN2)) return i1 === undefined ? undefined : scale(i1, Math.log(alpha));
  const t1: SignedLog = { log: -(1 - c) * Math.LN2 + logExpIntegral(1 - c, -Math.LN2 - logS), sign: 1 };
  const r2 = positiveIntegral((q) => Math.log(-Math.expm1(c * Math.log1p(-q))) - c * Math.log(q), Math.exp(logS), 0.5);
  if (i1 === undefined || r2 === undefined) return undefined;
  const b = sumOf([i1, t1, { log: r2.log, sign: r2.sign === 0 ? 0 : -1 }]);
  return b === undefined ? undefined : scale(b, Math.log(alpha));
}
