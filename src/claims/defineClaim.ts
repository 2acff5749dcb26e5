/**
 * `defineClaim` validates a claim definition once, at load time, so that a malformed claim file is a clear
 * error rather than a property that silently checks nothing.
 */
import type { Claim, ClaimDefinition } from './types.ts';

const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function defineClaim<C>(definition: ClaimDefinition<C>): Claim<C> {
  const where = `claim '${definition.id}'`;
  if (!ID_PATTERN.test(definition.id)) {
    throw new Error(`${where}: id must look like "<area>/<slug>" in kebab-case`);
  }
  if (definition.quote.trim() === '') throw new Error(`${where}: quote must be the statement as worded`);
  if (definition.expect !== 'holds' && definition.expect !== 'refuted') {
    throw new Error(`${where}: expect must be 'holds' or 'refuted'`);
  }
  if (definition.expect === 'refuted' && !definition.finding) {
    throw new Error(`${where}: a claim expected to be refuted must say what was found (finding)`);
  }
  const names = new Set<string>();
  for (const h of definition.hypotheses) {
    if (names.has(h.name)) throw new Error(`${where}: duplicate hypothesis '${h.name}'`);
    names.add(h.name);
  }
  for (const name of names) {
    if (!(name in definition.necessity)) throw new Error(`${where}: necessity has no expected result for '${name}'`);
  }
  for (const name of Object.keys(definition.necessity)) {
    if (!names.has(name)) throw new Error(`${where}: necessity names unknown hypothesis '${name}'`);
  }
  for (const name of Object.keys(definition.necessityArbitraries ?? {})) {
    if (!names.has(name)) throw new Error(`${where}: necessityArbitraries names unknown hypothesis '${name}'`);
  }
  const budget = definition.inconclusiveBudget;
  if (budget && !(budget.share > 0.01 && budget.share < 1 && budget.reason.trim() !== '')) {
    throw new Error(`${where}: inconclusiveBudget must raise the 1% default (share in (0.01, 1)) and say why`);
  }
  for (const runs of [definition.testRuns, definition.verifyRuns]) {
    if (runs !== undefined && (!Number.isInteger(runs) || runs < 2)) {
      throw new Error(`${where}: run counts must be integers ≥ 2`);
    }
  }
  return Object.freeze({ ...definition });
}
