import { testRule } from '../rule-tester';
import { idempotentProjection } from './idempotent-projection';

const direct = (projection: Record<string, unknown>) => ({
  nodes: [
    { kind: 'event-store', id: 'accounts' },
    { kind: 'projection', id: 'balances', ...projection },
  ],
  connections: [{ from: 'accounts', to: 'balances' }],
});

const viaKafka = (projection: Record<string, unknown>, requirements: Record<string, unknown> = {}) => ({
  requirements,
  nodes: [
    { kind: 'producer', id: 'api' },
    { kind: 'kafka-topic', id: 'events' },
    { kind: 'consumer-group', id: 'projector', idempotent: true },
    { kind: 'projection', id: 'balances', ...projection },
  ],
  connections: [
    { from: 'api', to: 'events' },
    { from: 'events', to: 'projector' },
    { from: 'projector', to: 'balances' },
  ],
});

testRule(idempotentProjection, {
  valid: [
    { name: 'an idempotent projection', design: direct({ idempotentApply: true, checkpoint: 'separate' }) },
    { name: 'a checkpoint kept with the read model makes replays exact', design: direct({ checkpoint: 'with-read-model' }) },
    { name: 'an at-most-once flow never redelivers', design: viaKafka({}, { delivery: 'at-most-once' }) },
    { name: 'a projection fed by nothing', design: { nodes: [{ kind: 'projection', id: 'balances' }] } },
  ],
  invalid: [
    {
      name: 'a catch-up subscription with a separate checkpoint',
      design: direct({ checkpoint: 'separate' }),
      findings: [{ target: 'balances', messageIncludes: 'replays events it already applied' }],
      output: { nodes: { balances: { idempotentApply: true } } },
    },
    {
      name: 'written by a consumer group on an at-least-once flow',
      design: viaKafka({}),
      findings: [{ target: 'balances', messageIncludes: '"projector" writes it on an at-least-once flow' }],
      output: { nodes: { balances: { idempotentApply: true } } },
    },
  ],
});
