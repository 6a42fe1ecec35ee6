import type { LookupAddress } from 'node:dns';
import type net from 'node:net';
import { Admin, kGetBootstrapConnection, kGetConnection, MultipleErrors, type AdminOptions, type Broker, type Callback, type Connection, type ConnectionPoolEventPayload } from '@platformatic/kafka';
import type { ConnectionGuard } from './connection-guard';

/**
 * @platformatic/kafka's Admin with every socket it opens going through a
 * ConnectionGuard. The library has no socket factory, but every connection
 * its clients make is asked for through two protected methods it exports for
 * subclasses (`kGetConnection` for a broker the metadata names,
 * `kGetBootstrapConnection` for the bootstrap list), and made by one
 * connection pool that announces each connection before it opens it. So:
 *
 * - each broker is resolved through the guard first (allow list checked
 *   against the resolved address, host and port), and the pool is asked for
 *   what was checked: for a plain connection the address literal (nothing
 *   resolves the name again, so no DNS rebinding); for TLS the name (for SNI
 *   and the certificate check) with a lookup that answers only with the
 *   addresses the guard checked for it;
 * - the pool's `connecting` event hands every new connection's socket to the
 *   guard (byte budget, closed at the deadline). Where the guard has an allow
 *   list, a socket to an endpoint not checked here is destroyed before it
 *   connects: the library's one path around the two methods (the controller
 *   connection a topic write retries on after NOT_CONTROLLER) cannot reach
 *   anything unchecked either.
 */
export class GuardedAdmin extends Admin {
  readonly #guard: ConnectionGuard;
  /** `host:port` endpoints the guard allowed, as the pool is asked for them. */
  readonly #checked = new Set<string>();
  /** The checked addresses of each name a TLS connection keeps. */
  readonly #pinned: Map<string, LookupAddress[]>;
  readonly #usesTls: boolean;
  readonly #bootstrap: Broker[];

  constructor(options: AdminOptions & { bootstrapBrokers: Broker[] }, guard: ConnectionGuard) {
    const pinned = new Map<string, LookupAddress[]>();
    super(options.tls ? { ...options, tls: { ...options.tls, lookup: pinnedLookup(pinned) } } : options);
    this.#guard = guard;
    this.#pinned = pinned;
    this.#usesTls = Boolean(options.tls);
    this.#bootstrap = options.bootstrapBrokers;
    this.connections.on('connecting', (payload) => this.#watch(payload));
  }

  /** Runs after the pool made the connection's socket (synchronously after this event) and before it can connect or receive. */
  #watch({ broker, connection }: ConnectionPoolEventPayload): void {
    process.nextTick(() => {
      const socket = connection.socket as net.Socket | undefined;
      if (!socket) return;
      this.#guard.track(socket);
      if (this.#guard.restricted && !this.#checked.has(endpointKey(broker))) socket.destroy(new Error(`EQWNOTALLOWED: ${endpointKey(broker)} was not checked by the connection guard`));
    });
  }

  /**
   * The endpoints the pool may be asked for once the guard allowed `broker`:
   * each checked address (a name may resolve to several, IPv6 and IPv4), or
   * for TLS the name itself, pinned to its checked addresses.
   */
  async #checkedEndpoints(broker: Broker): Promise<Broker[]> {
    const addresses = await this.#guard.resolve(broker.host, broker.port);
    let endpoints: Broker[];
    if (this.#usesTls) {
      this.#pinned.set(broker.host, addresses);
      endpoints = [broker];
    } else endpoints = addresses.map((a) => ({ host: a.address, port: broker.port }));
    for (const endpoint of endpoints) this.#checked.add(endpointKey(endpoint));
    return endpoints;
  }

  /** A connection to the first of `endpoints` that connects, as the client's own happy-eyeballs would. */
  #connectFirst(endpoints: Broker[], callback: Callback<Connection>, errors: Error[] = []): void {
    const [first, ...rest] = endpoints;
    if (!first) return callback(errors.length === 1 ? errors[0] : new MultipleErrors('Cannot connect to any address of the broker.', errors));
    super[kGetConnection](first, (error, connection) => {
      if (!error) return callback(null, connection);
      this.#connectFirst(rest, callback, [...errors, error]);
    });
  }

  override [kGetConnection](broker: Broker, callback: Callback<Connection>): void {
    this.#checkedEndpoints(broker).then(
      (endpoints) => this.#connectFirst(endpoints, callback),
      (error: Error) => callback(error),
    );
  }

  /** The bootstrap brokers (then those the metadata named), each checked, in turn until one connects. */
  override [kGetBootstrapConnection](callback: Callback<Connection>): void {
    const discovered = this.currentMetadata ? [...this.currentMetadata.brokers.values()] : [];
    const candidates = [...this.#bootstrap, ...discovered];
    const errors: Error[] = [];
    const next = (i: number) => {
      if (i >= candidates.length) return callback(new MultipleErrors('Cannot connect to any broker.', errors));
      this[kGetConnection](candidates[i], (error, connection) => {
        if (!error) return callback(null, connection);
        errors.push(error);
        next(i + 1);
      });
    };
    next(0);
  }
}

function endpointKey(broker: Broker): string {
  return `${broker.host}:${broker.port}`;
}

/** A lookup that answers only from the guard's checked addresses: a name not checked has none. */
function pinnedLookup(pinned: Map<string, LookupAddress[]>): net.LookupFunction {
  return ((hostname: string, options: { all?: boolean }, callback: (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void) => {
    const addresses = pinned.get(hostname);
    if (!addresses) return callback(Object.assign(new Error(`${hostname} was not checked by the connection guard`), { code: 'EQWNOTALLOWED' }), '');
    if (options.all) callback(null, addresses);
    else callback(null, addresses[0].address, addresses[0].family);
  }) as net.LookupFunction;
}
