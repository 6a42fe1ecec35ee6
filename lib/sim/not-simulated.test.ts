import { describe, expect, it } from 'vitest';
import { TEMPLATES } from '../families/templates';
import { templateDesign } from '../templates';
import { eventSourcedBank } from '../templates/event-sourced-bank';
import { compileNetwork } from './network';
import { simulate } from './simulate';

describe('what the simulation does not model', () => {
  it('says so for event stores and projections, rather than reporting an idle system', () => {
    const { report } = simulate(templateDesign(eventSourcedBank), 'steady', 1, { durationMs: 5_000 });
    expect(report.notModelled).toContain('Event stores and projections are not simulated (appends are not messages on a broker)');
  });

  it('leaves no broker family out: in every template, each channel a consumer group reads is a station', () => {
    for (const template of TEMPLATES) {
      const design = templateDesign(template);
      const network = compileNetwork(design);
      const read = new Set(design.connections.filter((c) => design.nodes.find((n) => n.id === c.to)?.kind === 'consumer-group').map((c) => c.from));
      const channels = design.nodes.filter((n) => read.has(n.id) && n.kind !== 'event-store' && n.kind !== 'projection' && n.kind !== 'consumer-group').map((n) => n.id);
      for (const channel of channels)
        expect(
          network.stations.some((s) => s.channelId === channel),
          `${template.id}: ${channel}`,
        ).toBe(true);
      expect(
        network.notes.filter((n) => /not simulated yet/.test(n)),
        template.id,
      ).toEqual([]);
    }
  });
});
