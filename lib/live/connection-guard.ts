import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import net from 'node:net';
import tls from 'node:tls';
import type { EndpointAllowList } from './endpoint-allow-list';
import { formatHostPort } from './host-port';
import { LiveImportError } from './live-error';

/**
 * Every socket one live read opens goes through here, whatever the client
 * library (the Kafka admin's checked connections, node:http's agentless
 * requests, the NATS transport):
 *
 * - the address a socket connects to is checked against the allow list when
 *   it is resolved, in the lookup of that very connection (no window between a
 *   check and the connect for DNS to change its answer);
 * - every byte received counts against one budget for the whole read, and the
 *   read stops when it is spent (a fake broker cannot make the server buffer
 *   gigabytes; limits on parsed data come too late);
 * - every socket is tracked, and `closeAll` destroys them at the deadline and
 *   at the end, so none outlives its read, whatever the library left pending.
 */

export interface GuardOptions {
  /** Endpoints allowed; absent means any (the command line, run by the operator). */
  allow?: EndpointAllowList;
  /** Bytes the whole read may receive. */
  budgetBytes: number;
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

export class ConnectionGuard {
  private readonly sockets = new Set<net.Socket>();
  private received = 0;
  private closed = false;
  private ownFailure?: LiveImportError;
  private stop?: (error: LiveImportError) => void;
  /** Rejects when the budget is spent: a read races it, so it ends at once rather than at a library's own timeout. */
  readonly stopped: Promise<never>;

  /** `parent`: the read this guard is one attempt of (its budget, its failure, its closing). */
  constructor(
    private readonly options: GuardOptions,
    private readonly parent?: ConnectionGuard,
  ) {
    this.stopped = parent ? parent.stopped : new Promise<never>((_, reject) => (this.stop = reject));
    this.stopped.catch(() => undefined);
  }

  /** Whether an allow list limits where this read may connect (the studio's server); without one, any endpoint is allowed. */
  get restricted(): boolean {
    return this.options.allow !== undefined;
  }

  /** The first refusal of the guard's own (an endpoint not allowed, the budget spent); it explains a library's vaguer error. */
  get failure(): LiveImportError | undefined {
    return this.parent ? this.parent.failure : this.ownFailure;
  }

  /** One attempt within this read (e.g. one bootstrap server): same rules and budget, its sockets closed on their own. */
  child(): ConnectionGuard {
    return new ConnectionGuard(this.options, this);
  }

  private refuse(error: LiveImportError): LiveImportError {
    if (this.parent) return this.parent.refuse(error);
    this.ownFailure ??= error;
    return error;
  }

  /** Counts received bytes against the read's budget; false once it is spent. */
  private count(bytes: number): boolean {
    if (this.parent) return this.parent.count(bytes);
    this.received += bytes;
    return this.received <= this.options.budgetBytes;
  }

  private notAllowed(host: string, port: number): LiveImportError {
    return this.refuse(new LiveImportError('not-allowed', `This server may not connect to ${formatHostPort({ host, port })}.`));
  }

  /** The lookup for one connection: resolves as usual, then keeps only the allowed addresses. */
  lookupFor(host: string, port: number): net.LookupFunction {
    return ((hostname: string, options: { all?: boolean; family?: number }, callback: LookupCallback) => {
      this.resolveAllowed(hostname, port, options.family ?? 0, host).then(
        (allowed) => (options.all ? callback(null, allowed) : callback(null, allowed[0].address, allowed[0].family)),
        (error: NodeJS.ErrnoException) => callback(error, ''),
      );
    }) as net.LookupFunction;
  }

  /**
   * The addresses `host` resolves to that this read may connect to on `port`,
   * for a client that connects to a checked address itself (e.g. by literal,
   * so nothing resolves the name again). A literal is checked as it is.
   * Rejects with an `EQWNOTALLOWED` error when none is allowed.
   */
  resolve(host: string, port: number): Promise<LookupAddress[]> {
    const family = net.isIP(host);
    if (family !== 0) {
      if (this.literalAllowed(host, port)) return Promise.resolve([{ address: host, family }]);
      const refusal = this.notAllowed(host, port);
      return Promise.reject(Object.assign(new Error(refusal.message), { code: 'EQWNOTALLOWED' }));
    }
    return this.resolveAllowed(host, port, 0, host);
  }

  /** Resolves `hostname` (reached as `host`) and keeps the addresses the allow list takes on `port`. */
  private resolveAllowed(hostname: string, port: number, family: number, host: string): Promise<LookupAddress[]> {
    const allow = this.options.allow;
    return new Promise((resolve, reject) => {
      dnsLookup(hostname, { all: true, family }, (error, addresses) => {
        if (error) return reject(error);
        const allowed = allow ? addresses.filter((a) => allow.allowsConnection(host, a.address, port)) : addresses;
        if (allowed.length > 0) return resolve(allowed);
        const refusal = this.notAllowed(host, port);
        reject(Object.assign(new Error(refusal.message), { code: 'EQWNOTALLOWED' }));
      });
    });
  }

  /** Whether a literal address may be connected to (a literal skips the lookup). */
  private literalAllowed(host: string, port: number): boolean {
    return !this.options.allow || !net.isIP(host) || this.options.allow.allowsConnection(host, host, port);
  }

  /** Counts the socket's bytes against the budget and keeps it until it closes. */
  track<S extends net.Socket>(socket: S): S {
    if (this.closed || this.parent?.closed) {
      socket.destroy();
      return socket;
    }
    this.sockets.add(socket);
    this.parent?.sockets.add(socket);
    // closeAll may destroy a socket with an error; the library's own listener reports it, this one keeps it from being uncaught.
    socket.on('error', () => undefined);
    socket.on('close', () => {
      this.sockets.delete(socket);
      this.parent?.sockets.delete(socket);
    });
    socket.on('data', (chunk: Buffer) => {
      if (this.count(chunk.length)) return;
      const error = this.refuse(
        new LiveImportError('too-large', `The cluster's answers passed ${(this.options.budgetBytes / 1048576).toFixed(0)} MB, the most one import may read; the read was stopped.`),
      );
      // Destroyed with the reason, so the library's pending requests fail now rather than at their own timeout.
      (this.parent ?? this).closeAll(error);
      (this.parent ?? this).stop?.(error);
    });
    return socket;
  }

  /** A TCP (or TLS) connection for a client library that takes a socket (the NATS transport, the AWS SDK's agents). */
  connect(host: string, port: number, tlsOptions: tls.ConnectionOptions | undefined, onConnect: () => void): net.Socket {
    if (!this.literalAllowed(host, port)) {
      const socket = new net.Socket();
      const error = this.notAllowed(host, port);
      process.nextTick(() => socket.destroy(error));
      return this.track(socket);
    }
    const lookup = this.lookupFor(host, port);
    const socket = tlsOptions ? tls.connect({ host, port, lookup, ...(net.isIP(host) ? {} : { servername: host }), ...tlsOptions }, onConnect) : net.connect({ host, port, lookup }, onConnect);
    return this.track(socket);
  }

  /** Options for one node:http(s) request: no shared agent (its sockets are ours to close) and the checked lookup. */
  requestOptions(host: string, port: number): { agent: false; lookup: net.LookupFunction } {
    if (!this.literalAllowed(host, port)) throw this.notAllowed(host, port);
    return { agent: false, lookup: this.lookupFor(host, port) };
  }

  /** Destroys every socket, now and any opened later: the read (or this attempt) is over. With `reason`, their users see it as an error. */
  closeAll(reason?: Error): void {
    this.closed = true;
    for (const socket of this.sockets) socket.destroy(reason);
    this.sockets.clear();
  }
}
