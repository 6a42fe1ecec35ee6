/** The record fields of a pool, one typed array each (MessagePool documents them). */
interface MessageArrays {
  birth: Float64Array;
  enq: Float64Array;
  origin: Uint16Array;
  emit: Uint16Array;
  part: Int32Array;
  deliveries: Int32Array;
  tries: Uint16Array;
  flags: Uint8Array;
  shares: Uint8Array;
}

/**
 * The arrays of the last pool given back (MessagePool.recycle), for the next
 * pool that reserves no more than they hold: a run that holds millions of
 * messages otherwise has hundreds of megabytes mapped, faulted in and zeroed
 * afresh while the collector unmaps the last run's. One pool holds them at a
 * time: taking them empties this slot.
 */
let spare: MessageArrays | null = null;

/**
 * The most records a spare may hold: 2^20, 32 bytes each (two Float64, two
 * Int32, three Uint16 and two Uint8 fields), about 34 MB. The studio's worker keeps the spare
 * between runs, idle: a run that held 8 million messages would otherwise keep
 * about 300 MB alive until the next. A run that reserves more than this holds
 * a backlog of over a million messages and takes seconds; mapping its arrays
 * afresh is a small part of that.
 */
export const MAX_SPARE_RECORDS = 1 << 20;

/** Bytes a record takes over its fields (two Float64, two Int32, three Uint16, two Uint8). */
const RECORD_BYTES = 32;

/**
 * The most emitters a run may have: a record keeps its origin and last
 * emitter in 16 bits (a run writes one record per message, tens of millions
 * of records a minute: every byte is pages faulted in). A design compiles to
 * a few emitters per producer or relay, far below this;
 * EngineState refuses a network with more.
 */
export const MAX_EMITTERS = 0xffff;

/**
 * The most in-process retries a consumer may make of one delivery: `tries`
 * is 16 bits (the design schema allows up to 1,000); EngineState refuses more.
 */
export const MAX_CONSUMER_RETRIES = 0xffff;

/**
 * The messages a run holds (waiting, in flight, delayed), as parallel typed
 * arrays indexed by message id: creating one allocates nothing, and ids are
 * recycled through a free list once a message leaves the design. Copies of a
 * fan-out share one record until taken (`shares`). The engine reads and
 * writes the fields directly (they are its per-event state).
 */
export class MessagePool {
  /** Publish time (µs): end-to-end latency and publish-relative expiry count from it. */
  birth: Float64Array;
  /** When it entered its current queue (µs): waits and enqueue-relative TTLs count from it. */
  enq: Float64Array;
  /** The producer emitter it was first published through (its path's origin); at most MAX_EMITTERS. */
  origin: Uint16Array;
  /** The emitter it was last published through (RabbitMQ dead lettering routes by its keys). */
  emit: Uint16Array;
  /** Its partition (Kafka) or key (lanes elsewhere). */
  part: Int32Array;
  /** Deliveries to a consumer at its current station; -1 while delayed (not yet visible). */
  deliveries: Int32Array;
  /** The consumer's own in-process retries of the current delivery; at most MAX_CONSUMER_RETRIES. */
  tries: Uint16Array;
  flags: Uint8Array;
  /**
   * References to the record beyond one: a message fanned out to several
   * queues at one instant is one record until a copy is taken from a queue
   * (the engine's `own`), since its copies are the same until then.
   */
  shares: Uint8Array;
  private readonly free: number[] = [];
  /** Record ids handed out so far (each in use or on the free list); the engine counts live messages itself. */
  private held = 0;

  constructor(capacity = 1024) {
    const arrays = fresh(capacity);
    this.birth = arrays.birth;
    this.enq = arrays.enq;
    this.origin = arrays.origin;
    this.emit = arrays.emit;
    this.part = arrays.part;
    this.deliveries = arrays.deliveries;
    this.tries = arrays.tries;
    this.flags = arrays.flags;
    this.shares = arrays.shares;
  }

  /**
   * Hands this pool's arrays to the next pool that reserves as many records
   * or fewer (simulate does, once the run is over), unless they hold more than
   * MAX_SPARE_RECORDS (then the collector has them); this pool is left empty.
   */
  recycle(): void {
    const n = this.birth.length;
    if (n <= MAX_SPARE_RECORDS && (spare === null || spare.birth.length < n)) spare = this.arrays();
    this.adopt(fresh(1024), 0);
  }

  alloc(): number {
    const free = this.free.pop();
    if (free !== undefined) return free;
    if (this.held === this.birth.length) this.grow();
    return this.held++;
  }

  release(m: number): void {
    this.free.push(m);
  }

  /**
   * Makes room for `capacity` messages at once: a run that will hold millions
   * (a backlog that grows for the whole run) gets its arrays once instead of
   * doubling into them, copying each time. Pages are only touched as used.
   */
  reserve(capacity: number): void {
    if (capacity <= this.birth.length) return;
    const n = Math.ceil(capacity);
    const reused = spare !== null && spare.birth.length >= n ? spare : null;
    // A smaller spare is no use to the runs that reserve this much: let the collector have it.
    spare = null;
    if (reused === null) this.resize(n);
    else {
      // Every field but shares is written when a record is handed out (alloc, copy, own, enqueue); shares starts at 0.
      reused.shares.fill(0);
      this.adopt(reused, this.held);
    }
  }

  private grow(): void {
    this.resize(this.birth.length * 2);
  }

  private resize(n: number): void {
    this.adopt(fresh(n), this.held);
  }

  private arrays(): MessageArrays {
    const { birth, enq, origin, emit, part, deliveries, tries, flags, shares } = this;
    return { birth, enq, origin, emit, part, deliveries, tries, flags, shares };
  }

  /** Takes `next` as the pool's arrays, with the first `keep` records of the current ones. */
  private adopt(next: MessageArrays, keep: number): void {
    const old = this.arrays();
    for (const field of Object.keys(old) as Array<keyof MessageArrays>) next[field].set(old[field].subarray(0, keep));
    Object.assign(this, next);
    if (keep === 0) {
      this.held = 0;
      this.free.length = 0;
    }
  }
}

/**
 * `n` records, every field's array a view of one buffer: one allocation, so
 * one collection for the external memory it adds (V8 collects when external
 * memory grows, and a collection then frees the last run's arrays), where
 * nine arrays made nine. Pages are only touched as used.
 */
function fresh(n: number): MessageArrays {
  const buffer = new ArrayBuffer(RECORD_BYTES * n);
  // Widest fields first, so that each view starts aligned to its element size.
  return {
    birth: new Float64Array(buffer, 0, n),
    enq: new Float64Array(buffer, 8 * n, n),
    part: new Int32Array(buffer, 16 * n, n),
    deliveries: new Int32Array(buffer, 20 * n, n),
    origin: new Uint16Array(buffer, 24 * n, n),
    emit: new Uint16Array(buffer, 26 * n, n),
    tries: new Uint16Array(buffer, 28 * n, n),
    flags: new Uint8Array(buffer, 30 * n, n),
    shares: new Uint8Array(buffer, 31 * n, n),
  };
}
