import fc from 'fast-check';
import { anyDistribution } from './anyDistribution.ts';
import { heavyTailed } from './heavyTailed.ts';
import { lightTailed } from './lightTailed.ts';
import { build } from '../distributions/build.ts';
for (const [name, arb, want] of [['any', anyDistribution(), null], ['heavy', heavyTailed(), 'heavy'], ['light', lightTailed(), 'light']] as const) {
  const xs = fc.sample(arb as fc.Arbitrary<any>, { seed: 1, numRuns: 500 });
  let errs = 0; const msgs = new Map<string, number>(); let bad = 0;
  for (const s of xs) {
    try { const d = build(s); if (want === 'heavy' && d.tailClass !== 'heavy') { bad++; if (bad < 3) console.log('notheavy', JSON.stringify(s)); }
      if (want === 'light' && d.tailClass === 'heavy') { bad++; if (bad < 3) console.log('notlight', JSON.stringify(s)); } }
    catch (e) { errs++; const m = String((e as Error).message).slice(0, 90); msgs.set(m, (msgs.get(m) ?? 0) + 1); }
  }
  console.log(name, 'errors', errs, 'misclassified', bad); for (const [m, c] of msgs) console.log('  ', c, m);
}
