/**
 * `classCoverage(arb, classify)`: how often each class occurs among values drawn at a fixed seed — the
 * counting behind fc.statistics, returned as numbers so a test can fail when a class the claims need is
 * generated in under 5 % of cases. `specClasses` and `pairClasses` classify by building the spec
 * (tail class, mean, support read from the built distribution) plus the spec's own structure
 * (mixture, affine, reflected).
 */
import fc from 'fast-check';
import { build } from '../distributions/build.ts';
import type { DistributionSpec } from '../distributions/types.ts';
import { buildPair } from '../pairs/buildPair.ts';
import type { PairSpec } from '../pairs/types.ts';

export interface CoverageRow {
  readonly label: string;
  readonly count: number;
  readonly fraction: number;
}

/** Options of {@link classCoverage}. */
export interface ClassCoverageOptions {
  /** values drawn. Default: 1000 */
  readonly numRuns?: number;
  /** fast-check seed. Default: 20240715 */
  readonly seed?: number;
}

export function classCoverage<T>(arb: fc.Arbitrary<T>, classify: (value: T) => readonly string[], options: ClassCoverageOptions = {}): CoverageRow[] {
  const numRuns = options.numRuns ?? 1000;
  const counts = new Map<string, number>();
  for (const value of fc.sample(arb, { seed: options.seed ?? 20240715, numRuns })) {
    for (const label of new Set(classify(value))) counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  return [...counts].map(([label, count]) => ({ label, count, fraction: count / numRuns })).sort((a, b) => b.count - a.count);
}

/** Structural features of a spec: 'mixture', 'affine', 'reflected' (an affine map with scale < 0) anywhere inside. */
export function specStructure(spec: DistributionSpec): string[] {
  const out = new Set<string>();
  const walk = (s: DistributionSpec): void => {
    if (s.family === 'mixture') {
      out.add('mixture');
      s.components.forEach(walk);
    } else if (s.family === 'affine') {
      out.add('affine');
      if (s.scale < 0) out.add('reflected');
      walk(s.base);
    }
  };
  walk(spec);
  return [...out];
}

/** Classes of a spec read from the built distribution (never from how it was generated), plus its structure. */
export function specClasses(spec: DistributionSpec): string[] {
  const d = build(spec);
  const mean = d.mean();
  return [
    d.tailClass,
    Number.isFinite(mean) ? 'finiteMean' : 'infiniteMean',
    d.support.upper < Infinity ? 'boundedAbove' : 'unboundedAbove',
    d.support.kind,
    ...specStructure(spec),
  ];
}

/** Classes of a pair spec: its kind, dependent or not, and the classes of its marginals where available. */
export function pairClasses(spec: PairSpec): string[] {
  const p = buildPair(spec);
  const out = [spec.kind, spec.kind === 'independent' ? 'independentPair' : 'dependentPair'];
  if (p.x) out.push(`X ${p.x.tailClass}`);
  if (p.v) {
    out.push(`V ${p.v.tailClass}`);
    if (p.v.support.upper < Infinity) out.push('V boundedAbove');
    if (p.v.support.kind === 'discrete') out.push('V discrete');
  }
  const xHeavy = p.x ? p.x.tailClass === 'heavy' : noiseDecidesX(spec);
  if (p.v && xHeavy !== undefined) {
    if (xHeavy && p.v.tailClass !== 'heavy') out.push('heavy X, light V');
    if (!xHeavy && p.v.tailClass !== 'heavy') out.push('light X, light V');
  }
  return out;
}

/**
 * Whether X = aV + N (or clip(V) + N, or bV + N) has a heavy right tail, when V is light: exactly when N
 * does (P(X > x) ≥ P(aV > −c)·P(N > x + c), and a sum of independent light laws is light). Undefined for
 * X = V² + N and for heavy V.
 */
function noiseDecidesX(spec: PairSpec): boolean | undefined {
  if (spec.kind !== 'linear' && spec.kind !== 'functional') return undefined;
  if (spec.kind === 'functional' && spec.f.kind === 'square') return undefined;
  if (build(spec.v).tailClass === 'heavy' || build(spec.v).tails.left.tailClass === 'heavy') return undefined;
  return build(spec.kind === 'linear' ? spec.z : spec.noise).tailClass === 'heavy';
}
