/**
 * A growable ring buffer of message ids: the waiting line of one lane. Push
 * at the back (arrival) or the front (a requeued message keeps its place),
 * pop from the front; no allocation once it has grown to its working size.
 */
export class Deque {
  private items: Int32Array;
  private head = 0;
  size = 0;

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

  /**
   * Makes room for `capacity` ids at once (rounded up to a power of two): a
   * lane whose backlog will grow to millions gets its array once instead of
   * doubling into it, copying each time. Pages are only touched as used.
   */
  reserve(capacity: number): void {
    if (capacity > this.items.length) this.resize(2 ** Math.ceil(Math.log2(capacity)));
  }

  /** Every id, front to back, and empties the deque. */
  drain(out: number[]): void {
    while (this.size > 0) out.push(this.popFront());
  }

  private grow(): void {
    this.resize(this.items.length * 2);
  }

  private resize(n: number): void {
    // Capacities stay powers of two so the index wraps with a mask; the ring is unrolled front to back.
    const next = new Int32Array(n);
    const items = this.items;
    const firstPart = Math.min(this.size, items.length - this.head);
    next.set(items.subarray(this.head, this.head + firstPart));
    next.set(items.subarray(0, this.size - firstPart), firstPart);
    this.items = next;
    this.head = 0;
  }
}
