/**
 * Log-space kernels of the bounded-reward weight h = e^{(r − 1)/β} ∈ [e^{−2/β}, 1] (boundedReward.ts) as a
 * function of y = (u − loc)/scale, for the continuous squashes (clip, tanh, sigmoid = tanh(y/2)), formed
 * without cancellation (numerics.md, "log space"):
 *   1 − tanh y = 2/(1 + e^{2y}), 1 + tanh y = 2/(1 + e^{−2y})        (log: log 2 − softplus(±2y))
 *   tanh y₁ − tanh y₀ = sinh(y₁ − y₀)/(cosh y₁ cosh y₀)                 (DLMF 4.35.24)
 *   h(y₁) − h(y₀) = h(y₀)·expm1((r₁ − r₀)/β),  h(y) − e^{−2/β} = e^{−2/β}·expm1((1 + r)/β),  1 − h = −expm1(log h)
 *   h′(y) = h(y)·r′(y)/β,  r′ = 1/cosh² y (tanh), 1/(2cosh²(y/2)) (sigmoid), 1{|y| < 1} (clip).
 * log h′ is unimodal in y for tanh and sigmoid (in r it is (r − 1)/β + log(1 − r²) + const, concave), with its
 * mode at r⋆ = √(1 + β²) − β; for clip h′ = h/β rises on (−1, 1) and is 0 outside.
 */
export type SmoothSquash = 'clip' | 'tanh' | 'sigmoid';

const LN2 = Math.LN2;
/** log(1 + e^z) */
const softplus = (z: number): number => (z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z)));
/** log cosh y */
const logCosh = (y: number): number => { const a = Math.abs(y); return a - LN2 + Math.log1p(Math.exp(-2 * a)); };

/** log(1 − r(y)) (−∞ where r = 1) */
export function log1mR(sq: SmoothSquash, y: number): number {
  if (sq === 'tanh') return LN2 - softplus(2 * y);
  if (sq === 'sigmoid') return LN2 - softplus(y);
  return y >= 1 ? -Infinity : y <= -1 ? LN2 : Math.log1p(-y);
}

/** log(1 + r(y)) (−∞ where r = −1) */
export function log1pR(sq: SmoothSquash, y: number): number {
  if (sq === 'tanh') return LN2 - softplus(-2 * y);
  if (sq === 'sigmoid') return LN2 - softplus(-y);
  return y <= -1 ? -Infinity : y >= 1 ? LN2 : Math.log1p(y);
}

/** log r′(y) (per unit y) */
export function logRPrime(sq: SmoothSquash, y: number): number {
  if (sq === 'tanh') return -2 * logCosh(y);
  if (sq === 'sigmoid') return -LN2 - 2 * logCosh(y / 2);
  return Math.abs(y) < 1 ? 0 : -Infinity;
}

/** log h(y) = −(1 − r(y))/β */
export const logH = (sq: SmoothSquash, beta: number, y: number): number => -Math.exp(log1mR(sq, y)) / beta;

/** log expm1(e^{la}) for la ≤ log(2/β) */
export function logExpm1OfExp(la: number): number {
  if (la === -Infinity) return -Infinity;
  const a = Math.exp(la);
  if (a < 1e-300) return la;
  return a > 700 ? a + Math.log1p(-Math.exp(-a)) : Math.log(Math.expm1(a));
}

/** log(1 − h(y)) = log(1 − e^{−a}), a = (1 − r)/β formed as a log (a may lie below the double range: r = 1 − e^{−8000}) */
export const logOneMinusH = (sq: SmoothSquash, beta: number, y: number): number => {
  const la = log1mR(sq, y) - Math.log(beta);
  if (la === -Infinity) return -Infinity;
  const a = Math.exp(la);
  return a < 1e-8 ? la + Math.log1p(-a / 2) : Math.log(-Math.expm1(-a));
};

/** log(h(y) − e^{−2/β}) */
export const logHAboveFloor = (sq: SmoothSquash, beta: number, y: number): number => -2 / beta + logExpm1OfExp(log1pR(sq, y) - Math.log(beta));

/** log h′(y) per unit y (−∞ where r is flat) */
export const logHPrime = (sq: SmoothSquash, beta: number, y: number): number => {
  if (!Number.isFinite(y)) return -Infinity;
  const rp = logRPrime(sq, y);
  return rp === -Infinity ? -Infinity : logH(sq, beta, y) + rp - Math.log(beta);
};

/** The mode y⋆ of h′ (file comment): atanh(r⋆) for tanh, twice that for sigmoid, 1 (its supremum) for clip. */
export function hPrimeMode(sq: SmoothSquash, beta: number): number {
  if (sq === 'clip') return 1;
  const s = Math.hypot(1, beta);
  // 1 − r⋆ = (β²/(s + 1) + β)/(s + β), 1 + r⋆ = (s + β + 1)/(s + β)
  const at = 0.5 * (Math.log(s + beta + 1) - Math.log((beta * beta) / (s + 1) + beta));
  return sq === 'tanh' ? at : 2 * at;
}

/** max and min of log h′ over [ya, yb] (ya ≤ yb, either may be infinite) */
export function logHPrimeRange(sq: SmoothSquash, beta: number, ya: number, yb: number): { max: number; min: number } {
  if (sq === 'clip') {
    if (!(ya < 1 && yb > -1)) return { max: -Infinity, min: -Infinity };
    const max = logH(sq, beta, Math.min(yb, 1)) - Math.log(beta);
    return { max, min: ya > -1 && yb < 1 ? logH(sq, beta, ya) - Math.log(beta) : -Infinity };
  }
  const m = Math.min(yb, Math.max(ya, hPrimeMode(sq, beta)));
  return { max: logHPrime(sq, beta, m), min: Math.min(logHPrime(sq, beta, ya), logHPrime(sq, beta, yb)) };
}

/** log(r(y₀ + d) − r(y₀)), d ≥ 0 given with ld = log d (d may lie below the double range) */
export function logRGap(sq: SmoothSquash, y0: number, d: number, ld: number): number {
  if (ld === -Infinity) return -Infinity;
  const y1 = y0 + d;
  if (sq === 'clip') {
    const lo = Math.max(y0, -1), hi = Math.min(y1, 1);
    if (!(hi > lo)) return -Infinity;
    return y0 >= -1 && y1 <= 1 ? ld : Math.log(hi - lo);
  }
  const k = sq === 'tanh' ? 1 : 0.5;
  const e = k * d, le = ld + Math.log(k);
  const logSinh = e < 1e-150 ? le : e < 20 ? Math.log(Math.sinh(e)) : e - LN2 + Math.log1p(-Math.exp(-2 * e));
  return logSinh - logCosh(k * y1) - logCosh(k * y0);
}

/** log(h(y₀ + d) − h(y₀)) for d ≥ 0, ld = log d */
export const logHGap = (sq: SmoothSquash, beta: number, y0: number, d: number, ld: number): number => {
  const lD = logRGap(sq, y0, d, ld);
  return lD === -Infinity ? -Infinity : logH(sq, beta, y0) + logExpm1OfExp(lD - Math.log(beta));
};
