import { describe, expect, it } from 'vitest';
import { test, fc } from '@fast-check/vitest';
import { inconclusive } from '../claims/verdicts.ts';
import type { Verdict } from '../claims/types.ts';
import { xvHeadlineArbitraries } from './xvHeadlineClaim.ts';
import { xvNoPolicyCertificate } from './xvHeadlineCertificate.ts';
import { xvHeadlineSearch, xvHeadlineVerdict, type XvHeadlineCase } from './xvHeadlineVerdict.ts';

/** The verdict as composed before the certificate moved between the search's two stages: search, then certificate. */
function searchThenCertificate(c: XvHeadlineCase): Verdict {
  const r = xvHeadlineSearch(c);
  if (r.verdict && r.verdict.status !== 'inconclusive') return r.verdict;
  return xvNoPolicyCertificate(c.xv, c.M, c.eps, c.eta) ?? r.verdict ?? inconclusive(r.reason ?? 'no witness and no certificate');
}

const arbs = xvHeadlineArbitraries();
const describeCase = (c: XvHeadlineCase) => JSON.stringify(c).slice(0, 1500);

describe('xvHeadlineVerdict: the no-policy certificate before the d_η stage', () => {
  // cancelling cases (U light: the certificate decides) and main cases (heavy U: witnesses, some only at d_η)
  test.prop([fc.oneof(arbs.literalMain, arbs.main)], { numRuns: 40 })('same status as "search, then certificate"', (c) => {
    const now = xvHeadlineVerdict(c);
    const before = searchThenCertificate(c);
    expect(now.status, `${now.summary} vs ${before.summary}\n${describeCase(c)}`).toBe(before.status);
  });

  it('an inconclusive witness at ε (h-transform: V shifts by 0.072 > η) is followed by the next one (leaf-local: holds)', () => {
    // start → terminal (reward 0) or → V-reward 1 then a controlled Pareto(α = 1.2) error leaf
    const c: XvHeadlineCase = {
      xv: {
        mdp: { start: 0, returnKind: 'sum', states: [{ kind: 'choice', actions: [{ next: 1, reward: 0, p0: 0.5 }, { next: 2, reward: 1, p0: 0.5 }] }, { kind: 'terminal' }, { kind: 'leaf', base: { family: 'pareto', xm: 1, alpha: 1.2 } }] },
        split: [[0, 1], null, { vShare: 0 }],
      },
      M: 5, eps: 0.1, eta: 0.05,
    };
    const v = xvHeadlineVerdict(c);
    expect(v.status, v.summary).toBe('holds');
    expect(v.summary.startsWith('leaf-local'), v.summary).toBe(true);
    expect(searchThenCertificate(c).status, 'search, then certificate').toBe('holds');
  });
});
