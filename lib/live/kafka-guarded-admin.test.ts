import tls from 'node:tls';
import { afterEach, describe, expect, it } from 'vitest';
import { listen, type TestListener } from '../testing/listeners';
import { EndpointAllowList } from './endpoint-allow-list';
import { importLive } from './import-live';

/**
 * The Kafka client's TLS connections go through the connection guard too
 * (kafka-guarded-admin.ts): the name stays the name for SNI and the
 * certificate check, and the socket goes only to an address the allow list
 * took for it. A TLS listener that completes the handshake and then never
 * answers stands for the broker; no broker is needed.
 */

/** A self-signed certificate for DNS:localhost (P-256, valid until 2126), made for this test with openssl req -x509. */
const KEY = `-----BEGIN PRIVATE KEY-----
MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgI1S8es8J548PcHwz
5F64vq7DoWQ04FyQQEYFOxl7c8mhRANCAARc9bezRUxchPfHdTFjxAV66ZA1QA87
E9u2DFguQlCsH0adyw5WgBr7iBLMyGWewIEc5HFjXRNZguy83gDbkLyF
-----END PRIVATE KEY-----`;
const CERT = `-----BEGIN CERTIFICATE-----
MIIBlTCCATugAwIBAgIUQw9+DEJUKA4k2n0iFR2/omJtAUAwCgYIKoZIzj0EAwIw
FDESMBAGA1UEAwwJbG9jYWxob3N0MCAXDTI2MTIwNzAzNTIwMloYDzIxMjYxMTEz
MDM1MjAyWjAUMRIwEAYDVQQDDAlsb2NhbGhvc3QwWTATBgcqhkjOPQIBBggqhkjO
PQMBBwNCAARc9bezRUxchPfHdTFjxAV66ZA1QA87E9u2DFguQlCsH0adyw5WgBr7
iBLMyGWewIEc5HFjXRNZguy83gDbkLyFo2kwZzAdBgNVHQ4EFgQUz0szIXd8m6Ae
MuU7v/I7DSCOTMUwHwYDVR0jBBgwFoAUz0szIXd8m6AeMuU7v/I7DSCOTMUwDwYD
VR0TAQH/BAUwAwEB/zAUBgNVHREEDTALgglsb2NhbGhvc3QwCgYIKoZIzj0EAwID
SAAwRQIgUCjFPRJyrCcF6VeoSChdK6Ue/h5KlLq8xD3gKvze+e8CIQDMBwu3PUPA
JaFNjGSOtfBelyi9GqdIJdbgz0bFPkKaDg==
-----END CERTIFICATE-----`;

const listeners: TestListener[] = [];
afterEach(async () => {
  for (const l of listeners.splice(0)) await l.close();
});

/** A TLS server on 127.0.0.1 that records the name each client asked for (SNI) and never answers after the handshake. */
async function tlsListener(): Promise<{ listener: TestListener; names: string[]; handshakes: () => number }> {
  const names: string[] = [];
  let handshakes = 0;
  const server = tls.createServer({ key: KEY, cert: CERT }, (socket) => {
    handshakes++;
    socket.on('error', () => undefined);
    socket.resume();
  });
  server.on('tlsClientError', () => undefined);
  server.on('connection', (socket) => socket.on('error', () => undefined));
  server.prependListener('secureConnection', (socket: tls.TLSSocket) => names.push(String(socket.servername)));
  const listener = await listen(undefined, { host: '127.0.0.1', server });
  listeners.push(listener);
  return { listener, names, handshakes: () => handshakes };
}

function allowList(text: string): EndpointAllowList {
  const parsed = EndpointAllowList.parse(text);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.list;
}

describe('Kafka over TLS through the connection guard', () => {
  it('keeps the name for SNI and the certificate check, and connects to the address the allow list took', async () => {
    const { listener, names, handshakes } = await tlsListener();
    const result = await importLive(
      { from: 'kafka', bootstrap: `localhost:${listener.port}`, tls: { rejectUnauthorized: true, ca: CERT }, timeoutMs: 2000 },
      { allow: allowList(`127.0.0.1:${listener.port}`) },
    );
    // The handshake passed (the certificate names localhost, not 127.0.0.1); the listener then said nothing.
    expect(result).toMatchObject({ ok: false, error: { code: 'timeout' } });
    expect(handshakes()).toBeGreaterThan(0);
    expect(names[0]).toBe('localhost');
    await expect.poll(() => listener.open.size).toBe(0);
  }, 20_000);

  it('a certificate for another name fails as TLS: the check is against the name asked for', async () => {
    const { listener } = await tlsListener();
    const result = await importLive(
      { from: 'kafka', bootstrap: `127.0.0.1:${listener.port}`, tls: { rejectUnauthorized: true, ca: CERT }, timeoutMs: 2000 },
      { allow: allowList(`127.0.0.1:${listener.port}`) },
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'tls' } });
  }, 20_000);

  it('refuses a name whose addresses the allow list does not take, without connecting', async () => {
    const { listener } = await tlsListener();
    const result = await importLive(
      { from: 'kafka', bootstrap: `localhost:${listener.port}`, tls: { rejectUnauthorized: false }, timeoutMs: 2000 },
      { allow: allowList(`10.0.0.0/8:${listener.port}`) },
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'not-allowed' } });
    expect(listener.accepted).toBe(0);
  }, 20_000);
});
