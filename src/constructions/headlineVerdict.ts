/**
 * The verdict of the headline corollary on one case (pair, M, ε, η) (claims.md "Headline corollary"):
 * holds — a band reweighting P of the pair by U (pairWitness.ts) with certified E_P[U] > M, D(P‖Q) < ε,
 *   E_P[V] − E_Q[V] < η and E_P[V] − E_Q[V] ≤ B_V(D(P‖Q)); when E_Q[V] = −∞ (V light on the right, so
 *   E_Q[V⁺] < ∞) every such P has E_P[V] = −∞ too, since dP/dQ is bounded above and away from 0, and the
 *   comparison holds in the extended reals;
 * fails — a certificate that no P with D(P‖Q) < ε does it (headlineCertificates.ts): μ_U + B_U(ε) ≤ M, or
 *   every P with E_P[U] > M has E_P[V] − E_Q[V] ≥ η;
 * inconclusive otherwise (with the search's reason).
 */
import { fails, fmt, holds, inconclusive } from '../claims/verdicts.ts';
import type { Verdict } from '../claims/types.ts';
import type { PairSpec } from '../pairs/types.ts';
import { dvBoundFromLogMgf, vLowerCertificate } from './headlineCertificates.ts';
import { sumLawOf, vMarginalOf } from './headlineSumLaw.ts';
import { findPairWitness, pairLaws, type BandWitness, type PairWitnessTargets } from './pairWitness.ts';
import type { LogLogBandWitness } from './pairLogLogWitness.ts';

const isLogLog = (w: BandWitness): w is LogLogBandWitness => w.kind === 'logLog';

export interface HeadlineCase { readonly pair: PairSpec; readonly M: number; readonly eps: number; readonly eta: number }

/** The numbers of a witness, for a verdict. */
export function witnessNumbers(w: BandWitness): Record<string, number> {
  if (w.kind === 'reference') return { klUpper: 0, meanULower: w.meanULower, deltaVUpper: 0, tvUpper: 0 };
  if (isLogLog(w)) {
    return {
      logT: w.logT, logP: w.logP, c: w.c, logYLower: w.logYLower, logYUpper: w.logYUpper, klUpper: w.klUpper, klLower: w.klLower,
      meanULower: w.meanULower, deltaVUpper: w.deltaVUpper, dvOfKlLower: w.dvOfKlLower,
    };
  }
  return {
    t: w.t, p: w.p, logSfLo: w.logSfLo, logSfHi: w.logSfHi, klUpper: w.klUpper, klLower: w.klLower,
    meanULower: w.meanULower, deltaVUpper: w.deltaVUpper, dvOfKlLower: w.dvOfKlLower, tvLower: w.tvLower, tvUpper: w.tvUpper,
  };
}

/** "t=…, P(U>t)=…" or "P = Q". */
export function describeWitness(w: BandWitness): string {
  if (isLogLog(w)) return `t=e^${fmt(w.logT)}, P(U>t)=e^${fmt(w.logP)}, −log Q(U>t) ∈ [e^${fmt(w.logYLower)}, e^${fmt(w.logYUpper)}] (log-log certificate)`;
  return w.kind === 'reference' ? 'P = Q (μ_U > M already)' : `t=${fmt(w.t)}${w.s > -Infinity ? `, cut s=${fmt(w.s)}` : ''}, P(U>t)=${fmt(w.p)} vs Q(U>t)∈[${fmt(Math.exp(w.logSfLo))}, ${fmt(Math.exp(w.logSfHi))}]`;
}

/** Certificates that no P with D(P‖Q) < ε has E_P[U] > M (and, if η is given, E_P[V] − E_Q[V] < η). */
export function noWitnessCertificate(pair: PairSpec, M: number, eps: number, eta = Infinity): Verdict | undefined {
  const law = sumLawOf(pair);
  const bU = Number.isFinite(law.mean) ? dvBoundFromLogMgf((l) => law.logMgfUpper(l), law.mean, eps) : NaN;
  if (law.mean + bU < M * (1 - 1e-9) - 1e-12) {
    return fails(`no P exists: every P with KL < ε=${fmt(eps)} has E_P[U] ≤ μ_U + B_U(ε) = ${fmt(law.mean + bU)} < M=${fmt(M)} (Donsker–Varadhan)`, { M, eps, meanU: law.mean, dvU: bU }, { kind: 'dv-certificate-U' });
  }
  const muV = vMarginalOf(pair).mean();
  const cert = vLowerCertificate(pair, M, eps);
  if (cert && Number.isFinite(muV) && cert.lowerV - muV >= eta * (1 + 1e-9) + 1e-12) {
    return fails(
      `every P with KL < ε=${fmt(eps)} and E_P[U] > M=${fmt(M)} has E_P[V] − E_Q[V] > (M − μ_R − B_R(ε))/c − μ_V = ${fmt(cert.lowerV - muV)} ≥ η=${fmt(eta)} (U = c·V + R, R light)`,
      { M, eps, eta, lowerShiftV: cert.lowerV - muV, c: cert.c, meanR: cert.meanR, dvR: cert.dvR, muV },
      { kind: 'dv-certificate-V' },
    );
  }
  return undefined;
}

export function headlineVerdict(c: HeadlineCase): Verdict {
  const v = vMarginalOf(c.pair);
  const muV = v.mean();
  const minusInfinity = muV === -Infinity && v.tailClass !== 'heavy';
  const targets: PairWitnessTargets = minusInfinity ? { M: c.M, eps: c.eps, dvCheck: false, logLog: true } : { M: c.M, eps: c.eps, eta: c.eta, logLog: true };
  const search = findPairWitness(pairLaws(c.pair, v), targets);
  const w = search.witness;
  if (w) {
    const numbers = { ...witnessNumbers(w), M: c.M, eps: c.eps, eta: c.eta, muV };
    if (minusInfinity) {
      return holds(`witness ${describeWitness(w)}: E_P[U] ≥ ${fmt(w.meanULower)} > M, KL ≤ ${fmt(w.klUpper)} < ε; E_Q[V] = −∞ and dP/dQ ∈ (0, ∞) bounded, so E_P[V] = −∞ = E_Q[V]`, numbers, { ...w });
    }
    return holds(
      `witness ${describeWitness(w)}: E_P[U] ≥ ${fmt(w.meanULower)} > M=${fmt(c.M)}, KL ≤ ${fmt(w.klUpper)} < ε=${fmt(c.eps)}, E_P[V] − E_Q[V] ≤ ${fmt(w.deltaVUpper)} < η=${fmt(c.eta)} and ≤ B_V(KL) ≥ ${fmt(w.dvOfKlLower)}`,
      numbers,
      { ...w },
    );
  }
  return noWitnessCertificate(c.pair, c.M, c.eps, c.eta) ?? inconclusive(search.reason ?? 'no witness and no certificate', { M: c.M, eps: c.eps, eta: c.eta, lastT: search.lastT });
}
