import { z } from 'zod';
import { DEFAULT_LIVE_TIMEOUT_MS, MAX_LIVE_TIMEOUT_MS } from './kafka-connection';

/**
 * How to reach RabbitMQ for a read-only import: the management API's URL
 * (`http(s)://host:15672`), or an AMQP URL (`amqp(s)://…`), from which the
 * management URL on the same host is derived (AMQP 0-9-1 has no way to list a
 * broker's exchanges and queues). Credentials come from the URL's user info or
 * the separate fields, which win. Nothing here is stored or logged.
 */

export const rabbitmqConnectionSchema = z.object({
  url: z.string().trim().min(1, 'Give the management URL (http://host:15672) or an AMQP URL.').max(2000),
  username: z.string().min(1).max(500).optional(),
  password: z.string().min(1).max(2000).optional(),
  /** Read only this virtual host (all the user may see otherwise). */
  vhost: z.string().min(1).max(255).optional(),
  timeoutMs: z.number().int().min(1000).max(MAX_LIVE_TIMEOUT_MS).default(DEFAULT_LIVE_TIMEOUT_MS),
});

export type RabbitmqConnection = z.output<typeof rabbitmqConnectionSchema>;
export type RabbitmqConnectionInput = z.input<typeof rabbitmqConnectionSchema>;

/** Where and as whom to call the management API. */
export interface ManagementTarget {
  /** Base URL without credentials, ending in `/`, e.g. `http://127.0.0.1:15672/`. */
  base: string;
  /** The base shown to people: the same, never with credentials. */
  shown: string;
  username?: string;
  password?: string;
  vhost?: string;
  /** Set when the URL was an AMQP one and the management URL was derived. */
  derivedFrom?: 'amqp' | 'amqps';
}

/** Resolves the URL and credentials; throws a plain Error with a message for a URL that cannot be used. */
export function managementTarget(connection: RabbitmqConnection): ManagementTarget {
  let url: URL;
  try {
    url = new URL(connection.url);
  } catch {
    throw new Error('The URL is not valid: use http://host:15672 (management API) or amqp://host:5672.');
  }
  const fromUrl = {
    username: url.username ? decodeURIComponent(url.username) : undefined,
    password: url.password ? decodeURIComponent(url.password) : undefined,
  };
  let vhost = connection.vhost;
  let derivedFrom: ManagementTarget['derivedFrom'];
  if (url.protocol === 'amqp:' || url.protocol === 'amqps:') {
    derivedFrom = url.protocol === 'amqp:' ? 'amqp' : 'amqps';
    // An AMQP URL names one vhost in its path ("/" when the path is "/%2F"); an empty path means all.
    const path = url.pathname.replace(/^\//, '');
    if (!vhost && path !== '') vhost = decodeURIComponent(path);
    url = new URL(`${derivedFrom === 'amqps' ? 'https' : 'http'}://${url.hostname.includes(':') ? `[${url.hostname}]` : url.hostname}:${derivedFrom === 'amqps' ? 15671 : 15672}/`);
  } else if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`The URL scheme ${url.protocol} is not supported: use http(s):// for the management API or amqp(s)://.`);
  }
  url.username = '';
  url.password = '';
  url.search = '';
  url.hash = '';
  // The management API may sit under a path prefix behind a proxy; "/api/..." is appended to it.
  let base = url.toString();
  base = base.replace(/\/api\/?$/, '/');
  if (!base.endsWith('/')) base += '/';
  return { base, shown: base, username: connection.username ?? fromUrl.username, password: connection.password ?? fromUrl.password, vhost, derivedFrom };
}
