import { builtInExchange } from '../rabbitmq/built-in-exchanges';
import { short, type DesignBuilder } from './builder';
import type { PolicyFor } from './rabbitmq-definitions-policies';
import type { VhostOf } from './rabbitmq-definitions-scope';

/** What every section reader of a RabbitMQ definitions file shares. */
export interface DefinitionsContext {
  b: DesignBuilder;
  /** The RabbitMQ cluster's id in the design. */
  cluster: string;
  vhostOf: VhostOf;
  checkVhost: (vhost: string, path: string) => void;
  policyFor: PolicyFor;
  exchanges: ExchangeNodes;
}

const keyOf = (vhost: string, name: string) => `${vhost}\u0000${name}`;

/** The exchange nodes made so far, by vhost and name. */
export class ExchangeNodes {
  /** Declared (and built-in) exchanges: `${vhost}\u0000${name}` → node id. */
  readonly declared = new Map<string, string>();
  private readonly external = new Map<string, string>();

  constructor(
    private readonly b: DesignBuilder,
    private readonly cluster: string,
  ) {}

  has(vhost: string, name: string): boolean {
    return this.declared.has(keyOf(vhost, name));
  }

  declare(vhost: string, name: string, id: string): void {
    this.declared.set(keyOf(vhost, name), id);
  }

  /** The exchange node for a name, adding a built-in amq.* exchange on first use. */
  find(vhost: string, name: string, path: string): string | undefined {
    const existing = this.declared.get(keyOf(vhost, name));
    if (existing) return existing;
    const builtIn = builtInExchange(name);
    if (!builtIn) return undefined;
    const id = this.b.addNode('rabbitmq-exchange', name, { vhost, type: builtIn.type, cluster: this.cluster, durable: true, autoDelete: false, internal: builtIn.internal }, path);
    if (!id) return undefined;
    this.declare(vhost, name, id);
    this.b.note(path, `"${name}" is a built-in exchange of every vhost; it is in the design because a binding uses it (exports write the binding, never the exchange).`);
    return id;
  }

  /**
   * An alternate or dead-letter exchange the file names without declaring it: RabbitMQ accepts the name (the
   * exchange may be declared by another file or an application), so the design keeps it as an exchange declared
   * elsewhere, which exports link to by name and never declare. Bindings still need it declared (RabbitMQ refuses
   * a binding from or to a missing exchange), so `find` never returns one of these.
   */
  findOrExternal(vhost: string, name: string, path: string, what: string, lost: string): string | undefined {
    const found = this.find(vhost, name, path);
    if (found) return found;
    const key = keyOf(vhost, name);
    const known = this.external.get(key);
    if (known) return known;
    const id = this.b.addNode('rabbitmq-exchange', name, { vhost, cluster: this.cluster, external: true }, path);
    if (!id) return undefined;
    this.external.set(key, id);
    this.b.note(
      path,
      `${what} "${short(name)}" is not declared in this file (vhost "${short(vhost)}"): it is kept as an exchange declared elsewhere (exports name it and never declare it; its type is unknown). Where it does not exist, ${lost}.`,
    );
    return id;
  }
}
