import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type Design } from '../design';
import { readDesign } from '../design/read-design';
import { resolveDesign, settingSources } from '../brokers/resolve';
import { requireSharedDir, sharedPath } from '../testing/shared-dir';
import { reviewDesign } from './index';

/**
 * The five small designs of ../shared/reference/review-false-alarms, each a
 * cause of false alarms the review once had (consumer-side guarantees, set
 * versus unset, client defaults, several routing keys on one publisher,
 * misspelt settings). Each is read as `queuewright lint` reads it, and the
 * review must now say what an expert says about it.
 */

requireSharedDir('the review against ../shared/reference/review-false-alarms');

function read(file: string, edit: (text: string) => string = (text) => text): Design {
  const result = readDesign(edit(readFileSync(sharedPath('reference', 'review-false-alarms', file), 'utf8')), { allowGraphProblems: true });
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
  return result.design;
}

function findings(design: Design) {
  return reviewDesign(design).findings.map((f) => `${f.ruleId} ${f.target.type === 'design' ? 'design' : f.target.id}`);
}

describe('review-false-alarms', () => {
  it('client-defaults: a Java consumer that leaves auto-commit and offset reset unset runs with true / latest, and the review says what that costs', () => {
    const design = read('client-defaults.yaml');
    const consumer = resolveDesign(design).nodes.find((n) => n.id === 'g');
    expect(consumer).toMatchObject({ kafka: { 'enable.auto.commit': true, 'auto.offset.reset': 'latest' } });
    expect(settingSources(design, 'g').get('kafka.enable.auto.commit')?.origin).not.toBe('design');
    expect(findings(design)).toEqual(expect.arrayContaining(['kafka/auto-commit-with-async-processing g', 'kafka/partition-growth-loss c2']));
    expect(reviewDesign(design).score.overall).toBeLessThan(70);
  });

  it('consumer-side-guarantee: a read-only view that declares at-most-once is not judged by the stream’s at-least-once producer', () => {
    const declared = read('consumer-side-guarantee.yaml', (text) =>
      text.replace('id: live-view, name: live-view,', 'id: live-view, name: live-view, lifecycle: ephemeral, requirements: {delivery: at-most-once},'),
    );
    expect(findings(declared).filter((f) => f.endsWith(' live-view'))).toEqual([]);
    // The worker still meets the producer's at-least-once: what it lacks is still said.
    expect(findings(declared)).toContain('nats/max-deliver-bounded worker');
    // Without the declaration the view inherits at-least-once, and losing messages on failure is an error.
    expect(findings(read('consumer-side-guarantee.yaml'))).toContain('nats/ack-explicit-for-at-least-once live-view');
  });

  it('multi-key-publish: one publisher sending two routing keys is one connection, and no finding is about drawing it', () => {
    const asTwo = read('multi-key-publish.yaml');
    const asOne = read('multi-key-publish.yaml', (text) =>
      text.replace(
        '  - {id: p1, kind: publish, from: p, to: x, routingKey: a}\n  - {id: p2, kind: publish, from: p, to: x, routingKey: b}',
        '  - {id: p1, kind: publish, from: p, to: x, routingKeys: [a, b]}',
      ),
    );
    expect(asOne.connections.filter((c) => c.kind === 'publish')).toHaveLength(1);
    expect(findings(asOne)).toEqual(findings(asTwo));
    expect(findings(asOne).filter((f) => f.startsWith('core/') || f.includes('unroutable') || f.includes('binding-matches'))).toEqual([]);
  });

  it('unknown-key: a misspelt producer setting is reported with the name it meant, and nothing is judged as if it were set', () => {
    const design = read('unknown-key.yaml');
    const review = reviewDesign(design);
    const unknown = review.findings.filter((f) => f.ruleId === 'kafka/unknown-setting');
    expect(unknown).toHaveLength(1);
    expect(unknown[0].message).toContain('did you mean enable.idempotence?');
    expect(settingSources(design, 'p').get('kafka.enable.idempotence')?.origin).not.toBe('design');
    expect(review.findings.filter((f) => f.ruleId !== 'kafka/unknown-setting' && f.message.includes('idempoten'))).toEqual([]);
  });

  it('unset-idempotence: acks=1 with enable.idempotence unset runs without idempotence; the review says records can be lost, not that the client refuses to start', () => {
    const design = read('unset-idempotence.yaml');
    expect(resolveDesign(design).nodes.find((n) => n.id === 'p')).toMatchObject({ kafka: { 'enable.idempotence': false } });
    const review = reviewDesign(design);
    expect(findings(design)).toContain('kafka/acks-all-for-at-least-once p');
    expect(review.findings.filter((f) => /will not start|refuse/i.test(f.message))).toEqual([]);
  });
});
