/**
 * A latent class C with P(C = i) = w_i and (X, V) | C = i from component i. Every quantity is a
 * mixture over classes: P(U > t) = Σ w_i P_i(U > t) (log-sum-exp), E[V·1{U > t}] = Σ w_i E_i[…],
 * E[V | U > t] = Σ w_i E_i[V·1{U > t}] / Σ w_i P_i(U > t), E[e^{θU}] = Σ w_i M_i(θ), and the tilted means
 * are the M_i-weighted averages of the components' tilted means.
 */
import type { Distribution } from '../distributions/types.ts';
import { logSumExp } from '../numerics/logspace.ts';
import { atMostZero, exact, failed } from './estimate.ts';
import type { Estimate, Pair, PairSpec } from './types.ts';

function sumEstimates(parts: readonly Estimate[], weights: readonly number[]): Estimate {
  let value = 0;
  let error = 0;
  let reason: string | undefined;
  parts.forEach((p, i) => {
    if (weights[i] === 0) return;
    value += weights[i] * p.value;
    error += weights[i] * p.error;
    if (!p.converged) reason ??= p.reason ?? 'a component did not converge';
  });
  if (Number.isNaN(value)) return failed(reason ?? 'components of opposite infinite sign');
  return reason ? { value, error, converged: false, reason } : { value, error, converged: true };
}

export function latentMixturePair(spec: PairSpec & { kind: 'latentMixture' }, parts: readonly Pair[], x: Distribution | undefined, v: Distribution | undefined): Pair {
  const w = spec.weights;
  const logW = w.map(Math.log);
  const logSf = (t: number): number => atMostZero(logSumExp(parts.map((p, i) => logW[i] + p.u.logSf(t))));
  const logCdf = (t: number): number => atMostZero(logSumExp(parts.map((p, i) => logW[i] + p.u.logCdf(t))));
  const logMgfs = (theta: number): Estimate[] => parts.map((p) => p.logMgfU(theta));

  function logMgfU(theta: number): Estimate {
    const ms = logMgfs(theta);
    const value = logSumExp(ms.map((m, i) => logW[i] + m.value));
    if (value === Infinity) return exact(Infinity);
    const error = Math.max(...ms.map((m) => m.error));
    const bad = ms.find((m) => !m.converged);
    return bad ? { value, error, converged: false, reason: bad.reason ?? 'a component did not converge' } : { value, error, converged: true };
  }

  function tilted(theta: number, pick: (p: Pair) => Estimate, what: string): Estimate {
    const lm = logMgfU(theta);
    if (lm.value === Infinity) return failed(`${what}: not normalisable, E[e^{θU}] = ∞ at θ = ${theta}`);
    const ms = logMgfs(theta);
    const weights = ms.map((m, i) => Math.exp(logW[i] + m.value - lm.value));
    return sumEstimates(parts.map((p, i) => (weights[i] === 0 ? exact(0) : pick(p))), weights);
  }

  const partialV = (t: number): Estimate => sumEstimates(parts.map((p) => p.partialV(t)), w);
  return {
    spec,
    x,
    v,
    u: {
      logSf,
      sf: (t) => Math.exp(logSf(t)),
      logCdf,
      cdf: (t) => Math.exp(logCdf(t)),
      mean: () => sumEstimates(parts.map((p) => exact(p.u.mean())), w).value,
      sample: (rng) => parts[pickClass(w, rng())].u.sample(rng),
    },
    partialV,
    conditionalV(t) {
      // the components' tail masses with their errors (log units; the rounding of the weights at large t included)
      const tails = parts.map((c) => c.logSfEstimate(t));
      const bad = tails.find((e, i) => w[i] > 0 && !e.converged);
      if (bad) return failed(`E[V | U > ${t}]: ${bad.reason ?? 'P(U > t) not resolved'}`);
      const lw = tails.map((e, i) => logW[i] + e.value);
      const ls = atMostZero(logSumExp(lw));
      if (ls === -Infinity) return failed(`E[V | U > ${t}]: P(U > t) = 0`);
      // each class weight w_i·P_i(U > t) is known to within e^{±err_i}: the normalised weights to within e^{±2·max err}
      const d = Math.expm1(2 * Math.max(0, ...tails.map((e, i) => (w[i] > 0 ? e.error : 0))));
      const q = Math.exp(ls);
      if (q === 0) {
        // P(U > t) underflows: weight the components' conditional means by their tail masses in log space.
        const pis = lw.map((l) => (l === -Infinity ? 0 : Math.exp(l - ls)));
        const cond = parts.map((c, i) => (pis[i] === 0 ? exact(0) : c.conditionalV(t)));
        const r = sumEstimates(cond, pis);
        const spread = cond.reduce((acc, c, i) => acc + pis[i] * Math.abs(c.value - r.value), 0);
        return { ...r, error: r.error + d * spread };
      }
      const p = partialV(t);
      const value = p.value / q;
      return { ...p, value, error: p.error / q + Math.abs(value) * d };
    },
    logSfEstimate(t) {
      const tails = parts.map((c) => c.logSfEstimate(t));
      const value = atMostZero(logSumExp(tails.map((e, i) => logW[i] + e.value)));
      const error = Math.max(0, ...tails.map((e, i) => (w[i] > 0 ? e.error : 0)));
      const bad = tails.find((e, i) => w[i] > 0 && !e.converged);
      return bad ? { value, error, converged: false, reason: bad.reason ?? 'a component did not converge' } : { value, error, converged: true };
    },
    logMgfU,
    tiltedMeanV: (theta) => tilted(theta, (p) => p.tiltedMeanV(theta), 'tiltedMeanV'),
    tiltedMeanU: (theta) => tilted(theta, (p) => p.tiltedMeanU(theta), 'tiltedMeanU'),
    sample: (rng) => parts[pickClass(w, rng())].sample(rng),
  };
}

/** The class i with Σ_{j<i} w_j ≤ u < Σ_{j≤i} w_j. */
export function pickClass(weights: readonly number[], u: number): number {
  let acc = 0;
  for (let i = 0; i < weights.length; i++) {
    acc += weights[i];
    if (u < acc) return i;
  }
  return weights.length - 1;
}
