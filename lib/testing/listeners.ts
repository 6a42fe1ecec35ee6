import net from 'node:net';

/**
 * TCP listeners on loopback that stand for what a port scan meets: one that
 * accepts and never answers (a firewalled port that does not reset, or a
 * protocol that waits for the client), one that accepts and hangs up at once,
 * or any server the test brings (an HTTP service that is not a broker).
 * Each counts what it accepted and what is still open on its side, so a test
 * can prove a connection was never made, or did not outlive its use.
 */
export interface TestListener {
  port: number;
  /** Connections accepted so far. */
  accepted: number;
  /** Connections still open on the listener's side. */
  open: Set<net.Socket>;
  /** Resolves at the next accepted connection. */
  nextConnection(): Promise<void>;
  close(): Promise<void>;
}

/** Reads what it is sent and never answers. */
export const silently = (socket: net.Socket) => void socket.resume();
/** Hangs up as soon as a connection is made. */
export const hangUp = (socket: net.Socket) => void socket.destroy();

/** Listens on a free port of `host` (127.0.0.1); without `onSocket`, silently, unless the test brings its own `server`. */
export async function listen(onSocket?: (socket: net.Socket) => void, options: { host?: string; server?: net.Server } = {}): Promise<TestListener> {
  const server = options.server ?? net.createServer();
  const handle = onSocket ?? (options.server ? () => undefined : silently);
  const open = new Set<net.Socket>();
  let waiting: Array<() => void> = [];
  const listener: TestListener = {
    port: 0,
    accepted: 0,
    open,
    nextConnection: () => new Promise<void>((resolve) => waiting.push(resolve)),
    close: async () => {
      for (const s of open) s.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
  server.on('connection', (socket: net.Socket) => {
    listener.accepted++;
    open.add(socket);
    socket.on('close', () => open.delete(socket));
    socket.on('error', () => undefined);
    handle(socket);
    const resolve = waiting;
    waiting = [];
    for (const r of resolve) r();
  });
  await new Promise<void>((resolve) => server.listen(0, options.host ?? '127.0.0.1', resolve));
  listener.port = (server.address() as net.AddressInfo).port;
  return listener;
}
