/**
 * A growable ring buffer of message ids: the waiting line of one lane. Push
 * at the back (arrival) or the front (a requeued message keeps its place),
 * pop from the front; no allocation once it has grown to its working size.
 */
export class Deque {
  private items: Int32Array;
  private head = 0;
  size = 0;

  /** Ids it holds before it grows. */
  get capacity(): number {
    return this.items.length;
  }

  constructor(capacity = 16) {
    this.items = new Int32Array(capacity);
  }

  pushBack(value: number): void {
    if (this.size === this.items.length) this.grow();
    this.items[(this.head + this.size) & (this.items.length - 1)] = value;
    this.size++;
  }

  pushFront(value: number): void {
    if (this.size === this.items.length) this.grow();
    this.head = (this.head - 1) & (this.items.length - 1);
    this.items[this.head] = value;
    this.size++;
  }

  /** The front id, removed; -1 when empty. */
  popFront(): number {
    if (this.size === 0) return -1;
    const value = this.items[this.head];
    this.head = (this.head + 1) & (this.items.length - 1);
    this.size--;
    return value;
  }

  /** The front id without removing it; -1 when empty. */
  peekFront(): number {
    return this.size === 0 ? -1 : this.items[this.head];
  }

  /** Every id, front to back, and empties the deque. */
  drain(out: number[]): void {
    while (this.size > 0) out.push(this.popFront());
  }

  private grow(): void {
    this.resize(this.items.length * 2);
  }

  private resize(n: number): void {
    this.moveTo(new Int32Array(n));
  }

  /** Takes `next` (a power of two long, as every capacity, so the index wraps with a mask) as the ring, unrolled front to back. */
  moveTo(next: Int32Array): void {
    const items = this.items;
    const firstPart = Math.min(this.size, items.length - this.head);
    next.set(items.subarray(this.head, this.head + firstPart));
    next.set(items.subarray(0, this.size - firstPart), firstPart);
    this.items = next;
    this.head = 0;
  }
}

/**
 * Makes room for `capacities[i]` ids in `deques[i]` at once (rounded up to a
 * power of two), from one buffer: a lane whose backlog will grow to millions
 * gets its room once instead of doubling into it, copying each time, and the
 * hundreds of lanes of a large design make one allocation, where one each
 * had the allocator clear memory and V8 collect for the external memory
 * added. Pages are only touched as used; a lane that outgrows its room
 * doubles as before.
 */
export function reserveDeques(deques: readonly Deque[], capacities: readonly number[]): void {
  const sizes = deques.map((deque, i) => (capacities[i] > deque.capacity ? 2 ** Math.ceil(Math.log2(capacities[i])) : 0));
  const room = new Int32Array(sizes.reduce((a, b) => a + b, 0));
  let offset = 0;
  deques.forEach((deque, i) => {
    if (sizes[i] === 0) return;
    deque.moveTo(room.subarray(offset, offset + sizes[i]));
    offset += sizes[i];
  });
}
