/**
 * The laws of the parts of the return under π₀ (xvParts.ts partLawSpec), built once per (immutable) case
 * object and coefficient pair: X, V, U = X + V and the remainders R = U − V/a of the headline certificates.
 * A built law is a function of its spec's content alone, so laws are also shared across case objects by the
 * spec's canonical text (generators and shrinking repeat cases; the law's cumulants, t3Cumulants.ts, are cached
 * per built object and come along). Bounded: cleared when full.
 */
import { buildCached } from '../claims/buildCached.ts';
import type { Distribution } from '../distributions/types.ts';
import type { PartCoefficients, XvMdpSpec } from './xv.ts';
import { partLawSpec } from './xvParts.ts';

const cache = new WeakMap<XvMdpSpec, Map<string, Distribution>>();
const byContent = new Map<string, Distribution>();
const BY_CONTENT_SIZE = 64;

export function partLaw(xv: XvMdpSpec, c: PartCoefficients): Distribution {
  let m = cache.get(xv);
  if (!m) cache.set(xv, (m = new Map()));
  const key = `${c.x},${c.v}`;
  let d = m.get(key);
  if (!d) {
    const spec = partLawSpec(xv, c);
    const text = JSON.stringify(spec, (_, v) => (typeof v === 'number' && !Number.isFinite(v) ? `#${v}` : Object.is(v, -0) ? '#-0' : v));
    d = byContent.get(text);
    if (!d) {
      if (byContent.size >= BY_CONTENT_SIZE) byContent.clear();
      byContent.set(text, (d = buildCached(spec)));
    }
    m.set(key, d);
  }
  return d;
}
