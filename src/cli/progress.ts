/**
 * Progress of a verify run: a bar (cli-progress) on a terminal, one plain line per claim otherwise (CI logs),
 * nothing at all on stdout when stdout carries JSON (the lines then go to stderr).
 */
import cliProgress from 'cli-progress';

export interface Progress {
  claimStarted(id: string): void;
  claimDone(id: string, met: boolean, status: string, elapsedMs: number): void;
  stop(): void;
}

export function createProgress(total: number, options: { json: boolean; out?: NodeJS.WriteStream; err?: NodeJS.WriteStream }): Progress {
  const out = options.out ?? process.stdout;
  const err = options.err ?? process.stderr;
  if (!options.json && out.isTTY) {
    const bar = new cliProgress.SingleBar(
      { format: 'verify [{bar}] {value}/{total} claims | {claim}', stream: out, hideCursor: true, clearOnComplete: true, barsize: 30 },
      cliProgress.Presets.shades_classic,
    );
    bar.start(total, 0, { claim: '' });
    let done = 0;
    return {
      claimStarted: (id) => bar.update(done, { claim: id }),
      claimDone: () => bar.update(++done, { claim: '' }),
      stop: () => bar.stop(),
    };
  }
  const stream = options.json ? err : out;
  return {
    claimStarted: () => {},
    claimDone: (id, met, status, ms) => void stream.write(`${met ? 'ok  ' : 'FAIL'} ${id} (${status}, ${(ms / 1000).toFixed(1)} s)\n`),
    stop: () => {},
  };
}
