/**
 * A latency histogram over non-negative integers (microseconds) with
 * log-linear buckets: 64 sub-buckets per power of two, so a quantile is
 * within about 1.6 % of the true value while the memory stays fixed whatever
 * the run's length. Count, sum and max are exact.
 */
const SUB_BITS = 6;
const SUB = 1 << SUB_BITS;
const BUCKETS = SUB + (54 - SUB_BITS) * SUB;

export class Histogram {
  readonly counts = new Float64Array(BUCKETS);
  count = 0;
  sum = 0;
  max = 0;

  record(value: number): void {
    const v = value < 0 ? 0 : Math.floor(value);
    this.counts[bucketOf(v)]++;
    this.count++;
    this.sum += v;
    if (v > this.max) this.max = v;
  }

  /** `weight` records of `value` at once (the fluid model's quanta: weights need not be whole). */
  recordWeighted(value: number, weight: number): void {
    const v = value < 0 ? 0 : Math.floor(value);
    this.counts[bucketOf(v)] += weight;
    this.count += weight;
    this.sum += v * weight;
    if (v > this.max) this.max = v;
  }

  mean(): number {
    return this.count === 0 ? 0 : this.sum / this.count;
  }

  /** The value below which a fraction `q` of the records fall (the middle of its bucket, capped at the max). */
  quantile(q: number): number {
    if (this.count === 0) return 0;
    const rank = Math.max(1, Math.ceil(q * this.count));
    let seen = 0;
    for (let i = 0; i < BUCKETS; i++) {
      seen += this.counts[i];
      if (seen >= rank) return Math.min(this.max, bucketMiddle(i));
    }
    return this.max;
  }
}

function bucketOf(v: number): number {
  if (v < SUB) return v;
  if (v < 2147483648) {
    const shift = 31 - Math.clz32(v) - SUB_BITS;
    return SUB + shift * SUB + ((v >> shift) - SUB);
  }
  // Past 2^31 µs (36 minutes: hour-long backlogs) the exponent comes from the high 32 bits, exactly and without Math.log2.
  const high = Math.floor(v / 4294967296);
  const shift = (high > 0 ? 63 - Math.clz32(high) : 31) - SUB_BITS;
  const sub = Math.floor(v / POW2[shift]) - SUB;
  return SUB + shift * SUB + sub;
}

const POW2 = Float64Array.from({ length: 64 }, (_, i) => 2 ** i);

function bucketMiddle(index: number): number {
  if (index < SUB) return index;
  const shift = Math.floor((index - SUB) / SUB);
  const sub = (index - SUB) % SUB;
  const low = (SUB + sub) * 2 ** shift;
  return low + (2 ** shift - 1) / 2;
}
