import { execFileSync } from 'node:child_process';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TEMPLATES } from '../families';
import { templateDesign } from '../templates';
import { makeDesign } from '../design/build-design';
import { arbitraryDesign } from '../testing/arbitrary-any-design';
import { designSvg, diagramSvgExporter, wrapText, xmlText } from './diagram-svg';

/**
 * Reads SVGs back with a real XML parser (Python's expat) and returns, per
 * node group, the texts of its lines: proof that the file is well-formed and
 * that every name survives escaping and wrapping.
 */
function parseBack(svgs: string[]): Array<Record<string, string[]>> {
  const script = `
import json, sys
from xml.dom import minidom
out = []
for svg in json.load(sys.stdin):
    doc = minidom.parseString(svg.encode('utf-8'))
    groups = {}
    for g in doc.getElementsByTagName('g'):
        groups[g.getAttribute('data-node')] = [''.join(n.data for n in t.childNodes if n.nodeType == n.TEXT_NODE) for t in g.getElementsByTagName('text')]
    out.append(groups)
print(json.dumps(out))
`;
  return JSON.parse(execFileSync('python3', ['-c', script], { input: JSON.stringify(svgs), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }));
}

/** What a name looks like once XML holds it: line breaks flattened, forbidden characters replaced. */
function expectedName(name: string): string {
  return name
    .replace(/[\r\n\t\u2028\u2029]+/g, ' ')
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '\uFFFD');
}

describe('diagram-svg', () => {
  it('draws every template as well-formed SVG with every name intact', () => {
    const designs = TEMPLATES.map(templateDesign);
    const parsed = parseBack(designs.map((d) => designSvg(d)));
    designs.forEach((design, i) => {
      for (const node of design.nodes) {
        const lines = parsed[i][node.id];
        expect(lines, `${design.name}: ${node.id}`).toBeDefined();
        // Line 0 is the kind label; the name follows, wrapped over as many lines as it needs.
        expect(lines.slice(1).join('')).toContain(node.name);
      }
    });
  });

  it('escapes hostile names and keeps them whole', () => {
    // One parser run for many designs: starting Python per design would take seconds.
    const designs = fc.sample(arbitraryDesign({ maxNodes: 6 }), { numRuns: 80, seed: 42 });
    const parsed = parseBack(designs.map((d) => designSvg(d)));
    designs.forEach((design, i) => {
      for (const node of design.nodes) {
        const lines = parsed[i][node.id];
        expect(lines.slice(1).join('').startsWith(expectedName(node.name)), JSON.stringify(node.name)).toBe(true);
      }
    });
  });

  it('never lets a name close a tag or start one', () => {
    const design = makeDesign({ name: '</svg><script>alert(1)</script>', nodes: [{ kind: 'producer', id: 'p', name: '"><script>x</script>&amp;' }] });
    const svg = designSvg(design);
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;');
    expect(svg.match(/<svg/g)).toHaveLength(1);
  });

  it('wraps without losing a character', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.integer({ min: 4, max: 40 }), (text, width) => {
        const flat = text.replace(/[\r\n\t\u2028\u2029]+/g, ' ');
        expect(wrapText(text, width).join('')).toBe(flat);
        for (const line of wrapText(text, width)) expect(Array.from(line).length).toBeLessThanOrEqual(width);
      }),
    );
    expect(xmlText(`a&b<'"`)).toBe('a&amp;b&lt;&apos;&quot;');
  });

  it('is an exporter with one .svg file', () => {
    const result = diagramSvgExporter.export(templateDesign(TEMPLATES[0]));
    expect(result.ok && result.files.map((f) => f.path)).toEqual(['order-processing-pipeline.diagram.svg']);
  });
});
