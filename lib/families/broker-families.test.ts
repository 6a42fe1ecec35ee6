import { describe, expect, it } from 'vitest';
import { brokerSchema, KINDS } from '../design';
import { ADVISOR_BROKERS, BROKER_FAMILIES, EXPORTERS, FORMAT_BROKERS, IMPORTERS } from './index';
import { orderedBy } from './ordered-by';

describe('broker families', () => {
  it('give every broker a wizard entry and every broker with kinds a family', () => {
    expect([...ADVISOR_BROKERS].sort()).toEqual([...brokerSchema.options].sort());
    const families = new Set(BROKER_FAMILIES.map((family) => family.broker));
    for (const kind of KINDS) if (kind.broker) expect(families, kind.kind).toContain(kind.broker);
  });

  it('list each export and import format once, and offer a family’s formats for its broker’s designs', () => {
    expect(new Set(EXPORTERS.map((e) => e.id)).size).toBe(EXPORTERS.length);
    expect(new Set(IMPORTERS.map((i) => i.id)).size).toBe(IMPORTERS.length);
    for (const family of BROKER_FAMILIES) for (const exporter of family.exporters) expect(FORMAT_BROKERS[exporter.id]).toEqual([family.broker]);
  });

  it('keep the orders that predate them: detection tries the design file and AsyncAPI first', () => {
    expect(IMPORTERS.slice(0, 2).map((i) => i.id)).toEqual(['design', 'asyncapi']);
    expect(EXPORTERS.slice(0, 3).map((e) => e.id)).toEqual(['design-json', 'design-yaml', 'asyncapi']);
    expect(EXPORTERS.at(-1)?.id).toBe('diagram-svg');
  });
});

describe('orderedBy', () => {
  it('puts the named keys first, in the named order, and the rest after them in their own order', () => {
    expect(orderedBy(['d', 'b', 'x', 'a', 'y'], (s) => s, ['a', 'b', 'c', 'd'])).toEqual(['a', 'b', 'd', 'x', 'y']);
    expect(orderedBy([], (s: string) => s, ['a'])).toEqual([]);
    expect(orderedBy(['q', 'p'], (s) => s, [])).toEqual(['q', 'p']);
  });
});
