/**
 * Digamma ψ(x) = d/dx log Γ(x) for x > 0 (DLMF 5.15.8 asymptotic series, 5.5.2 recurrence).
 *
 *   |x − x₀| < 0.2, x₀ = 1.4616… the positive root: Taylor series about x₀ (coefficients ψ^{(k)}(x₀)/k!
 *     from mpmath), with x − x₀ formed in double-double so the relative accuracy survives at the root;
 *   otherwise: ψ(x) = ψ(x + n) − Σ_{k<n} 1/(x + k) with x + n ≥ 10, and
 *     ψ(y) = log y − 1/(2y) − Σ_{k=1..7} B_{2k}/(2k·y^{2k}).
 * NaN for x ≤ 0. Example: digamma(1) = −γ = −0.5772156649015329.
 */

/** B_{2k}/(2k), k = 1…7. */
const ASYMPTOTIC = [1 / 12, -1 / 120, 1 / 252, -1 / 240, 1 / 132, -691 / 32760, 1 / 12];

const ROOT_HI = 1.4616321449683622;
const ROOT_LO = 9.549995429965697e-17;
/** ψ^{(k)}(x₀)/k!, k = 1…19 (mpmath: diff(digamma, x0, k)/factorial(k), x0 = findroot(digamma, 1.46)). */
const ROOT_TAYLOR = [
  0.96767224544762117, -0.44276316898359211, 0.25849976095565101, -0.16394270544240653,
  0.10782405069126237, -0.072199561256454711, 0.048804288164143107, -0.033161126474847359,
  0.022597648232218105, -0.015424765904948959, 0.010538791616612175, -0.0072045343863568682,
  0.0049267813957298534, -0.0033698016554393281, 0.0023051263267349278, -0.0015769367714301973,
  0.0010788252019162966, -0.00073807093899600513, 0.00050495326583460204,
];

export function digamma(x: number): number {
  if (Number.isNaN(x) || x <= 0) return NaN;
  if (x === Infinity) return Infinity;
  const dx = x - ROOT_HI - ROOT_LO;
  if (Math.abs(dx) < 0.2) {
    let s = ROOT_TAYLOR[ROOT_TAYLOR.length - 1];
    for (let k = ROOT_TAYLOR.length - 2; k >= 0; k--) s = s * dx + ROOT_TAYLOR[k];
    return s * dx;
  }
  let shift = 0;
  let y = x;
  while (y < 10) {
    shift += 1 / y;
    y += 1;
  }
  const r = 1 / (y * y);
  let s = ASYMPTOTIC[6];
  for (let k = 5; k >= 0; k--) s = s * r + ASYMPTOTIC[k];
  return Math.log(y) - 0.5 / y - s * r - shift;
}
