/** Neumaier-compensated summation (Higham, Accuracy and Stability of Numerical Algorithms, §4.3); IEEE rules for ±∞ and NaN. */
export function compensatedSum(terms: Iterable<number>): number {
  let sum = 0;
  let comp = 0;
  for (const term of terms) {
    const t = sum + term;
    if (Number.isFinite(t)) comp += Math.abs(sum) >= Math.abs(term) ? sum - t + term : term - t + sum;
    sum = t;
  }
  return Number.isFinite(sum) ? sum + comp : sum;
}
