import { describe, expect, it } from 'vitest';
import { makeDesign } from '../design/build-design';
import { TEMPLATES } from '../families';
import { templateDesign } from '../templates';
import { markdownReport, markdownReportExporter, markdownText } from './markdown-report';

const risky = makeDesign({
  name: 'Checkout | <b>bold</b>',
  clusters: [{ id: 'k', name: 'Kafka', broker: 'kafka' }],
  nodes: [
    { kind: 'producer', id: 'api', name: 'api [x](javascript:alert(1))', kafka: { acks: '1' } },
    {
      kind: 'kafka-topic',
      id: 'orders',
      cluster: 'k',
      replicationFactor: 2,
      config: { 'min.insync.replicas': 1 },
      acceptedRisks: [{ rule: 'kafka/replication-factor-ge-3', reason: 'Staging data | rebuilt nightly' }],
    },
    { kind: 'consumer-group', id: 'billing' },
  ],
  connections: [
    { from: 'api', to: 'orders' },
    { from: 'orders', to: 'billing' },
  ],
});

describe('markdown report', () => {
  const report = markdownReport(risky, 'checkout.diagram.svg');

  it('has the score by category, findings with rationale, accepted risks with reasons, the checklist and the diagram', () => {
    expect(report).toMatch(/^# Design review: /);
    expect(report).toMatch(/\*\*Score: \d+ \/ 100\*\*/);
    expect(report).toContain('| Durability |');
    expect(report).toContain('- Rule: `kafka/acks-all-for-at-least-once`');
    expect(report).toContain('- Why it matters: ');
    expect(report).toContain('- How to fix: ');
    expect(report).toMatch(/\| `kafka\/replication-factor-ge-3` \| orders \| .* \| Staging data \\\| rebuilt nightly \|/);
    expect(report).toContain('- [ ] Producer acks configured for the declared delivery');
    expect(report).toContain('- [ ] Consumer lag monitored');
    expect(report).toContain('![Diagram of Checkout');
    expect(report).toContain('(checkout.diagram.svg)');
  });

  it('escapes names so they cannot become HTML, links or table columns', () => {
    expect(report).not.toContain('<b>');
    expect(report).toContain('&lt;b&gt;');
    expect(report).not.toContain('[x](javascript');
    expect(markdownText('a|b\nc')).toBe('a\\|b c');
    expect(markdownText('- item')).toBe('\\- item');
  });

  it('ticks every checklist item for a template', () => {
    const clean = markdownReport(templateDesign(TEMPLATES[0]), 'x.svg');
    expect(clean).toContain('No findings: the design passes every rule.');
    expect(clean).not.toContain('- [ ]');
    expect(clean.match(/- \[x\]/g)).toHaveLength(7);
  });

  it('exports the report and the diagram it shows', () => {
    const result = markdownReportExporter.export(templateDesign(TEMPLATES[0]));
    expect(result.ok && result.files.map((f) => f.path)).toEqual(['order-processing-pipeline.review.md', 'order-processing-pipeline.diagram.svg']);
  });
});
