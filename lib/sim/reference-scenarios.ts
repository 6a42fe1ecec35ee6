/**
 * The frozen reference runs: four per broker family, each a small design
 * (`__reference__/<family>.yaml`, healthy at its declared rates so that a
 * scenario shows its own effect), a scenario and a seed. Their results are kept in `__golden__/` and
 * compared byte for byte by reference-scenarios.test.ts, so any change to
 * what the engine reports shows up in review; regenerate on purpose with
 * `UPDATE_GOLDEN=1 npx vitest run lib/sim/reference-scenarios.test.ts`.
 */
export interface ReferenceScenario {
  id: string;
  family: 'kafka' | 'rabbitmq' | 'nats' | 'sqs-sns';
  /** The design file in `__reference__/` (without `.yaml`). */
  design: string;
  scenario: string;
  seed: number;
  durationMs: number;
  /** What the run shows. */
  about: string;
}

const TEN_MINUTES = 600_000;

export const REFERENCE_SCENARIOS: readonly ReferenceScenario[] = [
  { id: 'kafka-steady', family: 'kafka', design: 'kafka', scenario: 'steady', seed: 1, durationMs: TEN_MINUTES, about: 'declared rates, nothing fails: no lag' },
  {
    id: 'kafka-crash',
    family: 'kafka',
    design: 'kafka',
    scenario: 'crash@validator,crash@billing',
    seed: 2,
    durationMs: TEN_MINUTES,
    about: 'crashes: the validator (commits after processing) redelivers, billing (auto-commit, async) loses in-flight records',
  },
  {
    id: 'kafka-broker-loss',
    family: 'kafka',
    design: 'kafka',
    scenario: 'broker-loss',
    seed: 3,
    durationMs: TEN_MINUTES,
    about: 'a broker lost: orders (RF 3, min ISR 2) keeps taking writes, orders.validated (RF 2, min ISR 2) refuses them',
  },
  { id: 'kafka-spike', family: 'kafka', design: 'kafka', scenario: 'spike:8', seed: 4, durationMs: TEN_MINUTES, about: 'traffic ×8: the validator saturates, lag builds and drains' },
  { id: 'rabbitmq-steady', family: 'rabbitmq', design: 'rabbitmq', scenario: 'steady', seed: 5, durationMs: TEN_MINUTES, about: 'topic routing: billing gets order.paid, audit gets everything' },
  {
    id: 'rabbitmq-poison',
    family: 'rabbitmq',
    design: 'rabbitmq',
    scenario: 'poison@billing',
    seed: 6,
    durationMs: TEN_MINUTES,
    about: 'a poison message for billing loops through the retry exchange and its 5 s TTL queue, and audit gets each retry again (the retry key matches its # binding)',
  },
  {
    id: 'rabbitmq-outage',
    family: 'rabbitmq',
    design: 'rabbitmq',
    scenario: 'outage:2m@billing',
    seed: 7,
    durationMs: TEN_MINUTES,
    about: "billing's downstream fails for two minutes: retries, the retry loop, then recovery",
  },
  {
    id: 'rabbitmq-slow-audit',
    family: 'rabbitmq',
    design: 'rabbitmq',
    scenario: 'slow:60@audit',
    seed: 8,
    durationMs: TEN_MINUTES,
    about: 'audit 60× slower: its bounded queue fills and rejects publishes',
  },
  { id: 'nats-steady', family: 'nats', design: 'nats', scenario: 'steady', seed: 9, durationMs: TEN_MINUTES, about: 'slow jobs past ack wait are delivered twice; filter subjects split the events' },
  { id: 'nats-poison', family: 'nats', design: 'nats', scenario: 'poison@workers', seed: 10, durationMs: TEN_MINUTES, about: 'a poison message ends at max_deliver' },
  { id: 'nats-crash', family: 'nats', design: 'nats', scenario: 'crash@workers', seed: 11, durationMs: TEN_MINUTES, about: 'a worker crashes: its messages come back after ack wait' },
  { id: 'nats-broker-loss', family: 'nats', design: 'nats', scenario: 'broker-loss', seed: 12, durationMs: TEN_MINUTES, about: 'a server lost: EVENTS (one replica) stops, JOBS (three) carries on' },
  {
    id: 'sqs-sns-steady',
    family: 'sqs-sns',
    design: 'sqs-sns',
    scenario: 'steady',
    seed: 13,
    durationMs: TEN_MINUTES,
    about: 'filter policies: billing and the mailer get OrderPlaced, shipping gets none',
  },
  {
    id: 'sqs-sns-poison',
    family: 'sqs-sns',
    design: 'sqs-sns',
    scenario: 'poison@billing-worker',
    seed: 14,
    durationMs: TEN_MINUTES,
    about: 'a poison message is received three times, then redriven to the DLQ',
  },
  {
    id: 'sqs-sns-outage',
    family: 'sqs-sns',
    design: 'sqs-sns',
    scenario: 'outage:2m@billing-worker',
    seed: 15,
    durationMs: TEN_MINUTES,
    about: "billing's downstream fails for two minutes: receives until maxReceiveCount, then redrive",
  },
  {
    id: 'sqs-sns-hot-key',
    family: 'sqs-sns',
    design: 'sqs-sns',
    scenario: 'hot-key:0.9',
    seed: 16,
    durationMs: TEN_MINUTES,
    about: 'one FIFO message group carries 90 % of the ledger: one thread does the work of four',
  },
];
