/** Small designs for specs, written the way people write them by hand: what is not set is the software's default. */
export const pipeline = {
  queuewright: 2,
  name: 'Checkout',
  nodes: [
    { kind: 'producer', id: 'checkout-api', name: 'checkout-api' },
    { kind: 'kafka-topic', id: 'orders', name: 'orders', partitions: 12, replicationFactor: 3, config: { 'min.insync.replicas': 2 } },
    { kind: 'consumer-group', id: 'billing', name: 'billing' },
  ],
  connections: [
    { id: 'checkout-api--orders', kind: 'publish', from: 'checkout-api', to: 'orders' },
    { id: 'orders--billing', kind: 'consume', from: 'orders', to: 'billing' },
  ],
  layout: { 'checkout-api': { x: 0, y: 0 }, orders: { x: 360, y: 0 }, billing: { x: 720, y: 0 } },
};
