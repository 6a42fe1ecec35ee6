import { ZIGGURAT_F, ZIGGURAT_K, ZIGGURAT_LAYERS, ZIGGURAT_R, ZIGGURAT_W } from './exponential-ziggurat';

// The tables the draw reads per arrival, held here: where modules compile to CommonJS (tsx, the bench), every read of
// an imported name is a getter call on the other module's exports (two per draw; the getter showed in CPU profiles).
const LAYER_MASK = ZIGGURAT_LAYERS - 1;
const INNER = ZIGGURAT_K;
const WIDTH = ZIGGURAT_W;

/**
 * A seeded pseudo-random generator: xoshiro128** (Blackman & Vigna), seeded
 * through splitmix32 so that any 32-bit seed, 0 included, gives a good state.
 * Plain 32-bit integer arithmetic: the same seed gives the same numbers on
 * every JavaScript engine, which the byte-for-byte trace promise rests on
 * (Math.random cannot be seeded).
 */
export class Prng {
  /**
   * The state words a, b, c, d, in a typed array: read back they are always
   * int32, where as fields they were small integers at times and boxed
   * numbers at others (beyond 31 bits), and a new generator's first draw
   * could undo the optimised code the last run left (a deopt, then the event
   * loop compiled again in the next run's time). The arithmetic is bitwise,
   * so signed words give the same numbers as the unsigned ones before.
   */
  private readonly state = new Int32Array(4);
  /** Box–Muller makes normals in pairs; the second is kept for the next call. */
  private spare = 0;
  private hasSpare = false;

  constructor(seed: number) {
    let s = seed >>> 0;
    const next = () => {
      s = (s + 0x9e3779b9) | 0;
      let z = s;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
      return (z ^ (z >>> 16)) >>> 0;
    };
    for (let i = 0; i < 4; i++) this.state[i] = next();
  }

  /** A 32-bit unsigned integer. */
  nextUint32(): number {
    const state = this.state;
    const a = state[0];
    const b = state[1];
    const result = Math.imul(rotl(Math.imul(b, 5), 7), 9) >>> 0;
    const t = b << 9;
    const c = state[2] ^ a;
    const d = state[3] ^ b;
    state[0] = a ^ d;
    state[1] = b ^ c;
    state[2] = c ^ t;
    state[3] = rotl(d, 11);
    return result;
  }

  /** A float in [0, 1) with 32 random bits. */
  next(): number {
    return this.nextUint32() / 4294967296;
  }

  /** An integer in [0, n). */
  below(n: number): number {
    return Math.floor(this.next() * n);
  }

  /**
   * An exponential draw with the given mean, by the ziggurat
   * (exponential-ziggurat.ts): most draws are one integer, a table lookup and
   * a multiplication; the engine makes one per arrival.
   */
  exponential(mean: number): number {
    for (;;) {
      const u = this.nextUint32();
      const layer = u & LAYER_MASK;
      const point = u >>> 8;
      if (point < INNER[layer]) return point * WIDTH[layer] * mean;
      const x = this.exponentialEdge(layer, point);
      if (x >= 0) return x * mean;
    }
  }

  /** A draw outside a layer's inner rectangle: the tail (base layer) or the wedge test; -1 when rejected (draw again). */
  private exponentialEdge(layer: number, point: number): number {
    // Beyond R the exponential forgets it got there: R plus a fresh draw (1 − u avoids log(0)).
    if (layer === 0) return ZIGGURAT_R - Math.log(1 - this.next());
    const x = point * ZIGGURAT_W[layer];
    const y = ZIGGURAT_F[layer] + this.next() * (ZIGGURAT_F[layer - 1] - ZIGGURAT_F[layer]);
    return y < Math.exp(-x) ? x : -1;
  }

  /**
   * An exponential draw with the given mean rounded to a whole number, at
   * least 1 (the engine's gaps between arrivals, in µs). A whole number is
   * what crosses the call: where V8 does not inline this into the event loop,
   * a fractional result would be a number boxed on the heap, one allocation
   * per arrival.
   */
  exponentialWhole(mean: number): number {
    return Math.max(1, Math.round(this.exponential(mean)));
  }

  /** A standard normal draw (Box–Muller). */
  normal(): number {
    if (this.hasSpare) {
      this.hasSpare = false;
      return this.spare;
    }
    const u = 1 - this.next();
    const v = this.next();
    const r = Math.sqrt(-2 * Math.log(u));
    this.spare = r * Math.sin(2 * Math.PI * v);
    this.hasSpare = true;
    return r * Math.cos(2 * Math.PI * v);
  }
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}
