import { testRule } from '../rule-tester';
import { qqDeliveryLimitPrefetchGroup } from './qq-delivery-limit-prefetch-group';

const design = (limit: number | undefined, prefetch = 100) => ({
  nodes: [
    { kind: 'rabbitmq-queue', id: 'q', arguments: limit === undefined ? {} : { 'x-delivery-limit': limit } },
    { kind: 'consumer-group', id: 'c', prefetch },
  ],
  connections: [{ from: 'q', to: 'c' }],
});

testRule(qqDeliveryLimitPrefetchGroup, {
  valid: [
    { name: 'default limit 20', design: design(undefined) },
    { name: 'limit 5', design: design(5) },
    { name: 'limit 2 with prefetch 1', design: design(2, 1) },
  ],
  invalid: [
    { name: 'limit 2 with prefetch 100', design: design(2), findings: [{ target: 'q', messageIncludes: 'delivery limit 2' }] },
    { name: 'limit 0 with unlimited prefetch', design: design(0, 0), findings: [{ target: 'q', messageIncludes: 'without limit' }] },
  ],
});
