import type { ResolvedNodeOfKind } from '../brokers/resolved-design';
import { builtInExchange } from '../rabbitmq/built-in-exchanges';
import { effectivePolicy } from '../rabbitmq/policies';
import { validHeadersBinding } from '../rabbitmq/routing';
import type { TopologyContext } from './rabbitmq-topology-context';
import { nameProblem, utf8Length, type Arguments } from './rabbitmq-topology-model';

/**
 * A design's RabbitMQ exchanges and the bindings from them, as the topology
 * declares them. Built-in exchanges and exchanges declared elsewhere are
 * never declared; links to them are written like any other.
 */

type Exchange = ResolvedNodeOfKind<'rabbitmq-exchange'>;

/** Adds the exchange (with its alternate exchange) to its cluster's topology, or the reasons RabbitMQ would refuse it. */
export function addExchange(ctx: TopologyContext, exchange: Exchange): void {
  const topology = ctx.topologyOf(exchange);
  const builtIn = builtInExchange(exchange.name);
  if (builtIn && (builtIn.type !== exchange.type || builtIn.internal !== exchange.internal || !exchange.durable || exchange.autoDelete)) {
    ctx.errors.push({
      nodeId: exchange.id,
      message: `Exchange "${exchange.name}" is RabbitMQ's built-in ${builtIn.internal ? 'internal ' : ''}${builtIn.type} exchange (durable, not auto-delete), which exists in every vhost as it is: the design cannot change it.`,
    });
  }
  const problem = builtIn ? undefined : nameProblem('exchange', exchange.name);
  if (problem) ctx.errors.push({ nodeId: exchange.id, message: `Exchange "${exchange.name}": ${problem}.` });
  ctx.checkDuplicate(exchange, 'exchange');
  const args: Arguments = {};
  const alternate = ctx.single(exchange.id, exchange.name, 'alternate', 'alternate exchange');
  if (alternate) {
    const target = ctx.sameVhostExchange(exchange, alternate, 'alternate exchange');
    const fromPolicy = effectivePolicy(ctx.compiled(topology), { kind: 'exchange', vhost: exchange.vhost, name: exchange.name })?.definition['alternate-exchange'];
    // Written as the argument `alternate-exchange` (no `x-`), unless a declared policy already gives it.
    if (target && fromPolicy !== target.name) {
      if (builtIn)
        ctx.errors.push({
          nodeId: exchange.id,
          message: `The alternate exchange of built-in exchange "${exchange.name}" can only come from a policy (it cannot be declared with arguments); add a policy with alternate-exchange "${target.name}" to the cluster.`,
        });
      else if (exchange.external)
        ctx.errors.push({
          nodeId: exchange.id,
          message: `Exchange "${exchange.name}" is declared elsewhere, so its alternate exchange can only come from a policy; add a policy with alternate-exchange "${target.name}" to the cluster.`,
        });
      else args['alternate-exchange'] = target.name;
    }
  }
  ctx.addVhost(topology, exchange.vhost);
  // Built-in exchanges and exchanges declared elsewhere are never declared; links to them are written like any other.
  if (builtIn || exchange.external) return;
  topology.exchanges.push({
    nodeId: exchange.id,
    name: exchange.name,
    vhost: exchange.vhost,
    type: exchange.type,
    durable: exchange.durable,
    autoDelete: exchange.autoDelete,
    internal: exchange.internal,
    arguments: args,
  });
}

/** Adds the bindings from the exchange to its topology: one per (destination, routing key, arguments). */
export function addBindings(ctx: TopologyContext, exchange: Exchange): void {
  const topology = ctx.topologyOf(exchange);
  const seen = new Set<string>();
  for (const connection of ctx.graph.outgoing.get(exchange.id) ?? []) {
    if (connection.kind !== 'bind') continue;
    const target = ctx.graph.nodeById.get(connection.to);
    if (target?.kind !== 'rabbitmq-queue' && target?.kind !== 'rabbitmq-exchange') {
      ctx.errors.push({ nodeId: exchange.id, message: `Exchange "${exchange.name}" is bound to "${connection.to}", which is not a RabbitMQ queue or exchange.` });
      continue;
    }
    if (ctx.groupKey(target) !== ctx.groupKey(exchange)) {
      ctx.errors.push({ nodeId: exchange.id, message: `Exchange "${exchange.name}" is bound to "${target.name}" on another cluster: bindings stay within one broker.` });
      continue;
    }
    if (target.vhost !== exchange.vhost) {
      ctx.errors.push({
        nodeId: exchange.id,
        message: `Exchange "${exchange.name}" (vhost "${exchange.vhost}") is bound to "${target.name}" in vhost "${target.vhost}": bindings stay within one vhost.`,
      });
      continue;
    }
    const routingKey = connection.routingKey ?? '';
    if (utf8Length(routingKey) > 255) {
      ctx.errors.push({ nodeId: exchange.id, message: `The binding from "${exchange.name}" to "${target.name}" has a routing key longer than 255 bytes, which RabbitMQ does not allow.` });
      continue;
    }
    const args: Arguments = { ...(connection.arguments ?? {}) };
    if (exchange.type === 'headers' && !validHeadersBinding(args)) {
      ctx.errors.push({
        nodeId: exchange.id,
        message: `The binding from "${exchange.name}" to "${target.name}" has x-match "${String(args['x-match'])}"; RabbitMQ accepts all, any, all-with-x or any-with-x.`,
      });
      continue;
    }
    for (const [key, value] of Object.entries(args)) {
      if (utf8Length(key) > 255) ctx.errors.push({ nodeId: exchange.id, message: `The binding from "${exchange.name}" to "${target.name}" has an argument name longer than 255 bytes.` });
      if (typeof value === 'number' && !Number.isFinite(value))
        ctx.errors.push({ nodeId: exchange.id, message: `The binding from "${exchange.name}" to "${target.name}" has a non-finite number for "${key}".` });
    }
    // The broker keeps one binding per (source, destination, key, arguments): a repeat is the same binding.
    const identity = JSON.stringify([target.id, routingKey, Object.entries(args).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))]);
    if (seen.has(identity)) continue;
    seen.add(identity);
    topology.bindings.push({
      connectionId: connection.id,
      vhost: exchange.vhost,
      sourceId: exchange.id,
      source: exchange.name,
      destinationId: target.id,
      destination: target.name,
      destinationType: target.kind === 'rabbitmq-queue' ? 'queue' : 'exchange',
      routingKey,
      arguments: args,
    });
  }
}
