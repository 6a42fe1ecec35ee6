/** A pool's records as views of one buffer, one view per element size (MessagePool documents the layout). */
interface RecordViews {
  f64: Float64Array;
  i32: Int32Array;
  u16: Uint16Array;
  u8: Uint8Array;
}

/**
 * The records of the last pool given back (MessagePool.recycle), for the next
 * pool that reserves no more than they hold: a run that holds millions of
 * messages otherwise has hundreds of megabytes mapped, faulted in and zeroed
 * afresh while the collector unmaps the last run's. One pool holds them at a
 * time: taking them empties this slot.
 */
let spare: RecordViews | null = null;

/**
 * The most records a spare may hold: 2^20, 32 bytes each (two Float64, two
 * Int32, three Uint16 and two Uint8 fields), about 34 MB. The studio's worker keeps the spare
 * between runs, idle: a run that held 8 million messages would otherwise keep
 * about 300 MB alive until the next. A run that reserves more than this holds
 * a backlog of over a million messages and takes seconds; mapping its arrays
 * afresh is a small part of that.
 */
export const MAX_SPARE_RECORDS = 1 << 20;

/** Bytes a record takes: two Float64, two Int32, three Uint16 and two Uint8 fields, in that order (see MessagePool). */
const RECORD_BYTES = 32;

/**
 * The most records a pool holds: 2^26 (2 GiB), so that every field's index
 * (up to id × 32 + 31 for the byte fields) is a 32-bit integer, which the
 * accessors compute with shifts. A run stops at its limit on messages held
 * (8 million by default) far below it.
 */
export const MAX_RECORDS = 1 << 26;

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
 * The messages a run holds (waiting, in flight, delayed), one 32-byte record
 * each, indexed by message id: creating one allocates nothing, and ids are
 * recycled through a free list once a message leaves the design. Copies of a
 * fan-out share one record until taken (`shares`). The engine reads and
 * writes the fields through the methods named after them (V8 inlines them:
 * they are its per-event state).
 *
 * Why one record of all the fields, not one array per field: a message taken
 * from a queue has waited there long (its record is out of cache), and the
 * engine then reads nearly every field of it, where an array per field cost
 * a cache miss per field; and an arrival writes one record, not nine arrays.
 * A record (byte offsets): 0 birth, 8 enq (Float64); 16 part, 20 deliveries
 * (Int32); 24 origin, 26 emit, 28 tries (Uint16); 30 flags, 31 shares (Uint8).
 */
export class MessagePool {
  /** The records through views of one buffer, one per element size: a field is one element of its view. */
  private f64: Float64Array;
  private i32: Int32Array;
  private u16: Uint16Array;
  private u8: Uint8Array;
  private readonly free: number[] = [];
  /** Record ids handed out so far (each in use or on the free list); the engine counts live messages itself. */
  private held = 0;

  constructor(capacity = 1024) {
    const views = fresh(capacity);
    this.f64 = views.f64;
    this.i32 = views.i32;
    this.u16 = views.u16;
    this.u8 = views.u8;
  }

  /** Records it holds before it grows. */
  get capacity(): number {
    return this.f64.length / 4;
  }

  /** Publish time (µs): end-to-end latency and publish-relative expiry count from it. */
  birth(m: number): number {
    return this.f64[m << 2];
  }
  setBirth(m: number, us: number): void {
    this.f64[m << 2] = us;
  }

  /** When it entered its current queue (µs): waits and enqueue-relative TTLs count from it. */
  enq(m: number): number {
    return this.f64[(m << 2) | 1];
  }
  setEnq(m: number, us: number): void {
    this.f64[(m << 2) | 1] = us;
  }

  /** Its partition (Kafka) or key (lanes elsewhere). */
  part(m: number): number {
    return this.i32[(m << 3) | 4];
  }
  setPart(m: number, part: number): void {
    this.i32[(m << 3) | 4] = part;
  }

  /** Deliveries to a consumer at its current station; -1 while delayed (not yet visible). */
  deliveries(m: number): number {
    return this.i32[(m << 3) | 5];
  }
  setDeliveries(m: number, n: number): void {
    this.i32[(m << 3) | 5] = n;
  }

  /** The producer emitter it was first published through (its path's origin); at most MAX_EMITTERS. */
  origin(m: number): number {
    return this.u16[(m << 4) | 12];
  }
  setOrigin(m: number, e: number): void {
    this.u16[(m << 4) | 12] = e;
  }

  /** The emitter it was last published through (RabbitMQ dead lettering routes by its keys). */
  emit(m: number): number {
    return this.u16[(m << 4) | 13];
  }
  setEmit(m: number, e: number): void {
    this.u16[(m << 4) | 13] = e;
  }

  /** The consumer's own in-process retries of the current delivery; at most MAX_CONSUMER_RETRIES. */
  tries(m: number): number {
    return this.u16[(m << 4) | 14];
  }
  setTries(m: number, n: number): void {
    this.u16[(m << 4) | 14] = n;
  }

  flags(m: number): number {
    return this.u8[(m << 5) | 30];
  }
  setFlags(m: number, flags: number): void {
    this.u8[(m << 5) | 30] = flags;
  }

  /**
   * References to the record beyond one: a message fanned out to several
   * queues at one instant is one record until a copy is taken from a queue
   * (the engine's `own`), since its copies are the same until then.
   */
  shares(m: number): number {
    return this.u8[(m << 5) | 31];
  }
  setShares(m: number, n: number): void {
    this.u8[(m << 5) | 31] = n;
  }

  /** Gives record `to` every field of record `from` but its shares (a copy taken from a shared record is its own). */
  copyInto(from: number, to: number): void {
    const i32 = this.i32;
    // birth, enq, part, deliveries, origin and emit: bytes 0 to 27, as seven 32-bit words (bit for bit).
    for (let k = 0; k < 7; k++) i32[(to << 3) | k] = i32[(from << 3) | k];
    this.u16[(to << 4) | 14] = this.u16[(from << 4) | 14];
    this.u8[(to << 5) | 30] = this.u8[(from << 5) | 30];
  }

  /**
   * Hands this pool's records to the next pool that reserves as many records
   * or fewer (simulate does, once the run is over), unless they hold more than
   * MAX_SPARE_RECORDS (then the collector has them); this pool is left empty.
   */
  recycle(): void {
    const n = this.capacity;
    if (n <= MAX_SPARE_RECORDS && (spare === null || spare.f64.length / 4 < n)) spare = this.views();
    this.adopt(fresh(1024), 0);
  }

  alloc(): number {
    const free = this.free.pop();
    if (free !== undefined) return free;
    if (this.held === this.capacity) this.grow();
    return this.held++;
  }

  release(m: number): void {
    this.free.push(m);
  }

  /**
   * Makes room for `capacity` messages at once: a run that will hold millions
   * (a backlog that grows for the whole run) gets its records once instead of
   * doubling into them, copying each time. Pages are only touched as used.
   */
  reserve(capacity: number): void {
    if (capacity <= this.capacity) return;
    const n = Math.min(Math.ceil(capacity), MAX_RECORDS);
    const reused = spare !== null && spare.f64.length / 4 >= n ? spare : null;
    // A smaller spare is no use to the runs that reserve this much: let the collector have it.
    spare = null;
    if (reused === null) this.resize(n);
    else {
      // Every field but shares is written when a record is handed out (alloc, copy, own, enqueue); shares starts at 0.
      for (let m = 0; m < reused.f64.length / 4; m++) reused.u8[(m << 5) | 31] = 0;
      this.adopt(reused, this.held);
    }
  }

  private grow(): void {
    if (this.capacity >= MAX_RECORDS) throw new Error(`The simulator holds at most ${MAX_RECORDS} messages at once; this run holds more: simulate a shorter run or lower its limit on messages held.`);
    this.resize(Math.min(this.capacity * 2, MAX_RECORDS));
  }

  private resize(n: number): void {
    this.adopt(fresh(n), this.held);
  }

  private views(): RecordViews {
    const { f64, i32, u16, u8 } = this;
    return { f64, i32, u16, u8 };
  }

  /** Takes `next` as the pool's records, with the first `keep` records of the current ones. */
  private adopt(next: RecordViews, keep: number): void {
    next.u8.set(this.u8.subarray(0, keep * RECORD_BYTES));
    this.f64 = next.f64;
    this.i32 = next.i32;
    this.u16 = next.u16;
    this.u8 = next.u8;
    if (keep === 0) {
      this.held = 0;
      this.free.length = 0;
    }
  }
}

/**
 * `n` records in one buffer: one allocation, so one collection for the
 * external memory it adds (V8 collects when external memory grows, and a
 * collection then frees the last run's records). Pages are only touched as used.
 */
function fresh(n: number): RecordViews {
  const buffer = new ArrayBuffer(RECORD_BYTES * n);
  return { f64: new Float64Array(buffer), i32: new Int32Array(buffer), u16: new Uint16Array(buffer), u8: new Uint8Array(buffer) };
}
