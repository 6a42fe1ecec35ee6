import { describe, expect, it } from 'vitest';
import { makeDesign } from '../design/build-design';
import { artemisFixtureDesign } from '../testing/artemis-fixture';
import { expectGolden, GOLDEN_FIXTURES, loadFixture } from '../testing/exports/fixtures';
import { artemisBrokerXmlExporter, xmlEscape } from './artemis-broker-xml';

/**
 * ActiveMQ Artemis broker.xml: the golden file of the Artemis fixture, what is written only when the
 * design sets it, and the refusals. artemis-broker.test.ts runs the export on a real broker.
 */

function exported(design = artemisFixtureDesign()): string {
  const result = artemisBrokerXmlExporter.export(design);
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
  expect(result.files.map((f) => f.path)).toEqual(['broker.xml']);
  return result.files[0].content;
}

function errors(design: ReturnType<typeof makeDesign>): string[] {
  const result = artemisBrokerXmlExporter.export(design);
  return result.ok ? [] : result.errors.map((e) => `${e.nodeId ?? '-'}: ${e.message}`);
}

describe('Artemis broker.xml export', () => {
  it('matches the golden file of the Artemis fixture', () => {
    expectGolden('artemis-broker-xml', 'artemis-orders', artemisBrokerXmlExporter.export(artemisFixtureDesign()));
  });

  it.each(GOLDEN_FIXTURES)('refuses %s, which has no Artemis node', (fixture) => {
    expect(artemisBrokerXmlExporter.export(loadFixture(fixture))).toEqual({ ok: false, errors: [{ message: 'The design has no Artemis address or queue to export.' }] });
  });

  it('writes only the settings the design sets: an address without any gets no address-setting', () => {
    const xml = exported(
      makeDesign(
        {
          nodes: [
            { kind: 'artemis-address', id: 'a', name: 'a' },
            { kind: 'artemis-queue', id: 'q', name: 'q' },
          ],
          connections: [{ from: 'a', to: 'q' }],
        },
        { recommended: false },
      ),
    );
    expect(xml).not.toContain('<address-setting ');
    expect(xml).toContain('<address name="a">\n            <anycast>\n               <queue name="q"/>');
  });

  it('writes the dead-letter connection as the dead-letter address, by name', () => {
    const xml = exported(
      makeDesign(
        {
          nodes: [
            { kind: 'artemis-address', id: 'a', name: 'orders' },
            { kind: 'artemis-address', id: 'dla', name: 'orders & returns DLA' },
          ],
          connections: [{ from: 'a', to: 'dla', kind: 'dead-letter' }],
        },
        { recommended: false },
      ),
    );
    expect(xml).toContain('<address-setting match="orders">\n            <dead-letter-address>orders &amp; returns DLA</dead-letter-address>');
  });

  it('gives a queue bound to no address an anycast address of its own name, and writes durable only when false', () => {
    const xml = exported(makeDesign({ nodes: [{ kind: 'artemis-queue', id: 'q', name: 'jobs', durable: false }] }));
    expect(xml).toContain('<address name="jobs">\n            <anycast>\n               <queue name="jobs">\n                  <durable>false</durable>');
  });

  it('refuses wildcard and control characters in names, duplicate names and a queue on two addresses, naming the node', () => {
    expect(errors(makeDesign({ nodes: [{ kind: 'artemis-address', id: 'a', name: 'orders.#' }] }))).toEqual(['a: Address "orders.#": Artemis reads # and * in a name as wildcards; rename it.']);
    expect(errors(makeDesign({ nodes: [{ kind: 'artemis-queue', id: 'q', name: 'bad\u0001name' }] }))).toEqual(['q: Queue "bad name" has a character XML cannot hold; rename it.']);
    expect(
      errors(
        makeDesign({
          nodes: [
            { kind: 'artemis-queue', id: 'q1', name: 'jobs' },
            { kind: 'artemis-queue', id: 'q2', name: 'jobs' },
          ],
        }),
      ),
    ).toEqual(['q2: Two addresses are named "jobs" on one broker.', 'q2: Two queues are named "jobs" on one broker; Artemis queue names are broker-wide.']);
    const twoAddresses = makeDesign({
      nodes: [
        { kind: 'artemis-address', id: 'a' },
        { kind: 'artemis-address', id: 'b' },
        { kind: 'artemis-queue', id: 'q' },
      ],
      connections: [
        { from: 'a', to: 'q' },
        { from: 'b', to: 'q' },
      ],
    });
    expect(errors(twoAddresses)).toEqual(['q: Queue "q" is bound to 2 addresses; an Artemis queue belongs to one.']);
  });

  it('writes one broker.xml per Artemis cluster', () => {
    const result = artemisBrokerXmlExporter.export(
      makeDesign({
        clusters: [
          { id: 'east', name: 'east', broker: 'artemis' },
          { id: 'west', name: 'west', broker: 'artemis' },
        ],
        nodes: [
          { kind: 'artemis-address', id: 'a', cluster: 'east' },
          { kind: 'artemis-address', id: 'b', cluster: 'west' },
        ],
      }),
    );
    expect(result.ok && result.files.map((f) => f.path)).toEqual(['east/broker.xml', 'west/broker.xml']);
  });

  it('escapes the five XML special characters', () => {
    expect(xmlEscape(`a&b<c>d"e'f`)).toBe('a&amp;b&lt;c&gt;d&quot;e&apos;f');
  });
});
