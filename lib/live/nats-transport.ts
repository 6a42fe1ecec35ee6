import type { Socket } from 'node:net';
import type { ConnectionOptions, NatsConnection } from 'nats';
import { NatsConnectionImpl, setTransportFactory } from 'nats/lib/nats-base-client/internal_mod';
import { NodeTransport, nodeResolveHost } from 'nats/lib/src/node_transport';
import type { ConnectionGuard } from './connection-guard';
import { LiveImportError } from './live-error';

/**
 * Connects the nats client through a read's ConnectionGuard, so a NATS read
 * obeys the same rules as the Kafka and RabbitMQ ones: the checked lookup
 * (allowed endpoints only, no DNS-rebinding window), one byte budget, every
 * socket closed at the end.
 *
 * The client has no socket factory option; it has one transport factory for
 * the whole process, which its own `connect` resets on every call. So each
 * guarded connection sets the factory just before connecting, the guard
 * travels in the connection's options (the client copies unknown options
 * along), and a connection whose socket did not come from its guard (another
 * `connect` in the process won the factory in between) is closed and refused.
 */

/** The option the guard travels in. */
interface GuardedOptions extends ConnectionOptions {
  queuewrightGuard?: { guard: ConnectionGuard; dialed: boolean };
}

class GuardedTransport extends NodeTransport {
  private get guarded(): GuardedOptions['queuewrightGuard'] {
    return (this.options as GuardedOptions | undefined)?.queuewrightGuard;
  }

  override dial(hp: { hostname: string; port: number }): Promise<Socket> {
    const guarded = this.guarded;
    if (!guarded) return super.dial(hp);
    guarded.dialed = true;
    return new Promise<Socket>((resolve, reject) => {
      let failure: Error | undefined;
      const onError = (error: Error) => (failure = error);
      const onClose = () => reject(failure ?? new Error('closed'));
      const socket = guarded.guard.connect(hp.hostname, hp.port, undefined, () => {
        // Only this dial's listeners go: the guard's byte counting stays.
        socket.off('error', onError);
        socket.off('close', onClose);
        resolve(socket);
      });
      socket.on('error', onError);
      socket.on('close', onClose);
      socket.setNoDelay(true);
    });
  }

  /** The client drops every listener of the socket after the server's INFO; the guard's byte counting is put back. */
  override setupHandlers(): void {
    super.setupHandlers();
    this.guarded?.guard.track(this.socket);
  }
}

/** Connects through `guard`; the options must not ask for reconnects or cluster discovery (a read is one connection). */
export async function connectGuarded(options: ConnectionOptions, guard: ConnectionGuard): Promise<NatsConnection> {
  const guarded = { guard, dialed: false };
  setTransportFactory({ factory: () => new GuardedTransport(), dnsResolveFn: nodeResolveHost });
  const connection = await NatsConnectionImpl.connect({ ...options, queuewrightGuard: guarded } as GuardedOptions);
  if (!guarded.dialed) {
    await connection.close().catch(() => undefined);
    throw new LiveImportError('failed', 'The NATS client connected without the connection checks; try again.');
  }
  return connection;
}
