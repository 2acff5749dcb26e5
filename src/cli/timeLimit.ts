/**
 * `--time-limit S`: every search (the main one, each necessity check, each mutant) stops generating after S
 * seconds (fast-check's interruptAfterTimeLimit, installed once as a global plugin that reads the current
 * limit, so that it can be switched off again); an interrupted search is not a failure, and the report's
 * run counts show how far it got.
 */
import fc from 'fast-check';

let limitMs: number | undefined;
let installed = false;

export function setSearchTimeLimit(ms: number | undefined): void {
  limitMs = ms;
  if (installed || ms === undefined) return;
  installed = true;
  const plugin: fc.Plugin<unknown> = (index, store) => (limitMs === undefined ? {} : fc.interruptAfterTimeLimit(limitMs)(index, store));
  fc.installGlobalPlugin(plugin);
}
