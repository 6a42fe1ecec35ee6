import { describe, expect, it } from 'vitest';
import { designJsonSchema } from './json-schema';
import { readDesign } from './read-design';
import { writeDesignJson } from './write-design';
import { writeDesignYaml } from './write-design-yaml';

const withRun = { queuewright: 2, name: 'Orders', simulation: { scenario: 'crash,spike:3', seed: 42, duration: '10m' } };

describe('simulation settings in the design file', () => {
  it('reads the run and writes it back in JSON and YAML', () => {
    const read = readDesign(JSON.stringify(withRun));
    if (!read.ok) throw new Error(JSON.stringify(read.errors));
    expect(read.design.simulation).toEqual({ scenario: 'crash,spike:3', seed: 42, duration: '10m' });
    expect(read.notices).toEqual([]);
    for (const text of [writeDesignJson(read.design), writeDesignYaml(read.design)]) {
      const back = readDesign(text);
      if (!back.ok) throw new Error(JSON.stringify(back.errors));
      expect(back.design.simulation).toEqual(read.design.simulation);
    }
  });

  it('fills the defaults a hand-written run leaves out', () => {
    const read = readDesign(JSON.stringify({ queuewright: 2, simulation: { seed: 7 } }));
    if (!read.ok) throw new Error(JSON.stringify(read.errors));
    expect(read.design.simulation).toEqual({ scenario: 'steady', seed: 7, duration: '1h' });
  });

  it('a design without a run stays without one', () => {
    const read = readDesign(JSON.stringify({ queuewright: 2 }));
    if (!read.ok) throw new Error(JSON.stringify(read.errors));
    expect(read.design.simulation).toBeUndefined();
    expect(writeDesignJson(read.design)).not.toContain('simulation');
  });

  it.each([
    [{ seed: -1 }, 'seed'],
    [{ seed: 1.5 }, 'seed'],
    [{ seed: 2 ** 32 }, 'seed'],
    [{ duration: 'ten minutes' }, 'duration'],
    [{ scenario: 'x'.repeat(501) }, 'scenario'],
  ])('refuses %j and says where (%s)', (simulation, key) => {
    const read = readDesign(JSON.stringify({ queuewright: 2, simulation }));
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.errors.some((e) => e.path === `simulation.${key}`)).toBe(true);
  });

  it('reports a misspelt key inside the run', () => {
    const read = readDesign(JSON.stringify({ queuewright: 2, simulation: { seeed: 3 } }));
    if (!read.ok) throw new Error(JSON.stringify(read.errors));
    expect(read.notices.map((n) => n.path)).toContain('simulation.seeed');
  });

  it('is in the JSON Schema', () => {
    const schema = designJsonSchema() as { properties: Record<string, { properties?: Record<string, unknown> }> };
    expect(Object.keys(schema.properties.simulation?.properties ?? {})).toEqual(['scenario', 'seed', 'duration']);
  });
});
