/**
 * Reads a request or response body as UTF-8, stopping as soon as it grows past
 * `maxBytes` (a declared Content-Length can lie or be missing): `undefined`
 * then, and the rest of the stream is cancelled, never buffered.
 */
export async function readTextAtMost(body: ReadableStream<Uint8Array> | null, maxBytes: number): Promise<string | undefined> {
  const reader = body?.getReader();
  if (!reader) return '';
  const parts: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return undefined;
    }
    parts.push(value);
  }
  return Buffer.concat(parts).toString('utf8');
}
