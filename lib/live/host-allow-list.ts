/**
 * The names the studio is reached by (`QUEUEWRIGHT_ALLOWED_HOSTS`): `host`
 * (any port) or `host:port`, comma- or space-separated. A browser tricked by
 * DNS rebinding sends the attacker's name in Host and Origin, never one of
 * these; a reverse proxy that rewrites Host sends the internal name in Host
 * and the public one in Origin, both of which the operator lists.
 */

interface HostRule {
  name: string;
  port?: string;
}

export type HostAllowListParse = { ok: true; list: HostAllowList } | { ok: false; message: string };

/** Served on loopback only (the default bind), the studio answers to these names. */
const LOOPBACK = 'localhost 127.0.0.1 [::1]';

function split(hostAndPort: string): HostRule | undefined {
  const match = /^(\[[0-9a-f:.]+\]|[a-z0-9.-]+)(?::(\d{1,5}))?$/i.exec(hostAndPort.trim());
  if (!match) return undefined;
  return { name: match[1].toLowerCase().replace(/\.$/, ''), port: match[2] };
}

export class HostAllowList {
  private constructor(private readonly rules: readonly HostRule[]) {}

  static parse(text: string | undefined): HostAllowListParse {
    const entries = (text?.trim() ? text : LOOPBACK).split(/[\s,]+/).filter(Boolean);
    const rules: HostRule[] = [];
    for (const [i, entry] of entries.entries()) {
      const rule = split(entry);
      if (!rule) return { ok: false, message: `entry ${i + 1} ("${entry.slice(0, 80)}") is not a host name or host:port` };
      rules.push(rule);
    }
    return { ok: true, list: new HostAllowList(rules) };
  }

  /** Whether a Host header value (`name` or `name:port`) is one of the studio's names. */
  allowsHost(hostHeader: string | null | undefined): boolean {
    const asked = hostHeader ? split(hostHeader) : undefined;
    return asked !== undefined && this.rules.some((r) => r.name === asked.name && (r.port === undefined || r.port === asked.port));
  }

  /** Whether an Origin header (`scheme://host[:port]`) is one of the studio's names. */
  allowsOrigin(origin: string): boolean {
    try {
      return this.allowsHost(new URL(origin).host);
    } catch {
      return false;
    }
  }
}
