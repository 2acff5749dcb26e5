/**
 * The laws of the parts of the return under π₀ (xvParts.ts partLawSpec), built once per (immutable) case
 * object and coefficient pair: X, V, U = X + V and the remainders R = U − V/a of the headline certificates.
 */
import { buildCached } from '../claims/buildCached.ts';
import type { Distribution } from '../distributions/types.ts';
import type { PartCoefficients, XvMdpSpec } from './xv.ts';
import { partLawSpec } from './xvParts.ts';

const cache = new WeakMap<XvMdpSpec, Map<string, Distribution>>();

export function partLaw(xv: XvMdpSpec, c: PartCoefficients): Distribution {
  let m = cache.get(xv);
  if (!m) cache.set(xv, (m = new Map()));
  const key = `${c.x},${c.v}`;
  let d = m.get(key);
  if (!d) m.set(key, (d = buildCached(partLawSpec(xv, c))));
  return d;
}
