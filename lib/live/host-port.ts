import { isIP } from 'node:net';

/** A network endpoint. `host` is a name or an IP address, IPv6 without brackets. */
export interface HostPort {
  host: string;
  port: number;
}

/** `host:port` with a name or IPv4 address, or `[IPv6]:port`; no scheme, no path. */
const HOST_PORT = /^(?:\[([0-9a-fA-F:.]+)\]|([A-Za-z0-9.-]+)):(\d{1,5})$/;

/** Reads `host:port` or `[::1]:9092`; undefined when it is neither (or the port is out of range). */
export function parseHostPort(text: string): HostPort | undefined {
  const match = HOST_PORT.exec(text.trim());
  if (!match) return undefined;
  const port = Number(match[3]);
  if (port < 1 || port > 65_535) return undefined;
  if (match[1] !== undefined) return isIP(match[1]) === 6 ? { host: match[1], port } : undefined;
  return { host: match[2], port };
}

/** The endpoint as people write it: IPv6 addresses in brackets. */
export function formatHostPort({ host, port }: HostPort): string {
  return `${isIP(host) === 6 ? `[${host}]` : host}:${port}`;
}
