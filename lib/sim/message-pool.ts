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
  /** The producer emitter it was first published through (its path's origin). */
  origin: Int32Array;
  /** The emitter it was last published through (RabbitMQ dead lettering routes by its keys). */
  emit: Int32Array;
  /** Its partition (Kafka) or key (lanes elsewhere). */
  part: Int32Array;
  /** Deliveries to a consumer at its current station; -1 while delayed (not yet visible). */
  deliveries: Int32Array;
  /** The consumer's own in-process retries of the current delivery. */
  tries: Int32Array;
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
    this.birth = new Float64Array(capacity);
    this.enq = new Float64Array(capacity);
    this.origin = new Int32Array(capacity);
    this.emit = new Int32Array(capacity);
    this.part = new Int32Array(capacity);
    this.deliveries = new Int32Array(capacity);
    this.tries = new Int32Array(capacity);
    this.flags = new Uint8Array(capacity);
    this.shares = new Uint8Array(capacity);
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
    if (capacity > this.birth.length) this.resize(Math.ceil(capacity));
  }

  private grow(): void {
    this.resize(this.birth.length * 2);
  }

  private resize(n: number): void {
    this.birth = grown(this.birth, new Float64Array(n));
    this.enq = grown(this.enq, new Float64Array(n));
    this.origin = grown(this.origin, new Int32Array(n));
    this.emit = grown(this.emit, new Int32Array(n));
    this.part = grown(this.part, new Int32Array(n));
    this.deliveries = grown(this.deliveries, new Int32Array(n));
    this.tries = grown(this.tries, new Int32Array(n));
    this.flags = grown(this.flags, new Uint8Array(n));
    this.shares = grown(this.shares, new Uint8Array(n));
  }
}

function grown<T extends Float64Array | Int32Array | Uint8Array>(old: T, next: T): T {
  next.set(old);
  return next;
}
