import { describe, expect, it } from 'vitest';
import { importLive } from './import-live';
import { redact } from './live-error';

/** Request validation for live imports: refused before any connection, never repeating what was sent. */

describe('importLive request validation', () => {
  it.each([
    ['no source', {}],
    ['an unknown source', { from: 'pulsar', url: 'http://x' }],
    ['a bootstrap with a scheme', { from: 'kafka', bootstrap: 'http://broker:9092' }],
    ['a bootstrap without a port', { from: 'kafka', bootstrap: 'broker' }],
    ['a port out of range', { from: 'kafka', bootstrap: 'broker:70000' }],
    ['an unknown SASL mechanism', { from: 'kafka', bootstrap: 'b:9092', sasl: { mechanism: 'gssapi', username: 'u', password: 'p' } }],
    ['an unknown field', { from: 'kafka', bootstrap: 'b:9092', zookeeper: 'z:2181' }],
    ['a timeout over a minute', { from: 'kafka', bootstrap: 'b:9092', timeoutMs: 600_000 }],
    ['a RabbitMQ request without a URL', { from: 'rabbitmq' }],
  ])('refuses %s', async (_, request) => {
    const result = await importLive(request);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input', message: expect.stringMatching(/^The request is not valid: /) } });
  });

  it('never repeats a refused password', async () => {
    const password = `x${'y'.repeat(3000)}-hunter2`;
    const result = await importLive({ from: 'kafka', bootstrap: 'b:9092', sasl: { mechanism: 'plain', username: 'u', password } });
    expect(result.ok).toBe(false);
    expect(JSON.stringify(result)).not.toContain('hunter2');
  });

  it('a RabbitMQ URL of another scheme, or without credentials, is refused before connecting', async () => {
    expect(await importLive({ from: 'rabbitmq', url: 'ftp://host/' })).toMatchObject({ ok: false, error: { code: 'invalid-input', message: expect.stringContaining('ftp:') } });
    expect(await importLive({ from: 'rabbitmq', url: 'http://127.0.0.1:1/' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', message: expect.stringContaining('user name and password') },
    });
  });
});

describe('redact', () => {
  it('removes secrets and URL user info', () => {
    expect(redact('amqp://guest:guest@h:5672/ and https://u:p@x/api said pw1 twice: pw1', ['pw1'])).toBe('amqp://***@h:5672/ and https://***@x/api said *** twice: ***');
  });
});
