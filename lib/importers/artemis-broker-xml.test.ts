import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { artemisBrokerXmlExporter } from '../exporters/artemis-broker-xml';
import { artemisFixtureDesign } from '../testing/artemis-fixture';
import { importText } from '../families';
import { noteText } from './index';
import { artemisBrokerXmlImporter, matchesAddress } from './artemis-broker-xml';

/**
 * ActiveMQ Artemis broker.xml import: what the exporter writes comes back the same (design → broker.xml
 * → design → broker.xml is byte for byte but for the design's name, which broker.xml does not hold), the broker.xml `artemis create` writes reads as Artemis reads
 * it (its catch-all address setting applies to every address), and a broken file says what and where.
 */

const exported = (design = artemisFixtureDesign()) => {
  const result = artemisBrokerXmlExporter.export(design);
  if (!result.ok) throw new Error(result.errors[0].message);
  return result.files[0].content;
};

describe('Artemis broker.xml import', () => {
  it('detects broker.xml, and is chosen for it', () => {
    const xml = exported();
    expect(artemisBrokerXmlImporter.detect(xml)).toBe(true);
    expect(artemisBrokerXmlImporter.detect('<configuration><core/></configuration>')).toBe(false);
    expect(artemisBrokerXmlImporter.detect('{"queues": []}')).toBe(false);
  });

  it('gives back what the exporter wrote: export, import and export again is the same file (but for the design name in its comment)', () => {
    const first = exported();
    const imported = importText(first, 'broker.xml');
    expect(imported.ok).toBe(true);
    if (!imported.ok) return;
    const body = (xml: string) => xml.replace(/<!--[\s\S]*?-->\n?/g, '');
    expect(body(exported(imported.design))).toBe(body(first));
    const orders = imported.design.nodes.find((n) => n.name === 'orders');
    expect(orders).toMatchObject({ kind: 'artemis-address', routingType: 'multicast', settings: { 'max-delivery-attempts': 3, 'redelivery-delay': 50, 'max-size-bytes': 10_485_760 } });
    expect(imported.design.clusters).toMatchObject([{ name: 'orders-broker', broker: 'artemis' }]);
    // The broker-level elements of the export are the exporter's own minimal configuration.
    expect(imported.report.map(noteText)).toEqual([
      'core: Broker settings the design does not hold are not imported: persistence-enabled, paging-directory, bindings-directory, journal-directory, large-messages-directory, acceptors.',
    ]);
  });

  it('reads the broker.xml artemis create writes: its catch-all gives every address the DLQ and the ExpiryQueue', () => {
    const text = readFileSync(path.join(__dirname, '__fixtures__', 'artemis', 'artemis-create-2.40.0.xml'), 'utf8');
    const imported = importText(text, 'broker.xml');
    expect(imported.ok).toBe(true);
    if (!imported.ok) return;
    const { design, report } = imported;
    expect(design.nodes.map((n) => `${n.kind} ${n.name}`)).toEqual(['artemis-address DLQ', 'artemis-queue DLQ', 'artemis-address ExpiryQueue', 'artemis-queue ExpiryQueue']);
    const expiry = design.nodes.find((n) => n.kind === 'artemis-address' && n.name === 'ExpiryQueue');
    expect(expiry).toMatchObject({ settings: { 'expiry-address': 'ExpiryQueue', 'redelivery-delay': 0, 'address-full-policy': 'PAGE', 'max-size-bytes': -1 } });
    // DLQ's own dead-letter address would be itself: no connection. ExpiryQueue's is DLQ.
    expect(design.connections.filter((c) => c.kind === 'dead-letter').map((c) => `${c.from}→${c.to}`)).toEqual(['expiryqueue→dlq']);
    expect(report.map(noteText)).toContain('address-settings[1].auto-create-queues: auto-create-queues is not held by the design.');
    expect(report.map(noteText)[0]).toMatch(/^core: Broker settings the design does not hold are not imported: persistence-enabled, max-redelivery-records, journal-type/);
  });

  it('adds a dead-letter address the file names but does not declare, with a note', () => {
    const xml = `<configuration xmlns="urn:activemq"><core xmlns="urn:activemq:core">
      <address-settings><address-setting match="orders.#"><dead-letter-address>DLA</dead-letter-address><redelivery-delay>5s</redelivery-delay></address-setting></address-settings>
      <addresses><address name="orders.eu"><anycast><queue name="q"><durable>false</durable><filter string="a &gt; 1"/></queue></anycast></address></addresses>
    </core></configuration>`;
    const imported = importText(xml);
    expect(imported.ok).toBe(true);
    if (!imported.ok) return;
    expect(imported.design.nodes.map((n) => n.name)).toEqual(['orders.eu', 'q', 'DLA']);
    expect(imported.design.nodes.find((n) => n.name === 'q')).toMatchObject({ durable: false, filter: 'a > 1' });
    expect(imported.report.map(noteText)).toEqual([
      'address-settings[0].redelivery-delay: "5s" is not a value the design can hold; Artemis\'s default applies.',
      'addresses.address[0]: Dead-letter address "DLA" is not declared in the file; it is added without queues.',
    ]);
  });

  it('says what and where for a broken file or another XML file', () => {
    expect(importText('<configuration xmlns="urn:activemq">\n<core>\n<addresses>\n</core></configuration>', 'broker.xml', 'artemis-broker-xml')).toEqual({
      ok: false,
      errors: [{ message: '</core> closes <addresses>', line: 4, column: 1 }],
    });
    expect(importText('<beans/>', 'x.xml', 'artemis-broker-xml')).toEqual({
      ok: false,
      errors: [{ message: 'Expected an Artemis broker.xml: <configuration> with a <core> element, found <beans>.' }],
    });
  });

  it.each([
    ['#', 'orders', true],
    ['#', 'a.b.c', true],
    ['orders.#', 'orders', true],
    ['orders.#', 'orders.eu.fr', true],
    ['orders.*', 'orders.eu', true],
    ['orders.*', 'orders.eu.fr', false],
    ['orders', 'orders.eu', false],
    ['*.eu', 'orders.eu', true],
  ])('matches %s against %s as Artemis does: %s', (pattern, address, expected) => {
    expect(matchesAddress(pattern, address)).toBe(expected);
  });
});
