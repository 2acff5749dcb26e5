import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { DomainError } from '../errors.ts';
import { logScaledError, relativeError } from '../numerics/tolerance.ts';
import { beta, betaLogMgf, betaLogSf, betaTiltMean } from './beta.ts';

/**
 * [α, β, t, log F̄(t), log E[X·1{X>t}], E[X | X > t]] from mpmath (betainc, regularized, at 700 digits so that
 * 1 − t and the complements are exact): F̄ = betainc(β, α, 0, 1−t), m = α/(α+β)·betainc(β, α+1, 0, 1−t).
 */
const REFERENCE: [number, number, number, number, number, number][] = [
  [0.5, 0.5, 1e-300, -6.3661977236758135105e-151, -0.69314718055994530942, 0.5],
  [0.5, 0.5, 0.3, -0.46046545391587117116, -0.77357044145451536525, 0.73117314447034498218],
  [0.5, 0.5, 1 - 1e-10, -11.964508128872832829, -11.964508128906166165, 0.99999999996666666391],
  [2, 3, 0.5, -1.1631508098056808631, -1.6094379124341003746, 0.64],
  [1e-3, 2, 1e-300, -0.69652973667978989867, -7.6014023345837333886, 0.0010028868399986130648],
  [1e-3, 2, 0.01, -5.6242881767885987345, -7.6214197757160589037, 0.13572403639163836278],
  [2, 1e-3, 0.9, -0.0014029898501579529036, -0.0014979064349715088291, 0.99990508791962296404],
  [2, 1e-3, 1 - 2 ** -52, -0.035044153056033623874, -0.035044153056033624096, 0.99999999999999999978],
  [0.01, 0.01, 0.5, -0.69314718055994530942, -0.69997412521940269961, 0.99319630598685477167],
  [50, 70, 0.7, -23.390103334926258968, -23.73842862592798785, 0.70586922595722710511],
  [1e4, 3, 0.9995, -0.13296545202022862397, -0.13321735291643370005, 0.99974813082816182365],
  [1e4, 3, 0.99999, -8.7740190663189851834, -8.7740265285376917796, 0.99999253780913568849],
  [3, 1e4, 0.01, -91.966068641899054059, -96.561194527877101474, 0.010100949133078365437],
];

/** [α, β, λ, log E[e^{λX}]]: log hyp1f1(α, α+β, λ), or λ + log hyp1f1(β, α+β, −λ) for λ < 0 (mpmath, 80 digits). */
const MGF: [number, number, number, number][] = [
  [2, 3, 0.5, 0.20504485584892342744],
  [2, 3, -5, -1.5647987198203786592],
  [0.5, 0.5, 1e5, 99993.671174824615186],
  [0.5, 0.5, -1e6, -7.4801199719065871386],
  [1e-3, 2, -300, -0.0052840090787449387788],
  [50, 70, 30, 13.422214239816708941],
];

describe('beta', () => {
  it('logSf, logPartialMean and tailMean match mpmath near 0 and near 1', () => {
    for (const [a, b, t, logSf, logPm, tailMean] of REFERENCE) {
      const d = beta({ alpha: a, beta: b });
      const tag = `(${t}; α=${a}, β=${b})`;
      expect(logScaledError(d.logSf(t), logSf), `logSf${tag} = ${d.logSf(t)}`).toBeLessThan(1e-13);
      expect(logScaledError(d.logPartialMean(t).log, logPm), `logPartialMean${tag}`).toBeLessThan(1e-13);
      expect(relativeError(d.tailMean(t), tailMean), `tailMean${tag} = ${d.tailMean(t)}`).toBeLessThan(1e-12);
    }
  });

  it('logMgf matches Kummer M in log space, finite for |λ| up to 1e6', () => {
    for (const [a, b, lambda, ref] of MGF) {
      const got = beta({ alpha: a, beta: b }).logMgf(lambda);
      // log-scaled metric |Δlog|/max(1, |log|): small values (e.g. −0.0053) are accurate in absolute terms, ~1e-14
      expect(logScaledError(got, ref), `logMgf(${lambda}; α=${a}, β=${b}) = ${got}`).toBeLessThan(1e-13);
    }
    expect(Number.isFinite(beta({ alpha: 2, beta: 3 }).logMgf(1e300))).toBe(true);
  });

  it('logCdf and logSf match mpmath for large shapes near the bulk (regimes where logIbeta was seen to drift)', () => {
    // [α, β, t, log F(t), log F̄(t)]: mpmath log betainc(α, β, 0, t) and log betainc(β, α, 0, 1−t), 700 digits
    const rows: [number, number, number, number, number][] = [
      [500, 60, 0.783346, -26.247818924945876193, -3.9876504227960624704e-12],
      [1e-3, 500, 0.0031124161662384, -0.0000920479448096456521, -9.2932470010452170985],
    ];
    for (const [a, b, t, logCdf, logSf] of rows) {
      const d = beta({ alpha: a, beta: b });
      expect(logScaledError(d.logCdf(t), logCdf), `logCdf(${t}; α=${a}, β=${b}) = ${d.logCdf(t)}`).toBeLessThan(1e-13);
      expect(logScaledError(d.logSf(t), logSf), `logSf(${t}; α=${a}, β=${b}) = ${d.logSf(t)}`).toBeLessThan(1e-13);
    }
  });

  const shapeArb = fc.double({ min: 1e-3, max: 1e3, noNaN: true });

  test.prop([shapeArb, shapeArb, fc.double({ min: 1e-12, max: 1 - 1e-12, noNaN: true })])(
    'quantile is bracketed by its neighbouring doubles (F(t − 8 ulp) ≤ p ≤ F(t + 8 ulp), on the small side)',
    (a, b, p) => {
      const d = beta({ alpha: a, beta: b });
      const t = d.quantile(p);
      if (t < 1e-300) return; // subnormal quantiles cannot be resolved
      const step = 8 * Number.EPSILON * t;
      const lo = t - step;
      const hi = Math.min(1, t + step);
      // g(x) > 0 ⇔ F(x) > p. The slack covers logIbeta's own error, measured against mpmath at up to 2e-12
      // relative (α = 0.001, β = 500, t ≈ 0.0031: logSf = −9.2933243400044, noisy in the 12th digit).
      const target = p <= 0.5 ? Math.log(p) : Math.log1p(-p);
      const slack = 1e-12 * Math.max(1, Math.abs(target));
      const g = (x: number): number => (p <= 0.5 ? d.logCdf(x) - target : target - d.logSf(x));
      expect(g(lo) <= slack && g(hi) >= -slack, `quantile(${p}; α=${a}, β=${b}) = ${t}: g(lo)=${g(lo)}, g(hi)=${g(hi)}`).toBe(true);
    },
  );

  test.prop([shapeArb, shapeArb])('tilt mean at λ = 0 is the mean; the tail mean is continuous at t = ½', (a, b) => {
    const d = beta({ alpha: a, beta: b });
    expect(relativeError(betaTiltMean(0, a, b), d.mean()), `tilt mean α=${a}, β=${b}`).toBeLessThan(1e-14);
    if (d.logSf(0.5) > -600) {
      const jump = relativeError(d.tailMean(0.5 + 1e-15), d.tailMean(0.5));
      expect(jump, `tailMean jump at ½; α=${a}, β=${b}`).toBeLessThan(1e-11);
    }
  });

  it('moments, support, validation', () => {
    const d = beta({ alpha: 2, beta: 3 });
    expect(d.mean()).toBeCloseTo(0.4, 15);
    expect(d.variance()).toBeCloseTo(0.04, 15);
    expect(d.logSf(0)).toBe(0);
    expect(d.logSf(1)).toBe(-Infinity);
    expect(d.logPdf(1.5)).toBe(-Infinity);
    expect(d.tails.right.bounded).toBe(true);
    expect(() => beta({ alpha: 0, beta: 1 })).toThrow(/'alpha'/);
    expect(() => beta({ alpha: 1, beta: -2 })).toThrow(DomainError);
    expect(betaLogSf(0.5, 1, NaN)).toBeNaN();
  });
});

describe('beta: λ = ±∞ (found by the mutation-survivor analysis, session 7)', () => {
  it('logMgf(+∞) = +∞, logMgf(−∞) = −∞; the tilt mean goes to the ends of [0, 1], as uniform\'s does', () => {
    for (const [a, b] of [[2, 3], [0.5, 0.5], [1e-3, 40]]) {
      expect(betaLogMgf(Infinity, a, b), `logMgf(∞; ${a}, ${b})`).toBe(Infinity);
      expect(betaLogMgf(-Infinity, a, b), `logMgf(−∞; ${a}, ${b})`).toBe(-Infinity);
      expect(betaTiltMean(Infinity, a, b), `tiltMean(∞; ${a}, ${b})`).toBe(1);
      expect(betaTiltMean(-Infinity, a, b), `tiltMean(−∞; ${a}, ${b})`).toBe(0);
    }
  });
});
