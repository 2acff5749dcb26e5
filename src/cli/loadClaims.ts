/**
 * Finds and imports the claim files, `properties/<area>/<slug>.prop.ts`, each of which default-exports one
 * claim whose id is "<area>/<slug>" (checked: a file and its id must agree, so the store folder is the file's).
 */
import { readdirSync, existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Claim } from '../claims/types.ts';

export function claimFiles(propertiesDir: string): string[] {
  if (!existsSync(propertiesDir)) return [];
  return readdirSync(propertiesDir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.prop.ts'))
    .map((f) => join(propertiesDir, f))
    .sort();
}

export async function loadClaims(propertiesDir: string): Promise<Claim<unknown>[]> {
  const claims: Claim<unknown>[] = [];
  for (const file of claimFiles(propertiesDir)) {
    const mod = (await import(pathToFileURL(file).href)) as { default?: Claim<unknown> };
    const claim = mod.default;
    const expectedId = relative(propertiesDir, file).replace(/\.prop\.ts$/, '').split(sep).join('/');
    if (!claim || typeof claim !== 'object' || typeof claim.id !== 'string') {
      throw new Error(`${file}: must default-export a claim made with defineClaim`);
    }
    if (claim.id !== expectedId) throw new Error(`${file}: claim id '${claim.id}' must be '${expectedId}'`);
    claims.push(claim);
  }
  return claims;
}
