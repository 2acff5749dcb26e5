import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { DomainError } from '../errors.ts';
import { seededRng } from '../numerics/rng.ts';
import { logScaledError, relativeError } from '../numerics/tolerance.ts';
import {
  pareto,
  paretoLogCdf,
  paretoLogMgf,
  paretoLogPartialMean,
  paretoLogPdf,
  paretoLogSf,
  paretoMean,
  paretoQuantile,
  paretoTailMean,
  paretoVariance,
} from './pareto.ts';

/**
 * [xm, α, t, log F̄(t), E[X | X > t]]: mpmath at 50 digits from the exact doubles, −α·log(t/xm) and
 * αt/(α − 1); the tail mean was confirmed by mp.quad of x·f(x)/F̄(t) (log-variable substitution) for
 * xm ≥ 1, α > 1.5, t < 1e12. Regimes: t → xm⁺, far tail to 1e300, tiny xm, α near 1, large α.
 */
const REF: [number, number, number, number, number][] = [
  [1.0, 3.0, 1.000000000001, -3.000266701745523e-12, 1.5000000000015001],
  [1.0, 3.0, 1.5, -1.2163953243244932, 2.25],
  [1.0, 3.0, 10.0, -6.907755278982137, 15.0],
  [1.0, 3.0, 10000000000.0, -69.07755278982137, 15000000000.0],
  [1.0, 3.0, 1e200, -1381.5510557964274, 1.5e200],
  [2.5, 1.5, 2.5000000000022737, -1.364242052658772e-12, 7.500000000006821],
  [2.5, 1.5, 3.0, -0.27348233519093196, 9.0],
  [2.5, 1.5, 100000.0, -15.89495209964411, 300000.0],
  [2.5, 1.5, 1e300, -1034.7888557495094, 3e300],
  [1e-200, 2.0, 1.0000001e-200, -1.99999990032563e-7, 2.0000002e-200],
  [1e-200, 2.0, 1.0, -921.0340371976183, 2.0],
  [1e-200, 2.0, 1e100, -1381.5510557964274, 2e100],
  [1e-200, 2.0, 1e200, -1842.0680743952366, 2e200],
  [1.0, 1.0000001, 1.01, -0.009950331848201177, 10100001.004102942],
  [1.0, 1.0000001, 1e50, -115.12926616262776, 1.000000099416133e57],
  [1.0, 1.0000001, 1e200, -460.51706465051103, 1.0000000994161327e207],
  [3.0, 50.0, 3.0000001, -1.666666636161258e-6, 3.0612245918367345],
  [3.0, 50.0, 4.0, -14.384103622589047, 4.081632653061225],
  [3.0, 50.0, 1000000.0, -635.8449134648082, 1020408.1632653062],
];

describe('pareto: accuracy against mpmath', () => {
  it.each(REF)('xm=%s α=%s t=%s', (xm, alpha, t, logSf, tailMean) => {
    const label = `(t=${t}; xm=${xm}, alpha=${alpha})`;
    expect(logScaledError(paretoLogSf(t, xm, alpha), logSf), `logSf${label}`).toBeLessThanOrEqual(1e-13);
    expect(relativeError(paretoTailMean(t, xm, alpha), tailMean), `tailMean${label}`).toBeLessThanOrEqual(1e-12);
    // log m(t) = log(tailMean) + logSf, reference from the same mpmath values
    const pm = paretoLogPartialMean(t, xm, alpha);
    const refLogPm = Math.log(tailMean) + logSf;
    expect(pm.sign, `partialMean sign${label}`).toBe(1);
    expect(logScaledError(pm.log, refLogPm), `logPartialMean${label}`).toBeLessThanOrEqual(1e-13);
    // the Distribution's default-free tailMean and the kernel agree
    expect(pareto({ xm, alpha }).tailMean(t), `dist.tailMean${label}`).toBe(paretoTailMean(t, xm, alpha));
  });

  it('means and variances (mpmath: αxm/(α−1), xm²α/((α−1)²(α−2)))', () => {
    // mpmath: 1.0000001*1/(1.0000001 - 1) at 50 digits from the exact double 1.0000001
    expect(relativeError(paretoMean(1, 1.0000001), 10000000.994161328), 'mean(xm=1, alpha=1.0000001)').toBeLessThanOrEqual(1e-12);
    expect(paretoMean(2.5, 1.5)).toBe(7.5);
    expect(relativeError(paretoMean(1e-200, 2), 2e-200), 'mean(xm=1e-200, alpha=2)').toBeLessThanOrEqual(1e-15);
    expect(paretoMean(1, 1)).toBe(Infinity);
    expect(paretoMean(1, 0.5)).toBe(Infinity);
    expect(paretoVariance(1, 3)).toBe(0.75);
    expect(paretoVariance(1, 2)).toBe(Infinity);
    expect(paretoVariance(1, 0.5)).toBe(Infinity);
  });
});

describe('pareto: edges and divergent moments', () => {
  it('below and at the support edge, and at +∞', () => {
    expect(paretoLogSf(1, 1, 2)).toBe(0);
    expect(paretoLogSf(0.5, 1, 2)).toBe(0);
    expect(paretoLogCdf(1, 1, 2)).toBe(-Infinity);
    expect(paretoLogSf(Infinity, 1, 2)).toBe(-Infinity);
    expect(paretoLogPdf(0.999, 1, 2)).toBe(-Infinity);
    expect(paretoLogPdf(1, 1, 2)).toBeCloseTo(Math.log(2), 15);
    expect(paretoLogPartialMean(0, 1, 3)).toEqual({ log: Math.log(1.5), sign: 1 });
    expect(paretoLogPartialMean(Infinity, 1, 3).sign).toBe(0);
    expect(paretoTailMean(0.5, 2, 3)).toBe(3);
  });
  it('α ≤ 1: partial mean and tail mean are +∞', () => {
    expect(paretoLogPartialMean(10, 1, 1)).toEqual({ log: Infinity, sign: 1 });
    expect(paretoLogPartialMean(0, 1, 0.7)).toEqual({ log: Infinity, sign: 1 });
    expect(paretoTailMean(10, 1, 0.7)).toBe(Infinity);
    expect(pareto({ xm: 1, alpha: 0.7 }).partialMean(3)).toBe(Infinity);
  });
  it('log1p form near xm: the cdf keeps relative accuracy for t = xm(1 + ε)', () => {
    // mpmath: log(1 − (1/(1 + 2^-40))^2) at 50 digits
    expect(logScaledError(paretoLogCdf(1 + 2 ** -40, 1, 2), -27.032740041839233), 'logCdf(1+2^-40; xm=1, alpha=2)').toBeLessThanOrEqual(1e-14);
  });
  it('total kernels: NaN on invalid parameters', () => {
    for (const [xm, alpha] of [[0, 1], [1, 0], [-1, 2], [NaN, 2], [1, Infinity], [Infinity, 1]]) {
      expect(paretoLogSf(2, xm!, alpha!), `logSf(xm=${xm}, alpha=${alpha})`).toBeNaN();
      expect(paretoLogPartialMean(2, xm!, alpha!).log, `pm(xm=${xm}, alpha=${alpha})`).toBeNaN();
      expect(paretoMean(xm!, alpha!), `mean(xm=${xm}, alpha=${alpha})`).toBeNaN();
      expect(paretoQuantile(0.5, xm!, alpha!)).toBeNaN();
    }
    expect(paretoLogSf(NaN, 1, 2)).toBeNaN();
    expect(paretoQuantile(1.5, 1, 2)).toBeNaN();
  });
});

describe('pareto: quantile', () => {
  it('closed form near p → 1 and the ends', () => {
    // mpmath: 2*(1 - p)**(-1/3) with p the exact double 0.999999999999999 (1 − p = 9.992e-16, not 1e-15)
    expect(relativeError(paretoQuantile(0.999999999999999, 2, 3), 200053.31359993375), 'quantile(p=1-1e-15)').toBeLessThanOrEqual(1e-12);
    expect(paretoQuantile(0, 2, 3)).toBe(2);
    expect(paretoQuantile(1, 2, 3)).toBe(Infinity);
  });
  test.prop([fc.double({ min: 1e-3, max: 1e3, noNaN: true }), fc.double({ min: 0.1, max: 50, noNaN: true }), fc.double({ min: 0.01, max: 0.99, noNaN: true })])(
    'quantile(cdf(x)) = x and cdf + sf = 1 on the body',
    (xm, alpha, u) => {
      const d = pareto({ xm, alpha });
      const x = d.quantile(u);
      const label = `(u=${u}; xm=${xm}, alpha=${alpha}, x=${x})`;
      expect(relativeError(d.quantile(d.cdf(x)), x), `quantile(cdf(x))${label}`).toBeLessThanOrEqual(1e-10);
      expect(Math.abs(d.cdf(x) + d.sf(x) - 1), `cdf+sf${label}`).toBeLessThanOrEqual(2e-16 * 4);
      // x carries its rounding error; d log F/d log x = α(1 − u)/u amplifies it
      const cond = 1 + (alpha * (1 - u)) / u;
      expect(relativeError(d.cdf(x), u), `cdf(quantile(u))${label}`).toBeLessThanOrEqual(1e-15 * cond);
    },
  );
});

describe('pareto: distribution object', () => {
  it('spec, support, tails', () => {
    const d = pareto({ xm: 2, alpha: 1.5 });
    expect(d.spec).toEqual({ family: 'pareto', xm: 2, alpha: 1.5 });
    expect(d.support).toEqual({ lower: 2, upper: Infinity, kind: 'continuous' });
    expect(d.tails.right.powerIndex).toBe(1.5);
    expect(d.tails.right.tailClass).toBe('heavy');
    expect(d.tails.left.bounded).toBe(true);
    expect(d.mgfSup).toBe(0);
    expect(d.massAt(2)).toBe(0);
  });
  it('logMgf: Infinity for λ > 0, 0 at 0', () => {
    expect(paretoLogMgf(1e-9, 1, 3)).toBe(Infinity);
    expect(paretoLogMgf(0, 1, 3)).toBe(0);
  });
  /**
   * [λ, xm, α, log E[e^{λX}]]: mpmath, dps = 80, log(α·expint(α + 1, −λ·xm)) (checked against
   * log(quad(3·x⁻⁴·e^{−x}, [1, ∞])) = −1.354069314629101 at (−1, 1, 3)). α near 1 and tiny |λ|, where the
   * former quadrature was 1e-8…5e-3 off in relative terms.
   */
  const LOG_MGF: readonly (readonly [number, number, number, number])[] = [
    [-1e-12, 1, 0.5, -0.000001772454421701926477669],
    [-1e-06, 1, 0.5, -0.001773024730880265628244],
    [-0.001, 1, 0.5, -0.05662334632891200262692],
    [-1e-12, 1, 0.99, -3.20776753659187914448e-11],
    [-1e-06, 1, 0.99, -0.00001516399816228772928893],
    [-0.001, 1, 0.99, -0.00757302766617373363217],
    [-1e-12, 1, 1.0, -2.805380545142102334776e-11],
    [-1e-06, 1, 1.0, -0.00001423839675855269029966],
    [-0.001, 1, 1.0, -0.00735804366090428943383],
    [-1e-12, 1, 1.000000001, -2.805380508464436493504e-11],
    [-1e-06, 1, 1.000000001, -0.00001423839667010273944903],
    [-0.001, 1, 1.000000001, -0.007358043639890906478895],
    [-1e-12, 1, 1.01, -2.469680728948229753677e-11],
    [-1e-06, 1, 1.01, -0.00001339230314388617014517],
    [-0.001, 1, 1.01, -0.007152593831885549133176],
    [-1e-12, 1, 2.0, -1.999999999973446194549e-12],
    [-1e-06, 1, 2.0, -0.000001999987261677963733837],
    [-0.001, 1, 2.0, -0.001994156135419387128891],
    [-1e-12, 1, 5.0, -1.249999999999947916667e-12],
    [-1e-06, 1, 5.0, -0.000001249999947916692708301],
    [-0.001, 1, 5.0, -0.001249947942676577274265],
    [-1e-12, 1, 30.0, -1.034482758620689018176e-12],
    [-1e-06, 1, 30.0, -0.000001034482757983692899436],
    [-0.001, 1, 30.0, -0.001034482121640729598237],
    [-1e-12, 3, 0.5, -0.000003069981836228880536693],
    [-1e-12, 3, 0.99, -9.193656369795012364286e-11],
    [-1e-12, 3, 1.0, -8.086557949035083794171e-11],
    [-1e-12, 3, 1.000000001, -8.086557847737536742197e-11],
    [-1e-12, 3, 1.01, -7.156172827884217743848e-11],
    [-1e-12, 3, 2.0, -5.999999999770903261537e-12],
    [-1e-12, 3, 5.0, -3.74999999999953125e-12],
    [-1e-12, 3, 30.0, -3.103448275862063232546e-12],
  ];
  it('logMgf for λ < 0 matches mpmath to 1e-14 relative (closed form through E_α)', () => {
    for (const [lambda, xm, alpha, ref] of LOG_MGF) {
      const got = paretoLogMgf(lambda, xm, alpha);
      expect(relativeError(got, ref), `logMgf(${lambda}; xm=${xm}, alpha=${alpha}) = ${got}`).toBeLessThanOrEqual(1e-14);
    }
    expect(paretoLogMgf(-Infinity, 1, 2), 'logMgf(−∞)').toBe(-Infinity);
    expect(paretoLogMgf(-1e300, 1e300, 2), 'logMgf(s = ∞)').toBe(-Infinity);
  });
  it.each([
    [{ xm: 0, alpha: 1 }, 'xm'],
    [{ xm: -1, alpha: 1 }, 'xm'],
    [{ xm: 1, alpha: 0 }, 'alpha'],
    [{ xm: 1, alpha: NaN }, 'alpha'],
    [{ xm: Infinity, alpha: 2 }, 'xm'],
  ])('DomainError for %j names %s', (params, name) => {
    expect(() => pareto(params)).toThrow(DomainError);
    expect(() => pareto(params)).toThrow(new RegExp(`'${name}'`));
  });
  test.prop([fc.integer({ min: 1, max: 2 ** 31 - 1 })])('samples lie in the support', (seed) => {
    const d = pareto({ xm: 1.5, alpha: 2 });
    const x = d.sample(seededRng(seed));
    expect(x, `sample(seed=${seed})`).toBeGreaterThanOrEqual(1.5);
  });
});
