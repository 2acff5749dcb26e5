/**
 * The toy model's first sentence, corrected: at a policy already optimal in (quality, frequency) for its
 * severity (balanced), hacking more often than the base, and where severity still pays at fixed KL, every
 * fixed-KL improvement raises severity and lowers frequency or quality (Farkas, directions.ts).
 */
import fc from 'fast-check';
import { heavyTailed } from '../../src/arbitraries/heavyTailed.ts';
import { lightTailed } from '../../src/arbitraries/lightTailed.ts';
import { defineClaim } from '../../src/claims/defineClaim.ts';
import { checkClaimInVitest } from '../../src/claims/vitestClaim.ts';
import { fails, holds, inconclusive } from '../../src/claims/verdicts.ts';
import { buildCached as build } from '../../src/claims/buildCached.ts';
import { toyCase, toyPointOf, type ToyCase } from '../../src/constructions/toyModel/cases.ts';
import { fixedKlDirectionVerdict, isBalanced, severityMargin } from '../../src/constructions/toyModel/directions.ts';

const point = (c: ToyCase) => toyPointOf(c);
const anyX = fc.oneof(heavyTailed({ finiteMean: true, continuous: true }), lightTailed({ finiteMean: true, continuous: true, unboundedAbove: true }));

const claim = defineClaim<ToyCase>({
  id: 'toy-model/fixed-kl-directions',
  title: 'Toy model: at a balanced policy where severity pays, every fixed-KL improvement raises severity and lowers frequency or quality',
  source: 'Kwa & Garriga-Alonso 2024, "Catastrophic Goodhart in RL with KL penalty", section "Limitations" (toy model)',
  quote:
    'All ways to adjust the policy to increase E[U] without increasing KL increase severity of hacking while decreasing either frequency of hacking or quality of responses.',
  aliases: ['post Limitations: toy model, sentence 1 (corrected)'],
  reading:
    'Same model as the literal claim. At (θ, p, s) with θ·(H − L) = logit p − logit F̄(s) (quality and frequency already traded optimally; this needs finite H and L, so E[X] finite is implied; for discrete X, F̄ is flat between atoms, ∂_s = 0 and severityPays fails, so a density is implied too), p > F̄(s) and ∂_sE[U] > ∂_sKL/θ (raising severity, paid for by quality, still raises E[U]): every d with ∇KL·d ≤ 0 < ∇E[U]·d has ds > 0 and (dθ < 0 or dp < 0).',
  hypotheses: [
    { name: 'heavyTailed(X)', description: 'heavy right tail (λ₊ = 0)', holds: (c) => build(c.x).tailClass === 'heavy' },
    { name: 'balanced', description: 'θ·(H − L) = logit p − logit F̄(s) to 1e-9 relative: no gain from trading quality against frequency at fixed severity', holds: (c) => { const r = point(c); return r !== null && isBalanced(r.t); } },
    { name: 'moreHacking', description: 'p > F̄(s): the policy hacks more often than the base policy', holds: (c) => { const r = point(c); return r !== null && r.pt.p > Math.exp(r.t.logQ); } },
    { name: 'severityPays', description: '∂_sE[U] > ∂_sKL/θ: severity is below its fixed-KL optimum', holds: (c) => { const r = point(c); return r !== null && severityMargin(r.t).c > 0; } },
  ],
  necessity: { 'heavyTailed(X)': 'appears-unnecessary', balanced: 'load-bearing', moreHacking: 'load-bearing', severityPays: 'load-bearing' },
  conclusion: (c) => { const r = point(c); return r ? fixedKlDirectionVerdict(r.x, r.pt, r.t) : inconclusive('no point in double range'); },
  expect: 'holds',
  finding:
    'severityPays is where the wording overreaches: it holds at every balanced point for Pareto X, but fails for Student-t, lognormal and Weibull X while p/F̄(s) is moderate (≈ log(p/F̄(s)) < (H − L)/(H − s)), and for light X (exponential, normal) almost everywhere: there the fixed-KL improvement lowers severity.',
  corrects: 'toy-model/fixed-kl-directions-literal',
  uses: [],
  // mostly balanced points that hack more than the base (the claim's domain), the rest anywhere
  arbitrary: fc.oneof({ arbitrary: toyCase(anyX, { theta: 'balanced', moreHacking: true }), weight: 3 }, { arbitrary: toyCase(anyX, { theta: 'both' }), weight: 1 }),
  necessityArbitraries: {
    'heavyTailed(X)': toyCase(lightTailed({ finiteMean: true, continuous: true, unboundedAbove: true }), { theta: 'balanced', moreHacking: true }),
    balanced: toyCase(anyX, { theta: 'free', moreHacking: true }),
    moreHacking: toyCase(anyX, { theta: 'balanced', moreHacking: false }),
    severityPays: toyCase(anyX, { theta: 'balanced', moreHacking: true }),
  },
  mutants: [
    {
      name: 'dropped "or quality": every fixed-KL improvement lowers frequency',
      arbitrary: toyCase(heavyTailed({ finiteMean: true, continuous: true }), { theta: 'balanced', moreHacking: true }),
      conclusion: (c) => {
        const r = point(c);
        if (!r || !(severityMargin(r.t).c > 0)) return holds('outside the hypotheses', {});
        const [th, kp, ks] = r.t.gradKl;
        // d = tangent step with ds = 1 plus α·(k_p, −θ, 0), α chosen so dp = +1 > 0 (frequency rises, quality falls)
        const n = th * th + kp * kp;
        const a = (-ks * th) / n, b = (-ks * kp) / n, alpha = (b - 1) / th;
        const d = [a + alpha * kp, b - alpha * th, 1];
        const gd = d[0] + r.t.gradU[1] * d[1] + r.t.gradU[2] * d[2];
        return gd > 0 && d[1] > 0 ? fails(`d=(${d.map((v) => v.toPrecision(3)).join(', ')}) raises E[U] at fixed KL with dp > 0`, { gd, dp: d[1] }) : holds('no such direction', { gd });
      },
    },
  ],
});

export default claim;
await checkClaimInVitest(claim);
