/**
 * Finds and imports the claim files, `properties/<area>/<slug>.prop.ts`, each of which default-exports one
 * claim whose id is "<area>/<slug>" (checked: a file and its id must agree, so the store folder is the file's).
 * Ids come from the paths alone, so a command that needs one claim imports only that file.
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

const idOf = (propertiesDir: string, file: string) => relative(propertiesDir, file).replace(/\.prop\.ts$/, '').split(sep).join('/');

/** The ids of the claims in propertiesDir, from their paths (nothing imported). */
export function claimIds(propertiesDir: string): string[] {
  return claimFiles(propertiesDir).map((f) => idOf(propertiesDir, f));
}

/** Import the claims (only those with the given ids, when given; unknown ids are the caller's to report). */
export async function loadClaims(propertiesDir: string, only?: readonly string[]): Promise<Claim<unknown>[]> {
  const claims: Claim<unknown>[] = [];
  for (const file of claimFiles(propertiesDir)) {
    const expectedId = idOf(propertiesDir, file);
    if (only && !only.includes(expectedId)) continue;
    const mod = (await import(pathToFileURL(file).href)) as { default?: Claim<unknown> };
    const claim = mod.default;
    if (!claim || typeof claim !== 'object' || typeof claim.id !== 'string') {
      throw new Error(`${file}: must default-export a claim made with defineClaim`);
    }
    if (claim.id !== expectedId) throw new Error(`${file}: claim id '${claim.id}' must be '${expectedId}'`);
    claims.push(claim);
  }
  return claims;
}
