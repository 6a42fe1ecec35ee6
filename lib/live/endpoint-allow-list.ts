import { BlockList, isIP } from 'node:net';

/**
 * The endpoints a server may connect to, as its operator writes them
 * (`QUEUEWRIGHT_LIVE_ALLOW`), comma- or space-separated:
 *
 *   10.20.0.0/16:9092-9094     addresses in a network, on some ports
 *   192.0.2.7:15672            one address, one port
 *   [fd00::/64]:9092           IPv6 (brackets when a port follows)
 *   kafka-1.prod.internal:9092 one host name
 *   *.kafka.prod.internal      every name under a domain, any port
 *
 * An address rule is checked against the address a connection actually goes
 * to, resolved at connect time, so a name that resolves to an allowed address
 * one moment and an internal one the next (DNS rebinding) gets nowhere. A
 * name rule trusts the server's own resolver for that name, which is the
 * operator's.
 */

interface PortRange {
  from: number;
  to: number;
}

type Rule = { kind: 'network'; list: BlockList; ports?: PortRange } | { kind: 'name'; name: string; wildcard: boolean; ports?: PortRange };

export type AllowListParse = { ok: true; list: EndpointAllowList } | { ok: false; message: string };

function parsePorts(text: string | undefined): PortRange | undefined | null {
  if (text === undefined) return undefined;
  const match = /^(\d{1,5})(?:-(\d{1,5}))?$/.exec(text);
  if (!match) return null;
  const from = Number(match[1]);
  const to = Number(match[2] ?? match[1]);
  return from >= 1 && to <= 65_535 && from <= to ? { from, to } : null;
}

/** `address[/prefix]` into a one-rule BlockList (used as an allow list), or null. */
function network(text: string): BlockList | null {
  const [address, prefixText] = text.split('/');
  const family = isIP(address);
  if (family === 0) return null;
  const type = family === 4 ? 'ipv4' : 'ipv6';
  const list = new BlockList();
  if (prefixText === undefined) {
    list.addAddress(address, type);
    return list;
  }
  const prefix = /^\d{1,3}$/.test(prefixText) ? Number(prefixText) : NaN;
  if (!(prefix >= 0 && prefix <= (family === 4 ? 32 : 128))) return null;
  list.addSubnet(address, prefix, type);
  return list;
}

function parseRule(entry: string): Rule | null {
  // [IPv6 or IPv6/prefix]:ports, or a bare IPv6 (several colons) without a port.
  const bracketed = /^\[([^\]]+)\](?::(.+))?$/.exec(entry);
  let target: string;
  let portText: string | undefined;
  if (bracketed) [, target, portText] = bracketed;
  else if ((entry.match(/:/g) ?? []).length > 1) target = entry;
  else [target, portText] = entry.split(':') as [string, string | undefined];
  const ports = parsePorts(portText);
  if (ports === null) return null;
  const list = network(target);
  if (list) return { kind: 'network', list, ports };
  const wildcard = target.startsWith('*.');
  const name = (wildcard ? target.slice(2) : target).toLowerCase().replace(/\.$/, '');
  if (!/^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/.test(name) || /^[\d.]+$/.test(name)) return null;
  return { kind: 'name', name, wildcard, ports };
}

const inRange = (ports: PortRange | undefined, port: number) => !ports || (port >= ports.from && port <= ports.to);

/** An IPv4 address written as IPv6 (::ffff:10.0.0.1) is the IPv4 address. */
function plainAddress(address: string): { address: string; type: 'ipv4' | 'ipv6' } {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return { address: mapped[1], type: 'ipv4' };
  return { address, type: isIP(address) === 4 ? 'ipv4' : 'ipv6' };
}

export class EndpointAllowList {
  private constructor(
    private readonly rules: readonly Rule[],
    /** A list an endpoint must be in as well (apply: the live list and the apply list). */
    private readonly also?: EndpointAllowList,
  ) {}

  /** The endpoints both lists allow. */
  and(other: EndpointAllowList): EndpointAllowList {
    return new EndpointAllowList(this.rules, this.also ? this.also.and(other) : other);
  }

  /** Reads the operator's list; an entry that cannot be read is an error naming it (a typo must not widen or silently narrow access). */
  static parse(text: string | undefined): AllowListParse {
    const entries = (text ?? '').split(/[\s,]+/).filter(Boolean);
    const rules: Rule[] = [];
    for (const [i, entry] of entries.entries()) {
      const rule = parseRule(entry);
      if (!rule) return { ok: false, message: `entry ${i + 1} ("${entry.slice(0, 80)}") is not an address, network, host name or *.domain, with an optional :port or :from-to` };
      rules.push(rule);
    }
    return { ok: true, list: new EndpointAllowList(rules) };
  }

  get empty(): boolean {
    return this.rules.length === 0;
  }

  private nameMatches(rule: Extract<Rule, { kind: 'name' }>, host: string): boolean {
    const name = host.toLowerCase().replace(/\.$/, '');
    return rule.wildcard ? name.endsWith(`.${rule.name}`) : name === rule.name;
  }

  /** Whether a connection to `address` (resolved, or the literal asked for), reached as `host`, on `port` is allowed. */
  allowsConnection(host: string, address: string, port: number): boolean {
    if (this.also && !this.also.allowsConnection(host, address, port)) return false;
    const plain = plainAddress(address);
    return this.rules.some((rule) => inRange(rule.ports, port) && (rule.kind === 'network' ? isIP(plain.address) !== 0 && rule.list.check(plain.address, plain.type) : this.nameMatches(rule, host)));
  }

  /**
   * Whether an endpoint could be allowed, before anything is resolved: an
   * address is judged now; a name passes when a name rule matches it or a
   * network rule takes its port (its addresses are checked at connect time).
   */
  mayReach(host: string, port: number): boolean {
    if (this.also && !this.also.mayReach(host, port)) return false;
    if (isIP(host)) return this.allowsConnection(host, host, port);
    return this.rules.some((rule) => inRange(rule.ports, port) && (rule.kind === 'network' || this.nameMatches(rule, host)));
  }
}
