import { servicebusTier } from '../brokers/servicebus/tier';
import type { PubsubNeeds, ServicebusNeeds } from '../capacity/cost-estimate';
import type { ChannelLoad } from './capacity';
import type { Network } from './network';

/** Pub/Sub's default retention of a subscription's messages: 7 days. */
const PUBSUB_DEFAULT_RETENTION_S = 604_800;

/**
 * What Google Cloud Pub/Sub bills, read from the design: publishes into
 * topics, deliveries out of subscriptions (each its own), and the bytes kept
 * by topics with a retention and by subscriptions that retain acknowledged
 * messages, over their retention.
 */
export function pubsubNeeds(network: Network, loads: ReadonlyMap<string, ChannelLoad>): PubsubNeeds {
  let publishes = 0;
  let bytes = 0;
  let deliveries = 0;
  let retainedBytes = 0;
  let retainedSubscriptionMessages = 0;
  for (const node of network.design.nodes) {
    const load = loads.get(node.id);
    if (!load) continue;
    if (node.kind === 'pubsub-topic') {
      publishes += load.rate;
      bytes += load.rate * load.bytesPerMessage;
      retainedBytes += load.rate * load.bytesPerMessage * (node.messageRetentionDuration ?? 0);
    } else if (node.kind === 'pubsub-subscription') {
      deliveries += load.rate;
      if (node.retainAckedMessages) retainedSubscriptionMessages += load.rate * (node.messageRetentionDuration ?? PUBSUB_DEFAULT_RETENTION_S);
    }
  }
  // A subscription's messages are its topic's: they are counted at the mean size published.
  const messageBytes = publishes > 0 ? bytes / publishes : 0;
  return { publishesPerSecond: publishes, deliveriesPerSecond: deliveries, messageBytes, retainedGiB: (retainedBytes + retainedSubscriptionMessages * messageBytes) / 2 ** 30 };
}

/**
 * What Azure Service Bus bills, read from the design by namespace tier (the
 * cluster's config.sku): sends into queues and topics, deliveries out of
 * queues and subscriptions, Standard namespaces, and the messaging units of
 * Premium namespaces.
 */
export function servicebusNeeds(network: Network, loads: ReadonlyMap<string, ChannelLoad>): ServicebusNeeds {
  const { design } = network;
  const needs: ServicebusNeeds = { standardNamespaces: 0, standardSendsPerSecond: 0, standardDeliveriesPerSecond: 0, basicSendsPerSecond: 0, basicDeliveriesPerSecond: 0, premiumMessagingUnits: 0 };
  const namespaces = new Set<string | undefined>();
  for (const node of design.nodes) {
    if (node.kind !== 'servicebus-queue' && node.kind !== 'servicebus-topic' && node.kind !== 'servicebus-subscription') continue;
    const cluster = design.clusters.find((c) => c.id === node.cluster);
    const tier = servicebusTier(cluster);
    // Nodes on no cluster share one namespace of the default tier.
    if (!namespaces.has(node.cluster)) {
      namespaces.add(node.cluster);
      if (tier === 'Standard') needs.standardNamespaces++;
      // Premium: the messaging units the namespace declares (ARM sku.capacity), one at least.
      if (tier === 'Premium') needs.premiumMessagingUnits += Math.max(1, Math.floor(Number(cluster?.config.capacity)) || 1);
    }
    const rate = loads.get(node.id)?.rate ?? 0;
    const sends = node.kind === 'servicebus-subscription' ? 0 : rate;
    const deliveries = node.kind === 'servicebus-topic' ? 0 : rate;
    if (tier === 'Standard') {
      needs.standardSendsPerSecond += sends;
      needs.standardDeliveriesPerSecond += deliveries;
    } else if (tier === 'Basic') {
      needs.basicSendsPerSecond += sends;
      needs.basicDeliveriesPerSecond += deliveries;
    }
  }
  return needs;
}
