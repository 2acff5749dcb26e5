/** Neumaier-compensated summation (Higham, Accuracy and Stability of Numerical Algorithms, §4.3); IEEE rules for ±∞ and NaN. */
export function compensatedSum(terms: Iterable<number>): number {
  const acc = new Compensated();
  for (const term of terms) acc.add(term);
  return acc.value();
}

/** The same Neumaier sum as an accumulator (no array of terms): add terms one at a time, then read value(). */
export class Compensated {
  private sum = 0;
  private comp = 0;

  add(term: number): void {
    const sum = this.sum;
    const t = sum + term;
    if (Number.isFinite(t)) this.comp += Math.abs(sum) >= Math.abs(term) ? sum - t + term : term - t + sum;
    this.sum = t;
  }

  value(): number {
    return Number.isFinite(this.sum) ? this.sum + this.comp : this.sum;
  }
}
