import fc from 'fast-check';
import type { Design } from '../design';
import { makeDesign, type TestConnection } from '../design/build-design';

/**
 * Azure Service Bus designs Azure would accept, drawn widely: queues, topics and subscriptions
 * with each setting set or left to Service Bus, subscription rules of both filter types, dead
 * letters forwarded to a queue or topic; a namespace of any tier that has topics, Premium with a
 * capacity; a producer and consumers, which the Terraform export does not keep.
 */

const opt = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined, freq: 2 });

const sender = {
  defaultMessageTimeToLiveSeconds: opt(fc.constantFrom(600, 86_400, 1_209_600)),
  requiresDuplicateDetection: opt(fc.boolean()),
  duplicateDetectionHistoryTimeWindowSeconds: opt(fc.constantFrom(60, 3600)),
  enablePartitioning: opt(fc.boolean()),
  maxSizeInMegabytes: opt(fc.constantFrom(1024, 5120)),
};

const receiver = {
  lockDurationSeconds: opt(fc.constantFrom(30, 60, 300)),
  maxDeliveryCount: opt(fc.constantFrom(1, 10, 25)),
  requiresSession: opt(fc.boolean()),
  deadLetteringOnMessageExpiration: opt(fc.boolean()),
  autoDeleteOnIdleSeconds: opt(fc.constantFrom(300, 86_400)),
  forwardTo: opt(fc.constantFrom('audit', 'archive.v2')),
};

const rule = fc.oneof(
  fc.record(
    {
      name: fc.constantFrom('eu', 'big-orders'),
      filterType: fc.constant('SqlFilter'),
      sqlExpression: fc.constantFrom("region = 'eu'", 'total > 100'),
      action: opt(fc.constant("SET sys.label = 'x'")),
    },
    { requiredKeys: ['name', 'filterType', 'sqlExpression'] },
  ),
  fc.record({
    name: fc.constantFrom('paid', 'acme'),
    filterType: fc.constant('CorrelationFilter'),
    correlationFilter: fc.record({ label: fc.constant('paid'), correlationId: opt(fc.constant('c-1')), properties: opt(fc.constant({ tenant: 'acme' })) }),
  }),
);

const entity = fc.record({ topic: fc.boolean(), sender: fc.record(sender), receiver: fc.record(receiver), supportOrdering: opt(fc.boolean()), deadLetter: fc.option(fc.nat(), { nil: undefined }) });
const subscription = fc.record({
  topic: fc.nat(),
  receiver: fc.record(receiver),
  defaultMessageTimeToLiveSeconds: opt(fc.constantFrom(600, 3600)),
  deadLetteringOnFilterEvaluationExceptions: opt(fc.boolean()),
  rules: opt(fc.uniqueArray(rule, { minLength: 1, maxLength: 2, selector: (r) => r.name })),
  deadLetter: fc.option(fc.nat(), { nil: undefined }),
  consumed: fc.boolean(),
});

const plain = (record: object) => JSON.parse(JSON.stringify(record)) as Record<string, unknown>;

export function arbServicebusDesign(): fc.Arbitrary<Design> {
  return fc
    .record({
      entities: fc.array(entity, { minLength: 1, maxLength: 4 }),
      subscriptions: fc.array(subscription, { maxLength: 3 }),
      sku: fc.constantFrom(undefined, 'Standard', 'Premium'),
      capacity: fc.constantFrom(1, 2, 4),
    })
    .map(({ entities, subscriptions, sku, capacity }) => {
      const nodes: Array<{ kind: string; id: string; [k: string]: unknown }> = [{ kind: 'producer', id: 'api' }];
      const connections: TestConnection[] = [{ from: 'api', to: 'e0' }];
      const topics: string[] = [];
      entities.forEach((e, i) => {
        const id = `e${i}`;
        if (e.topic) topics.push(id);
        const own = e.topic ? { supportOrdering: e.supportOrdering } : e.receiver;
        nodes.push({ kind: e.topic ? 'servicebus-topic' : 'servicebus-queue', id, name: `entity-${i}`, cluster: 'ns', ...plain(e.sender), ...plain(own) });
        if (!e.topic && e.deadLetter !== undefined && e.deadLetter % entities.length !== i) connections.push({ from: id, to: `e${e.deadLetter % entities.length}`, kind: 'dead-letter' });
      });
      if (topics.length > 0) {
        subscriptions.forEach((s, i) => {
          const id = `s${i}`;
          const { topic, deadLetter, consumed, receiver: r, ...rest } = s;
          nodes.push({ kind: 'servicebus-subscription', id, name: `sub-${i}`, cluster: 'ns', ...plain(r), ...plain(rest) });
          connections.push({ from: topics[topic % topics.length], to: id });
          if (deadLetter !== undefined) connections.push({ from: id, to: `e${deadLetter % entities.length}`, kind: 'dead-letter' });
          if (consumed) {
            nodes.push({ kind: 'consumer-group', id: `c${i}` });
            connections.push({ from: id, to: `c${i}` });
          }
        });
      }
      const config = sku === undefined ? {} : sku === 'Premium' ? { sku, capacity } : { sku };
      return makeDesign({ name: 'Generated Service Bus design', clusters: [{ id: 'ns', name: 'shop-bus-prod', broker: 'servicebus', config }], nodes, connections }, { recommended: false });
    });
}
