import { makeDesign } from '../design/build-design';
import type { Design } from '../design';

/**
 * The design the Artemis exporter's tests run on a real broker and compare as golden file: a multicast
 * address (a JMS topic) with two subscription queues and a dead-letter address, a last-value queue and
 * a queue bound to no address (a JMS queue). And one defect, to show what the rule
 * artemis/dead-letter-address-has-queue says: `audit`'s dead-letter address has no queue.
 */
export function artemisFixtureDesign(): Design {
  return makeDesign({
    name: 'Artemis orders',
    clusters: [{ id: 'artemis', name: 'orders-broker', broker: 'artemis' }],
    nodes: [
      { kind: 'producer', id: 'order-api', name: 'order-api' },
      {
        kind: 'artemis-address',
        id: 'orders',
        name: 'orders',
        cluster: 'artemis',
        routingType: 'multicast',
        settings: { 'max-delivery-attempts': 3, 'redelivery-delay': 50, 'redelivery-delay-multiplier': 2, 'max-redelivery-delay': 200, 'address-full-policy': 'PAGE', 'max-size-bytes': 10_485_760 },
      },
      { kind: 'artemis-queue', id: 'billing', name: 'orders.billing', cluster: 'artemis' },
      { kind: 'artemis-queue', id: 'shipping', name: 'orders.shipping', cluster: 'artemis', filter: "region = 'EU' OR region IS NULL" },
      { kind: 'artemis-address', id: 'orders-dla', name: 'orders.DLA', cluster: 'artemis', settings: {} },
      { kind: 'artemis-queue', id: 'orders-dlq', name: 'orders.DLQ', cluster: 'artemis', role: 'dead-letter', depthAlert: true },
      { kind: 'artemis-address', id: 'prices', name: 'prices', cluster: 'artemis', settings: { 'redelivery-delay': 1000 } },
      { kind: 'artemis-queue', id: 'latest-prices', name: 'prices.latest', cluster: 'artemis', 'last-value-key': 'symbol' },
      { kind: 'artemis-queue', id: 'jobs', name: 'jobs', cluster: 'artemis', exclusive: true, 'max-consumers': 5, durable: true },
      { kind: 'artemis-address', id: 'audit', name: 'audit', cluster: 'artemis', settings: { 'max-delivery-attempts': 2, 'redelivery-delay': 50 } },
      { kind: 'artemis-queue', id: 'audit-log', name: 'audit.log', cluster: 'artemis' },
      { kind: 'artemis-address', id: 'audit-dla', name: 'audit.DLA', cluster: 'artemis', settings: {} },
      { kind: 'consumer-group', id: 'biller', name: 'biller' },
      { kind: 'consumer-group', id: 'shipper', name: 'shipper' },
    ],
    connections: [
      { from: 'order-api', to: 'orders' },
      { from: 'orders', to: 'billing' },
      { from: 'orders', to: 'shipping' },
      { from: 'orders', to: 'orders-dla', kind: 'dead-letter' },
      { from: 'orders-dla', to: 'orders-dlq' },
      { from: 'prices', to: 'latest-prices' },
      { from: 'audit', to: 'audit-log' },
      { from: 'audit', to: 'audit-dla', kind: 'dead-letter' },
      { from: 'billing', to: 'biller' },
      { from: 'shipping', to: 'shipper' },
    ],
  });
}
