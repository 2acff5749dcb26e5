/**
 * Vitest setup: fixes fast-check's seed from GOODHART_SEED so every run is reproducible, and refuses to
 * run in CI without one (fast-check's own CI habit). Every failure report then prints seed, path and value.
 */
import fc from 'fast-check';
import { resolveSeed } from './seed.ts';

const seed = resolveSeed(process.env);
fc.configureGlobal({ ...fc.readConfigureGlobal(), seed });
