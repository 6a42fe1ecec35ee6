/** A station's cumulative arrivals over time, one point per tick, linear in between: the FIFO age of the message at any count. */
export class ArrivalCurve {
  private times = new Float64Array(64);
  private counts = new Float64Array(64);
  private head = 0;
  /** Points held: the first is (0, 0). */
  private tail = 1;

  add(time: number, cumulative: number): void {
    if (this.tail === this.times.length) {
      // Drop the points already passed, or grow.
      if (this.head > 0) {
        this.times.copyWithin(0, this.head, this.tail);
        this.counts.copyWithin(0, this.head, this.tail);
        this.tail -= this.head;
        this.head = 0;
      }
      if (this.tail === this.times.length) {
        const times = new Float64Array(this.times.length * 2);
        const counts = new Float64Array(this.times.length * 2);
        times.set(this.times);
        counts.set(this.counts);
        this.times = times;
        this.counts = counts;
      }
    }
    this.times[this.tail] = time;
    this.counts[this.tail] = cumulative;
    this.tail++;
  }

  /** When the cumulative arrivals reached `n`; counts only ever grow, so the points before it are passed for good. */
  timeOf(n: number): number {
    const { times, counts } = this;
    while (this.head + 2 < this.tail && counts[this.head + 1] < n) this.head++;
    const h = this.head;
    if (h + 1 >= this.tail) return times[h];
    const a0 = counts[h];
    const a1 = counts[h + 1];
    if (a1 <= a0) return times[h + 1];
    return times[h] + (times[h + 1] - times[h]) * Math.min(1, Math.max(0, (n - a0) / (a1 - a0)));
  }
}
