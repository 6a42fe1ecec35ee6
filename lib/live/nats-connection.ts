import { z } from 'zod';
import { DEFAULT_LIVE_TIMEOUT_MS, MAX_LIVE_TIMEOUT_MS } from './kafka-connection';

/**
 * How to reach a NATS server for a read-only JetStream import: one client URL
 * (`nats://host:4222`; a cluster's other servers are not needed, JetStream
 * answers from any of them) and, where the server asks for them, a user and
 * password or a token. Credentials come from the URL's user info or the
 * fields, which win. Nothing here is stored or logged.
 */

export const natsConnectionSchema = z.object({
  url: z.string().trim().min(1, 'Give the NATS client URL (nats://host:4222).').max(2000),
  username: z.string().min(1).max(500).optional(),
  password: z.string().min(1).max(2000).optional(),
  token: z.string().min(1).max(4000).optional(),
  timeoutMs: z.number().int().min(1000).max(MAX_LIVE_TIMEOUT_MS).default(DEFAULT_LIVE_TIMEOUT_MS),
});

export type NatsConnection = z.output<typeof natsConnectionSchema>;
export type NatsConnectionInput = z.input<typeof natsConnectionSchema>;

/** Where and as whom to connect. */
export interface NatsTarget {
  host: string;
  port: number;
  /** nats://host:port, never with credentials. */
  shown: string;
  username?: string;
  password?: string;
  token?: string;
}

/** The NATS client port when a URL names none. */
const NATS_PORT = 4222;

/** Resolves the URL and credentials; throws a plain Error whose message says what to write instead. */
export function natsTarget(connection: NatsConnection): NatsTarget {
  const written = /^[a-z][a-z0-9+.-]*:\/\//i.test(connection.url) ? connection.url : `nats://${connection.url}`;
  let url: URL;
  try {
    url = new URL(written);
  } catch {
    throw new Error('The URL is not valid: use nats://host:4222.');
  }
  // TLS (tls://) needs the server's name checked against its certificate while connecting to a checked address; not supported yet.
  if (url.protocol !== 'nats:') throw new Error(`The URL scheme ${url.protocol} is not supported: use nats://host:4222 (TLS is not supported by the live import yet).`);
  if (url.pathname !== '' && url.pathname !== '/') throw new Error('A NATS URL has no path: use nats://host:4222.');
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  if (host === '') throw new Error('The URL names no host: use nats://host:4222.');
  const port = url.port === '' ? NATS_PORT : Number(url.port);
  // nats://token@host is a token; nats://user:password@host a user and password (the client library reads them so too).
  const user = url.username ? decodeURIComponent(url.username) : undefined;
  const pass = url.password ? decodeURIComponent(url.password) : undefined;
  const fromUrl = user !== undefined && pass === undefined ? { token: user } : { username: user, password: pass };
  const username = connection.username ?? fromUrl.username;
  const password = connection.password ?? fromUrl.password;
  const token = connection.token ?? fromUrl.token;
  if (token !== undefined && (username !== undefined || password !== undefined)) throw new Error('Give a token or a user name and password, not both.');
  if ((username === undefined) !== (password === undefined)) throw new Error('A NATS user needs both a user name and a password.');
  return { host, port, shown: `nats://${host.includes(':') ? `[${host}]` : host}:${port}`, username, password, token };
}
