/**
 * The simulation's future event list: a 4-ary min-heap (half the levels of a
 * binary one, so half the moves of an event sinking to its place) kept in
 * parallel typed arrays, so pushing and popping an event allocates nothing (the engine does
 * tens of millions per run). Events are ordered by time, then by the order
 * they were scheduled in: two events at the same instant always come out the
 * same way, which keeps runs reproducible.
 *
 * An event is (time, kind, a, b): `kind` says what happens, `a` and `b` are
 * integer arguments (a station, a server, a message). `pop` writes the event
 * into the public fields instead of returning an object.
 */
export class EventQueue {
  private times: Float64Array;
  private seqs: Float64Array;
  private kinds: Int32Array;
  private as: Int32Array;
  private bs: Int32Array;
  private count = 0;
  private nextSeq = 0;

  /**
   * The event `pop` last took. `time` starts as -0 (equal to 0 in every
   * comparison) because -0 is a double where 0 is a small integer: a field
   * that starts as a small integer and is later given a double (the times
   * come from a Float64Array) changes the queue's hidden class mid-run; the
   * next run's new queue, born with the changed class, then undid the event
   * loop the last run optimised (its type for the engine's `queue` field no
   * longer held), and the loop compiled again in the next run's time.
   */
  time = -0;
  kind = 0;
  a = 0;
  b = 0;

  constructor(capacity = 1024) {
    this.times = new Float64Array(capacity);
    this.seqs = new Float64Array(capacity);
    this.kinds = new Int32Array(capacity);
    this.as = new Int32Array(capacity);
    this.bs = new Int32Array(capacity);
  }

  get size(): number {
    return this.count;
  }

  /** The time of the next event; Infinity when there is none. */
  peekTime(): number {
    return this.count === 0 ? Infinity : this.times[0];
  }

  push(time: number, kind: number, a: number, b: number): void {
    if (this.count === this.times.length) this.grow();
    const seq = this.nextSeq++;
    const { times, seqs, kinds, as, bs } = this;
    let i = this.count++;
    // Sift up: move parents down until the new event's place is found.
    while (i > 0) {
      const parent = (i - 1) >> 2;
      const pt = times[parent];
      if (pt < time || (pt === time && seqs[parent] < seq)) break;
      times[i] = pt;
      seqs[i] = seqs[parent];
      kinds[i] = kinds[parent];
      as[i] = as[parent];
      bs[i] = bs[parent];
      i = parent;
    }
    times[i] = time;
    seqs[i] = seq;
    kinds[i] = kind;
    as[i] = a;
    bs[i] = b;
  }

  /** Takes the earliest event into `time`, `kind`, `a`, `b`; false when empty. */
  pop(): boolean {
    if (!this.peek()) return false;
    this.removeTop();
    return true;
  }

  /** Reads the earliest event into `time`, `kind`, `a`, `b` and leaves it in place; false when empty. */
  peek(): boolean {
    if (this.count === 0) return false;
    this.time = this.times[0];
    this.kind = this.kinds[0];
    this.a = this.as[0];
    this.b = this.bs[0];
    return true;
  }

  /** Removes the earliest event (after `peek`). */
  removeTop(): void {
    const last = --this.count;
    if (last === 0) return;
    this.times[0] = this.times[last];
    this.seqs[0] = this.seqs[last];
    this.kinds[0] = this.kinds[last];
    this.as[0] = this.as[last];
    this.bs[0] = this.bs[last];
    this.siftDownRoot();
  }

  /**
   * Removes the earliest event and schedules another, as `removeTop` then
   * `push` would, in one pass: a handler that schedules its own successor
   * first (a producer's next arrival) saves the second pass through the heap.
   */
  replaceTop(time: number, kind: number, a: number, b: number): void {
    this.times[0] = time;
    this.seqs[0] = this.nextSeq++;
    this.kinds[0] = kind;
    this.as[0] = a;
    this.bs[0] = b;
    this.siftDownRoot();
  }

  /**
   * Moves the event at the root down to its place: the earliest of each node's four children moves up until it is
   * found. It reads the event from the root rather than taking it as arguments: where V8 does not inline this (the
   * event loop's inlining budget runs out before it), a time passed as an argument is a number boxed on the heap,
   * one allocation per event.
   */
  private siftDownRoot(): void {
    const { times, seqs, kinds, as, bs } = this;
    const n = this.count;
    const time = times[0];
    const seq = seqs[0];
    const kind = kinds[0];
    const a = as[0];
    const b = bs[0];
    let i = 0;
    for (;;) {
      const first = 4 * i + 1;
      if (first >= n) break;
      let child = first;
      let ct = times[first];
      const end = Math.min(first + 4, n);
      for (let c = first + 1; c < end; c++) {
        const t = times[c];
        if (t < ct || (t === ct && seqs[c] < seqs[child])) {
          child = c;
          ct = t;
        }
      }
      if (time < ct || (time === ct && seq < seqs[child])) break;
      times[i] = ct;
      seqs[i] = seqs[child];
      kinds[i] = kinds[child];
      as[i] = as[child];
      bs[i] = bs[child];
      i = child;
    }
    if (i === 0) return;
    times[i] = time;
    seqs[i] = seq;
    kinds[i] = kind;
    as[i] = a;
    bs[i] = b;
  }

  private grow(): void {
    const n = this.times.length * 2;
    const grow64 = (old: Float64Array) => {
      const next = new Float64Array(n);
      next.set(old);
      return next;
    };
    const grow32 = (old: Int32Array) => {
      const next = new Int32Array(n);
      next.set(old);
      return next;
    };
    this.times = grow64(this.times);
    this.seqs = grow64(this.seqs);
    this.kinds = grow32(this.kinds);
    this.as = grow32(this.as);
    this.bs = grow32(this.bs);
  }
}
