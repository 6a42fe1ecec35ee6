import { describe, expect, it } from 'vitest';
import { makeDesign } from '../design/build-design';
import { routeMessage } from '../rabbitmq/routing';
import { createSimulation, simulate } from './simulate';

/** Small designs, one behaviour each, checked by counts (never by time taken). */

const consumer = (id: string, extra: Record<string, unknown> = {}) => ({ kind: 'consumer-group', id, processingMsP50: 5, processingMsP99: 20, retry: { maxRetries: 0, backoff: ['1s'] }, ...extra });

const rabbitTopic = makeDesign(
  {
    nodes: [
      { kind: 'producer', id: 'eu', publishRate: 50, keyStrategy: 'none' },
      { kind: 'producer', id: 'us', publishRate: 30, keyStrategy: 'none' },
      { kind: 'rabbitmq-exchange', id: 'orders', type: 'topic' },
      { kind: 'rabbitmq-queue', id: 'all-orders', type: 'quorum' },
      { kind: 'rabbitmq-queue', id: 'eu-only', type: 'quorum' },
      { kind: 'rabbitmq-queue', id: 'refunds', type: 'quorum' },
      consumer('audit'),
      consumer('eu-shipping'),
    ],
    connections: [
      { from: 'eu', to: 'orders', kind: 'publish', routingKey: 'order.created.eu' },
      { from: 'us', to: 'orders', kind: 'publish', routingKey: 'order.created.us' },
      { from: 'orders', to: 'all-orders', kind: 'bind', routingKey: 'order.#' },
      { from: 'orders', to: 'eu-only', kind: 'bind', routingKey: '*.*.eu' },
      { from: 'orders', to: 'refunds', kind: 'bind', routingKey: 'refund.#' },
      { from: 'all-orders', to: 'audit', kind: 'consume' },
      { from: 'eu-only', to: 'eu-shipping', kind: 'consume' },
    ],
  },
  { recommended: false },
);

describe('simulate', () => {
  it('gives the same result byte for byte for the same seed, and another for another seed', () => {
    const a = JSON.stringify(simulate(rabbitTopic, 'crash,spike:2', 42, { durationMs: 120_000 }));
    const b = JSON.stringify(simulate(rabbitTopic, 'crash,spike:2', 42, { durationMs: 120_000 }));
    const c = JSON.stringify(simulate(rabbitTopic, 'crash,spike:2', 43, { durationMs: 120_000 }));
    expect(a).toBe(b);
    expect(c).not.toBe(a);
  });

  it('stepping in slices, as a worker does, gives the same result as one call', () => {
    const whole = simulate(rabbitTopic, 'poison', 5, { durationMs: 60_000 });
    const sim = createSimulation(rabbitTopic, 'poison', 5, { durationMs: 60_000 });
    let slices = 0;
    while (!sim.step(997)) slices++;
    expect(slices).toBeGreaterThan(5);
    expect(sim.progress).toBe(1);
    expect(JSON.stringify(sim.result())).toBe(JSON.stringify(whole));
  });

  it('routes RabbitMQ messages as lib/rabbitmq does: every queue gets exactly what its bindings match', () => {
    const { report } = simulate(rabbitTopic, '', 1, { durationMs: 60_000 });
    const arrived = Object.fromEntries(report.stations.map((s) => [s.channel, s.arrived]));
    const published = report.published;
    expect(routeMessage(rabbitTopic, 'orders', 'order.created.eu')).toEqual(new Set(['all-orders', 'eu-only']));
    expect(arrived['all-orders']).toBe(published);
    expect(arrived['eu-only']).toBe(
      report.paths.find((p) => p.from === 'eu' && p.to === 'eu-shipping')!.delivered + report.stations.find((s) => s.channel === 'eu-only')!.endDepth + inFlight(report, 'eu-only'),
    );
    expect(arrived['refunds']).toBe(0);
    expect(report.paths.some((p) => p.from === 'us' && p.to === 'eu-shipping')).toBe(false);
  });

  it('a poison message on a RabbitMQ queue with a dead-letter exchange is dead-lettered once into the DLQ', () => {
    const design = makeDesign(
      {
        nodes: [
          { kind: 'producer', id: 'p', publishRate: 20 },
          { kind: 'rabbitmq-exchange', id: 'work', type: 'direct' },
          { kind: 'rabbitmq-exchange', id: 'dlx', type: 'fanout' },
          { kind: 'rabbitmq-queue', id: 'jobs', type: 'quorum' },
          { kind: 'rabbitmq-queue', id: 'jobs-dlq', type: 'quorum' },
          consumer('worker', { retry: { maxRetries: 2, backoff: ['100ms'] } }),
        ],
        connections: [
          { from: 'p', to: 'work', kind: 'publish', routingKey: 'job' },
          { from: 'work', to: 'jobs', kind: 'bind', routingKey: 'job' },
          { from: 'jobs', to: 'dlx', kind: 'dead-letter' },
          { from: 'dlx', to: 'jobs-dlq', kind: 'bind' },
          { from: 'jobs', to: 'worker', kind: 'consume' },
        ],
      },
      { recommended: false },
    );
    const { report } = simulate(design, 'poison', 3, { durationMs: 60_000 });
    const jobs = report.stations.find((s) => s.channel === 'jobs')!;
    const dlq = report.stations.find((s) => s.channel === 'jobs-dlq')!;
    expect(jobs.deadLettered).toBe(1);
    expect(dlq.arrived).toBe(1);
    expect(dlq.endDepth).toBe(1);
    expect(report.totals.lost).toBe(0);
    expect(report.scenarioOutcomes.join('\n')).toMatch(/poison message dead-lettered \(rejected after retries\) from jobs → worker/);
  });

  it('a full RabbitMQ queue: reject-publish loses the new messages, drop-head dead-letters the oldest', () => {
    const build = (overflow: string) =>
      makeDesign(
        {
          nodes: [
            { kind: 'producer', id: 'p', publishRate: 200 },
            { kind: 'rabbitmq-queue', id: 'q', type: 'classic', arguments: { 'x-max-length': 100, 'x-overflow': overflow } },
            { kind: 'rabbitmq-exchange', id: 'dlx', type: 'fanout' },
            { kind: 'rabbitmq-queue', id: 'dlq', type: 'classic' },
            consumer('slow', { processingMsP50: 20, processingMsP99: 20 }),
          ],
          connections: [
            { from: 'p', to: 'q', kind: 'publish' },
            { from: 'q', to: 'dlx', kind: 'dead-letter' },
            { from: 'dlx', to: 'dlq', kind: 'bind' },
            { from: 'q', to: 'slow', kind: 'consume' },
          ],
        },
        { recommended: false },
      );
    // 200/s into one thread that does 50/s: the queue fills and overflows.
    const reject = simulate(build('reject-publish'), '', 1, { durationMs: 30_000 }).report;
    const q1 = reject.stations.find((s) => s.channel === 'q')!;
    expect(q1.peakDepth).toBe(100);
    expect(q1.lostBy['rejected (queue full)']).toBeGreaterThan(4000);
    expect(reject.stations.find((s) => s.channel === 'dlq')!.arrived).toBe(0);
    const dropHead = simulate(build('drop-head'), '', 1, { durationMs: 30_000 }).report;
    const q2 = dropHead.stations.find((s) => s.channel === 'q')!;
    expect(q2.lost).toBe(0);
    expect(q2.deadLettered).toBeGreaterThan(4000);
    expect(dropHead.stations.find((s) => s.channel === 'dlq')!.arrived).toBe(q2.deadLettered);
  });

  it('Kafka: threads are capped by partitions, and a crash loses or redelivers in-flight records by the commit policy', () => {
    const build = (commitAfterProcessing: boolean) =>
      makeDesign(
        {
          nodes: [
            { kind: 'producer', id: 'p', publishRate: 400, kafka: { acks: 'all' } },
            { kind: 'kafka-topic', id: 't', partitions: 4, replicationFactor: 3 },
            consumer('g', { instances: 3, concurrency: 2, commitAfterProcessing }),
          ],
          connections: [
            { from: 'p', to: 't', kind: 'publish' },
            { from: 't', to: 'g', kind: 'consume' },
          ],
        },
        { recommended: false },
      );
    const safe = simulate(build(true), 'crash', 9, { durationMs: 240_000 }).report;
    expect(safe.stations[0].threads).toBe(4);
    // A crash redelivers what the instance has in hand at that instant, and at this load its thread is idle a third
    // of the time: over three seeds some records are redelivered (or lost, committed before processing), and none is
    // lost when the commit follows the processing.
    const runs = [9, 10, 11].map((seed) => simulate(build(true), 'crash', seed, { durationMs: 240_000 }).report.stations[0]);
    for (const run of runs) expect(run.lost).toBe(0);
    expect(runs.reduce((sum, run) => sum + run.redelivered, 0)).toBeGreaterThan(0);
    const unsafe = [9, 10, 11].map((seed) => simulate(build(false), 'crash', seed, { durationMs: 240_000 }).report.stations[0]);
    expect(unsafe.reduce((sum, run) => sum + (run.lostBy['in flight on a crashed instance'] ?? 0), 0)).toBeGreaterThan(0);
    // The crashed instance's partitions wait for the session timeout (45 s): a backlog builds, then drains.
    expect(safe.stations[0].peakDepth).toBeGreaterThan(1000);
    expect(safe.stations[0].timeToDrainMs).not.toBeNull();
  });

  it('Kafka: a poison record is retried by the consumer, then published to its dead-letter topic', () => {
    const design = makeDesign(
      {
        nodes: [
          { kind: 'producer', id: 'p', publishRate: 50 },
          { kind: 'kafka-topic', id: 't', partitions: 3, replicationFactor: 3 },
          { kind: 'kafka-topic', id: 'dlt', partitions: 1, replicationFactor: 3, role: 'dead-letter' },
          consumer('g', { retry: { maxRetries: 3, backoff: ['1s', '2s'] } }),
          consumer('dlt-reader'),
        ],
        connections: [
          { from: 'p', to: 't', kind: 'publish' },
          { from: 't', to: 'g', kind: 'consume' },
          { from: 'g', to: 'dlt', kind: 'dead-letter' },
          { from: 'dlt', to: 'dlt-reader', kind: 'consume' },
        ],
      },
      { recommended: false },
    );
    const { report } = simulate(design, 'poison', 12, { durationMs: 120_000 });
    const main = report.stations.find((s) => s.channel === 't')!;
    expect(main.deadLettered).toBe(1);
    expect(main.lost).toBe(0);
    expect(report.stations.find((s) => s.channel === 'dlt')!.arrived).toBe(1);
    // Blocking retries (1 s + 2 s + 2 s) hold the poison record's partition: the records behind it wait.
    expect(main.peakDepth).toBeGreaterThan(50);
  });

  it('Kafka broker loss: acks=all refuses writes when replicas − 1 < min.insync.replicas, not otherwise', () => {
    const build = (replicationFactor: number) =>
      makeDesign(
        {
          nodes: [
            { kind: 'producer', id: 'p', publishRate: 100, kafka: { acks: 'all' } },
            { kind: 'kafka-topic', id: 't', partitions: 6, replicationFactor, config: { 'min.insync.replicas': 2 } },
            consumer('g', { instances: 2 }),
          ],
          connections: [
            { from: 'p', to: 't', kind: 'publish' },
            { from: 't', to: 'g', kind: 'consume' },
          ],
        },
        { recommended: false },
      );
    const three = simulate(build(3), 'broker-loss:10m', 2, { durationMs: 3_600_000 }).report;
    expect(three.totals.refusedByBroker).toBe(0);
    expect(three.scenarioOutcomes.join()).not.toMatch(/refused/);
    // RF 2: every partition with a replica on the lost broker refuses; the outage (10 min) outlasts delivery.timeout.ms (2 min).
    const two = simulate(build(2), 'broker-loss:10m', 2, { durationMs: 3_600_000 }).report;
    expect(two.totals.refusedByBroker).toBeGreaterThan(0);
    expect(two.scenarioOutcomes.join()).toMatch(/refused writes/);
  });

  it('JetStream: processing longer than ack_wait is delivered again, and max_deliver ends a poison message', () => {
    const design = makeDesign(
      {
        nodes: [
          { kind: 'producer', id: 'p', publishRate: 1 },
          { kind: 'nats-stream', id: 's', subjects: ['jobs.>'], num_replicas: 3 },
          consumer('w', { instances: 4, processingMsP50: 500, processingMsP99: 5000, nats: { ack_wait: '1s', max_deliver: 3 } }),
        ],
        connections: [
          { from: 'p', to: 's', kind: 'publish', subject: 'jobs.resize' },
          { from: 's', to: 'w', kind: 'consume' },
        ],
      },
      { recommended: false },
    );
    const { report } = simulate(design, 'poison', 4, { durationMs: 600_000 });
    const station = report.stations[0];
    expect(station.duplicated).toBeGreaterThan(0);
    expect(station.lostBy['max_deliver reached']).toBeGreaterThanOrEqual(1);
    expect(report.scenarioOutcomes.join()).toMatch(/poison message lost \(max_deliver reached\)/);
  });

  it('SQS: a poison message moves to the redrive queue after maxReceiveCount receives; a constant FIFO group runs on one thread', () => {
    const design = makeDesign(
      {
        nodes: [{ kind: 'producer', id: 'p', publishRate: 50 }, { kind: 'sqs-queue', id: 'q', visibilityTimeout: 5 }, { kind: 'sqs-queue', id: 'dlq' }, consumer('w', { instances: 2 })],
        connections: [
          { from: 'p', to: 'q', kind: 'publish' },
          { from: 'q', to: 'dlq', kind: 'dead-letter', maxReceiveCount: 3 },
          { from: 'q', to: 'w', kind: 'consume' },
        ],
      },
      { recommended: false },
    );
    const { report } = simulate(design, 'poison', 8, { durationMs: 300_000 });
    expect(report.stations.find((s) => s.channel === 'q')!.redelivered).toBe(2);
    expect(report.stations.find((s) => s.channel === 'dlq')!.arrived).toBe(1);

    const fifo = makeDesign(
      {
        nodes: [
          { kind: 'producer', id: 'p', publishRate: 80, sqs: { messageGroupId: 'constant', deduplicationId: true } },
          { kind: 'sqs-queue', id: 'q.fifo', fifo: true },
          consumer('w', { instances: 4, processingMsP50: 10, processingMsP99: 10 }),
        ],
        connections: [
          { from: 'p', to: 'q.fifo', kind: 'publish' },
          { from: 'q.fifo', to: 'w', kind: 'consume' },
        ],
      },
      { recommended: false },
    );
    const one = simulate(fifo, '', 8, { durationMs: 60_000 }).report.stations[0];
    // 80/s at 10 ms each on one thread (80 % busy) waits ~20 ms; spread over four groups' threads it barely waits.
    expect(one.threads).toBe(4);
    expect(one.meanWaitMs).toBeGreaterThan(15);
    const spread = JSON.parse(JSON.stringify(fifo).replace('"messageGroupId":"constant"', '"messageGroupId":"entity-id"'));
    const many = simulate(spread, '', 8, { durationMs: 60_000 }).report.stations[0];
    expect(many.meanWaitMs).toBeLessThan(one.meanWaitMs / 4);
    expect(many.processed).toBeGreaterThan(4500);
  });

  it('SNS fans out to the subscriptions whose filter policy matches the message attributes', () => {
    const design = makeDesign(
      {
        nodes: [
          { kind: 'producer', id: 'p', publishRate: 20 },
          { kind: 'sns-topic', id: 'events' },
          { kind: 'sqs-queue', id: 'eu' },
          { kind: 'sqs-queue', id: 'us' },
          { kind: 'sqs-queue', id: 'all' },
        ],
        connections: [
          { from: 'p', to: 'events', kind: 'publish', arguments: { region: 'eu-west-1' } },
          { from: 'events', to: 'eu', kind: 'subscription', filterPolicy: '{"region":[{"prefix":"eu-"}]}' },
          { from: 'events', to: 'us', kind: 'subscription', filterPolicy: '{"region":["us-east-1"]}' },
          { from: 'events', to: 'all', kind: 'subscription' },
        ],
      },
      { recommended: false },
    );
    const { report } = simulate(design, '', 1, { durationMs: 30_000 });
    const arrived = Object.fromEntries(report.stations.map((s) => [s.channel, s.arrived]));
    expect(arrived.eu).toBe(report.published);
    expect(arrived.all).toBe(report.published);
    expect(arrived.us).toBe(0);
  });

  it('refuses a bad scenario, seed or duration with a message that names it', () => {
    expect(() => simulate(rabbitTopic, 'crash,explode', 1, { durationMs: 1000 })).toThrow(/unknown scenario "explode"; scenarios: steady, crash/);
    expect(() => simulate(rabbitTopic, 'spike:zero', 1, { durationMs: 1000 })).toThrow(/spike takes a factor/);
    expect(() => simulate(rabbitTopic, 'poison:3', 1, { durationMs: 1000 })).toThrow(/poison takes no value/);
    expect(() => simulate(rabbitTopic, 'outage@nobody', 1, { durationMs: 1000 })).toThrow(/no consumer group "nobody" reads a channel in this design \(groups: audit, eu-shipping\)/);
    expect(() => simulate(rabbitTopic, 'spike:2@audit', 1, { durationMs: 1000 })).toThrow(/only crash, slow, outage and poison target a consumer group/);
    expect(() => simulate(rabbitTopic, '', -1, { durationMs: 1000 })).toThrow(/seed must be a whole number/);
    expect(() => simulate(rabbitTopic, '', 1, { durationMs: 0 })).toThrow(/duration must be above 0/);
  });

  it('stops at the event budget and says so instead of running on', () => {
    // Every message (an hour of this design would otherwise run fluid in a few thousand events).
    const { report } = simulate(rabbitTopic, '', 1, { durationMs: 3_600_000, maxEvents: 10_000, perMessageLimit: Infinity });
    expect(report.events).toBe(10_000);
    expect(report.simulatedMs).toBeLessThan(report.durationMs);
    expect(report.scenarioOutcomes.join()).toMatch(/event budget \(10000\) ran out/);
  });

  it('stops at the event budget in slices that end exactly on it, as in one call, and a step after the end does nothing', () => {
    const options = { durationMs: 3_600_000, maxEvents: 10_000, perMessageLimit: Infinity };
    const whole = simulate(rabbitTopic, '', 1, options);
    const sim = createSimulation(rabbitTopic, '', 1, options);
    let slices = 0;
    while (!sim.step(1_000)) slices++;
    expect(slices).toBe(10);
    expect(sim.step(1_000)).toBe(true);
    expect(JSON.stringify(sim.result())).toBe(JSON.stringify(whole));
  });
});

function inFlight(report: ReturnType<typeof simulate>['report'], channel: string): number {
  const s = report.stations.find((x) => x.channel === channel)!;
  return s.arrived - s.processed - s.endDepth - s.lost - s.deadLettered;
}

describe('simulate, bounded', () => {
  it('stops when a design that cannot keep up piles up more messages than the limit, and names the backlog', () => {
    const design = makeDesign(
      {
        nodes: [{ kind: 'producer', id: 'p', publishRate: 1000 }, { kind: 'sqs-queue', id: 'q' }, consumer('slow', { processingMsP50: 100, processingMsP99: 100 })],
        connections: [
          { from: 'p', to: 'q', kind: 'publish' },
          { from: 'q', to: 'slow', kind: 'consume' },
        ],
      },
      { recommended: false },
    );
    // The limit guards the per-message engine: keep every message (by default this part would run fluid and finish the hour).
    const { report } = simulate(design, '', 1, { durationMs: 3_600_000, maxLiveMessages: 20_000, perMessageLimit: Infinity });
    expect(report.simulatedMs).toBeLessThan(60_000);
    expect(report.scenarioOutcomes.join()).toMatch(/the run stopped at [\d.]+ ms: \d+ messages held at once \(limit 20000\); the deepest backlog is q → slow with \d+/);
  });
});
