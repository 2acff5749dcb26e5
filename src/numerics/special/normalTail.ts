/**
 * Standard normal tails in log space (numerics.md §4.1, Normal/lognormal rows of §4.2).
 *
 * logPhic(z) = log P(N(0,1) > z):
 *   z ≥ 0: log(½·erfcx(z/√2)) − z·z/2 (z·z/2, not (z/√2)²); exact however far out
 *          (logPhic(1e6) = −5e11 − … to 1.2e-16), no asymptotic series needed;
 *   z < 0: log1p(−½·erfcx(−z/√2)·e^{−z²/2}) = log(1 − Φc(|z|)), with e^{−z²/2} from a Veltkamp split of z
 *          itself (z² exact as hi² + 2·hi·lo + lo²): e^{−w²} with w = −z/√2 rounded first loses ~z²·ulp
 *          (3.3e-14 relative at z = −30 against mpmath).
 */
import { LOG_SQRT_2PI } from '../logspace.ts';
import { erfcx } from './erfcx.ts';

const SQRT1_2 = Math.SQRT1_2;
const SQRT_HALF_PI = 1.2533141373155003; // √(π/2)

/** log P(N(0,1) > z); 0 at −∞, −∞ at +∞. Example: logPhic(10) = −53.23128515051247. */
export function logPhic(z: number): number {
  if (Number.isNaN(z)) return NaN;
  if (z === Infinity) return -Infinity;
  if (z === -Infinity) return 0;
  if (z >= 0) return Math.log(0.5 * erfcx(z * SQRT1_2)) - (z * z) / 2;
  return Math.log1p(-0.5 * erfcx(-z * SQRT1_2) * expNegHalfSquare(z));
}

/** e^{−z²/2} with z split as hi + lo (hi ≤ 26 significant bits, so hi² is exact); 0 past |z| ≈ 38.6. */
function expNegHalfSquare(z: number): number {
  const az = Math.abs(z);
  if (az > 39) return 0; // e^{−z²/2} < 2^{−1074}
  const c = 134217729 * az; // 2^27 + 1
  const hi = c - (c - az);
  const lo = az - hi;
  return Math.exp(-0.5 * hi * hi) * Math.exp(-(hi * lo + 0.5 * lo * lo));
}

/** log P(N(0,1) ≤ z) = logPhic(−z). */
export function logPhi(z: number): number {
  return logPhic(-z);
}

/** log φ(z) = −z²/2 − ½·log 2π, the standard normal log-density. */
export function logPhiDensity(z: number): number {
  return -(z * z) / 2 - LOG_SQRT_2PI;
}

/** Mills ratio R(z) = Φc(z)/φ(z) = √(π/2)·erfcx(z/√2); ~1/z for large z, +∞ below z ≈ −37.7. */
export function millsRatio(z: number): number {
  return SQRT_HALF_PI * erfcx(z * SQRT1_2);
}
