import net from 'node:net';
import { AuthenticationError, MultipleErrors, NetworkError, ProtocolError, ResponseError, TimeoutError } from '@platformatic/kafka';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../testing/ports';
import { importLive } from './import-live';
import { kafkaErrorToLive } from './kafka-errors';

/**
 * The Kafka reader's failure paths, without a broker: the client's errors
 * (@platformatic/kafka nests the socket's or the broker's reason inside its
 * own) become one clear message each (and never carry a credential), a port
 * where nothing listens is "unreachable", and a server that accepts
 * connections but never answers is a timeout within the request's bound.
 * Reading a real broker is in kafka-live.test.ts.
 */

const socketError = (message: string, code: string) => Object.assign(new Error(message), { code });
const connection = { bootstrap: ['broker-1:9092'], sasl: { mechanism: 'plain' as const, username: 'svc-reader', password: 'Sup3r-secret!' } };

describe('kafkaErrorToLive', () => {
  it('connection refused (also behind the retry wrapper) is unreachable', () => {
    const refused = new NetworkError('Connection to 10.0.0.1:9092 failed.', { cause: socketError('connect ECONNREFUSED 10.0.0.1:9092', 'ECONNREFUSED') });
    expect(kafkaErrorToLive(refused, connection)).toMatchObject({ code: 'unreachable', message: expect.stringContaining('connection refused') });
    const wrapped = new MultipleErrors('metadata failed 2 times.', [refused, refused]);
    expect(kafkaErrorToLive(wrapped, connection).code).toBe('unreachable');
  });

  it('an unknown host is unreachable, saying to check the names', () => {
    const error = new NetworkError('Connection to broker-1:9092 failed.', { cause: socketError('getaddrinfo ENOTFOUND broker-1', 'ENOTFOUND') });
    expect(kafkaErrorToLive(error, connection)).toMatchObject({ code: 'unreachable', message: expect.stringContaining('Cannot resolve') });
  });

  it('a SASL failure is an auth error that repeats neither user nor password', () => {
    const broker = new ProtocolError('SASL_AUTHENTICATION_FAILED', 'Authentication failed: Invalid username or password for svc-reader/Sup3r-secret!');
    const live = kafkaErrorToLive(new AuthenticationError('SASL authentication failed.', { cause: broker }), connection);
    expect(live).toMatchObject({ code: 'auth', message: expect.stringContaining('refused the credentials') });
    expect(live.message).not.toContain('Sup3r-secret!');
    expect(live.message).not.toContain('svc-reader');
  });

  it('missing ACLs are forbidden, naming what to grant', () => {
    const error = new ResponseError(3, 12, { '/topics/0': [29, null] }, {});
    expect(kafkaErrorToLive(error, connection)).toMatchObject({ code: 'forbidden', message: expect.stringContaining('topic authorization failed') });
  });

  it('a request timeout is a timeout', () => {
    expect(kafkaErrorToLive(new TimeoutError('Request timed out'), connection).code).toBe('timeout');
    expect(kafkaErrorToLive(new MultipleErrors('Cannot connect to any broker.', [new TimeoutError('Connection to broker-1:9092 timed out.')]), connection).code).toBe('timeout');
  });

  it('a TLS failure says so, and an unknown error keeps its text without secrets', () => {
    const tls = new NetworkError('Connection to broker-1:9092 failed.', { cause: socketError('self-signed certificate in certificate chain', 'SELF_SIGNED_CERT_IN_CHAIN') });
    expect(kafkaErrorToLive(tls, { ...connection, tls: { rejectUnauthorized: true } }).code).toBe('tls');
    const odd = kafkaErrorToLive(new Error('broker said Sup3r-secret! is odd'), connection);
    expect(odd.code).toBe('failed');
    expect(odd.message).not.toContain('Sup3r-secret!');
  });
});

describe('reading an unreachable or silent Kafka', () => {
  let silent: net.Server;
  let silentPort: number;
  const sockets = new Set<net.Socket>();

  beforeAll(async () => {
    // Accepts TCP connections and never says a word, like a firewalled or wrong-protocol port that does not reset.
    silent = net.createServer((socket) => {
      sockets.add(socket);
      socket.on('error', () => undefined);
    });
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    silentPort = (silent.address() as net.AddressInfo).port;
  });

  afterAll(async () => {
    for (const s of sockets) s.destroy();
    await new Promise((resolve) => silent.close(resolve));
  });

  it('a port where nothing listens is unreachable', async () => {
    const port = await freePort();
    const result = await importLive({ from: 'kafka', bootstrap: `127.0.0.1:${port}`, timeoutMs: 5000 });
    expect(result).toMatchObject({ ok: false, error: { code: 'unreachable', message: expect.stringContaining(`127.0.0.1:${port}`) } });
  }, 20_000);

  it('a server that never answers ends in a timeout, bounded by timeoutMs', async () => {
    const result = await importLive({ from: 'kafka', bootstrap: `127.0.0.1:${silentPort}`, timeoutMs: 1500 });
    expect(result).toMatchObject({ ok: false, error: { code: 'timeout' } });
  }, 20_000);
});
