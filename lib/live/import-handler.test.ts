import { describe, expect, it } from 'vitest';
import { handleLiveImport, MAX_BODY_BYTES } from './import-handler';

/** The route's own checks, before any connection is made. The full path against real brokers: kafka-live.test.ts. */

const URL_ = 'http://studio.local:3000/api/import/cluster';

function post(body: string, headers: Record<string, string> = {}): Request {
  return new Request(URL_, { method: 'POST', body, headers: { host: 'studio.local:3000', 'content-type': 'application/json', ...headers } });
}

async function json(response: Response) {
  return { status: response.status, body: (await response.json()) as { ok: boolean; error?: { code: string; message: string } }, cache: response.headers.get('cache-control') };
}

describe('handleLiveImport', () => {
  it('refuses another origin, before reading anything', async () => {
    const result = await json(await handleLiveImport(post('{}', { origin: 'https://evil.example' })));
    expect(result).toMatchObject({ status: 403, body: { ok: false, error: { code: 'forbidden' } }, cache: 'no-store' });
  });

  it('refuses what is not JSON, too large, or malformed', async () => {
    expect((await handleLiveImport(post('{}', { 'content-type': 'text/plain' }))).status).toBe(415);
    expect((await handleLiveImport(post(JSON.stringify({ from: 'kafka', bootstrap: 'b:9092', pad: 'x'.repeat(MAX_BODY_BYTES) })))).status).toBe(413);
    expect(await json(await handleLiveImport(post('{"from":')))).toMatchObject({ status: 400, body: { error: { message: 'The request is not valid JSON.' } } });
  });

  it('answers a refused request with the field, never the value', async () => {
    const result = await json(await handleLiveImport(post(JSON.stringify({ from: 'kafka', bootstrap: 'nope', sasl: { mechanism: 'plain', username: 'u', password: 'Hunter2-pw' } }), { origin: 'http://studio.local:3000' })));
    expect(result).toMatchObject({ status: 400, body: { ok: false, error: { code: 'invalid-input', message: expect.stringContaining('bootstrap') } } });
    expect(JSON.stringify(result.body)).not.toContain('Hunter2-pw');
  });

  it('only POST', async () => {
    expect((await handleLiveImport(new Request(URL_, { method: 'GET' }))).status).toBe(405);
  });
});
