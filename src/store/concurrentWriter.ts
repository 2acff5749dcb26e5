/**
 * Child process for the concurrency test (store.concurrent.test.ts): writes `n` entries whose failure
 * signature is shared by every writer (each from its own seed, so each must add one to the shared count)
 * and `n` entries of its own. Usage: node --import tsx concurrentWriter.ts <root> <writer> <n>
 */
import { saveEntry } from './save.ts';
import { toyEntry } from './toyEntry.ts';

const [root, writerText, nText] = process.argv.slice(2);
const writer = Number(writerText);
for (let i = 0; i < Number(nText); i++) {
  saveEntry(root, toyEntry({ value: { writer, i, shared: true }, seed: writer * 10_000 + i, signature: 'toy/claim|main|shared' }));
  saveEntry(root, toyEntry({ value: { writer, i }, seed: writer * 10_000 + i, signature: `toy/claim|main|own-${writer}-${i}` }));
}
