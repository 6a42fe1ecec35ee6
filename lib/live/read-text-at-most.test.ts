import { describe, expect, it } from 'vitest';
import { readTextAtMost } from './read-text-at-most';

function streamOf(chunks: string[], onCancel: () => void = () => {}): ReadableStream<Uint8Array> {
  const queue = chunks.map((c) => new TextEncoder().encode(c));
  return new ReadableStream({ pull: (c) => (queue.length ? c.enqueue(queue.shift()!) : c.close()), cancel: onCancel });
}

describe('readTextAtMost', () => {
  it('reads a body within the limit, multi-byte characters split across chunks included', async () => {
    const euro = new TextEncoder().encode('€');
    const body = new ReadableStream<Uint8Array>({
      start(c) {
        c.enqueue(euro.slice(0, 1));
        c.enqueue(euro.slice(1));
        c.close();
      },
    });
    expect(await readTextAtMost(body, 3)).toBe('€');
    expect(await readTextAtMost(null, 3)).toBe('');
  });

  it('stops at the first chunk past the limit and cancels the rest', async () => {
    let cancelled = false;
    expect(
      await readTextAtMost(
        streamOf(['abc', 'def', 'ghi'], () => (cancelled = true)),
        5,
      ),
    ).toBeUndefined();
    expect(cancelled).toBe(true);
  });
});
