import { describe, expect, it } from 'vitest';
import { parseXml } from './xml';

describe('the XML reader', () => {
  it('reads elements, attributes (a > inside a value included), text, entities, CDATA, comments and namespaces', () => {
    const result = parseXml(`<?xml version="1.0"?>
<!-- head -->
<configuration xmlns="urn:activemq" xmlns:xsi="x">
   <core xmlns="urn:activemq:core">
      <name>a &amp; b &#x41;</name>
      <!-- a comment -->
      <queue name='q' x:filter="price > 10"><![CDATA[<raw>]]></queue>
      <empty/>
   </core>
</configuration>
`);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const core = result.root.children[0];
    expect(result.root.name).toBe('configuration');
    expect(core.children.map((c) => c.name)).toEqual(['name', 'queue', 'empty']);
    expect(core.children[0].text).toBe('a & b A');
    expect(core.children[1]).toMatchObject({ attributes: { name: 'q', filter: 'price > 10' }, text: '<raw>', line: 7 });
    expect(result.root.attributes).toEqual({});
  });

  it.each([
    ['<a><b></a>', '</a> closes <b>', 1],
    ['<a>\n<b x="1" x="2"/></a>', 'Attribute "x" appears twice', 2],
    ['<!DOCTYPE a [<!ENTITY x "y">]><a/>', 'A DOCTYPE is not accepted', 1],
    ['<a>&bomb;</a>', 'Unknown entity &bomb;', 1],
    ['<a/><b/>', 'Content after the root element', 1],
    ['', 'The document has no root element', 1],
    ['<a>\n\n<b>', '<b> is never closed', 3],
    ['<a b=1/>', 'Malformed attribute', 1],
  ])('refuses %j, saying where', (text, message, line) => {
    const result = parseXml(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toContain(message);
    expect(result.line).toBe(line);
  });

  it('refuses nesting deeper than 64 without throwing', () => {
    const result = parseXml(`${'<a>'.repeat(100)}${'</a>'.repeat(100)}`);
    expect(result).toMatchObject({ ok: false, message: 'Elements nest deeper than 64' });
  });
});
