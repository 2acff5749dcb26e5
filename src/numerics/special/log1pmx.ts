/**
 * log1pmx(u) = log(1 + u) − u, accurate to a few ulps relative for every u > −1 (numerics.md §4.1).
 *
 * For |u| ≤ ½ the leading cancellation is removed by writing log1p(u) = 2·atanh(v), v = u/(2 + u):
 *   log1p(u) − u = −u²/(2 + u) + 2·Σ_{k≥1} v^{2k+1}/(2k + 1),
 * a series in v² ≤ 1/9 (at most ~16 terms). Outside that range log1p(u) and −u do not cancel badly.
 *
 * Example: log1pmx(1e-10) = −4.99999999966666…e-21 (mpmath: log1p(u) − u).
 */
export function log1pmx(u: number): number {
  if (Number.isNaN(u) || u < -1) return NaN;
  if (u === -1) return -Infinity;
  if (u === Infinity) return -Infinity;
  if (Math.abs(u) > 0.5) return Math.log1p(u) - u;
  const v = u / (2 + u);
  const v2 = v * v;
  let power = v * v2;
  let sum = 0;
  for (let k = 1; k < 40; k++) {
    const term = power / (2 * k + 1);
    sum += term;
    if (Math.abs(term) <= 1e-17 * Math.abs(sum)) break;
    power *= v2;
  }
  return -(u * u) / (2 + u) + 2 * sum;
}
