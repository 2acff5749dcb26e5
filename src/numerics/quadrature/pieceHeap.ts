/**
 * Bookkeeping for globally adaptive quadrature: subintervals ("pieces") in a max-heap by error estimate, so the
 * worst one is bisected next (QUADPACK `dqpsrt` keeps a sorted list for the same purpose), and compensated totals.
 */

export interface Piece {
  seg: number;
  lo: number;
  hi: number;
  value: number;
  error: number;
}

/** Max-heap of pieces by error. */
export function heapPush(heap: Piece[], p: Piece): void {
  heap.push(p);
  let i = heap.length - 1;
  while (i > 0) {
    const parent = (i - 1) >> 1;
    if (heap[parent].error >= heap[i].error) break;
    [heap[parent], heap[i]] = [heap[i], heap[parent]];
    i = parent;
  }
}
export function heapPop(heap: Piece[]): Piece {
  const top = heap[0];
  const last = heap.pop()!;
  if (heap.length > 0) {
    heap[0] = last;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < heap.length && heap[l].error > heap[m].error) m = l;
      if (r < heap.length && heap[r].error > heap[m].error) m = r;
      if (m === i) break;
      [heap[m], heap[i]] = [heap[i], heap[m]];
      i = m;
    }
  }
  return top;
}

/** Neumaier-compensated sums of value and error over pieces. */
export function totals(pieces: readonly Piece[][]): { value: number; error: number } {
  let s = 0;
  let comp = 0;
  let e = 0;
  for (const list of pieces)
    for (const p of list) {
      const t = s + p.value;
      comp += Math.abs(s) >= Math.abs(p.value) ? s - t + p.value : p.value - t + s;
      s = t;
      e += p.error;
    }
  return { value: s + comp, error: e };
}
