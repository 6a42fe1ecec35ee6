import http from 'node:http';
import https from 'node:https';
import type { Duplex } from 'node:stream';
import type { ConnectionGuard } from './connection-guard';

/**
 * node:http(s) agents for the AWS SDK whose every socket comes from a read's
 * ConnectionGuard: the checked lookup (or the check of a literal address), the
 * byte budget, and closing at the end. The SDK takes agents in its request
 * handler's options; no other connection path is left open (credentials are
 * always given, so the SDK never calls a metadata service on its own).
 */

type ConnectOptions = { host?: string | null; hostname?: string | null; port?: number | string | null; servername?: string; ALPNProtocols?: string[] };

function target(options: ConnectOptions, defaultPort: number): { host: string; port: number } {
  const host = (options.hostname ?? options.host ?? 'localhost').replace(/^\[(.*)\]$/, '$1');
  return { host, port: Number(options.port || defaultPort) };
}

export function guardedAgents(guard: ConnectionGuard, maxSockets: number): { httpAgent: http.Agent; httpsAgent: https.Agent } {
  const httpAgent = new http.Agent({ keepAlive: true, maxSockets });
  const httpsAgent = new https.Agent({ keepAlive: true, maxSockets });
  // Kept sockets are reused across the read's many small requests; guard.closeAll ends them with the read.
  (httpAgent as unknown as { createConnection: (options: ConnectOptions) => Duplex }).createConnection = (options) => {
    const { host, port } = target(options, 80);
    return guard.connect(host, port, undefined, () => undefined);
  };
  (httpsAgent as unknown as { createConnection: (options: ConnectOptions) => Duplex }).createConnection = (options) => {
    const { host, port } = target(options, 443);
    return guard.connect(host, port, { ...(options.servername ? { servername: options.servername } : {}), ALPNProtocols: ['http/1.1'] }, () => undefined);
  };
  return { httpAgent, httpsAgent };
}
