#!/usr/bin/env node
// The goodhart CLI: loads the TypeScript sources through tsx (no build step), then runs src/cli/main.ts.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
