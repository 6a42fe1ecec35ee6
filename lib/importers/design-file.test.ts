import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importText } from '../families';

/** Design files as people write them open through Import/Open as they do through the design reader. */
describe('design file import', () => {
  const handWritten = readFileSync(join(__dirname, '..', 'design', '__fixtures__', 'v1-hand-written.yaml'), 'utf8');

  it.each([
    ['the hand-written fixture (starts with comments)', handWritten],
    ['a document marker first', `---\n${handWritten}`],
    ['a BOM and CRLF line ends', `\uFEFF${handWritten.replace(/\n/g, '\r\n')}`],
    ['JSON with a BOM', '\uFEFF{"queuewright": 1, "name": "Orders", "nodes": [{"kind": "producer", "id": "orders-api", "name": "Orders API"}]}'],
  ])('opens %s', (_, text) => {
    const result = importText(text, 'orders.yaml');
    if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
    expect(result.design.name).toBe('Orders');
    expect(result.design.nodes[0].id).toBe('orders-api');
  });

  it('reports keys it does not know, with the line and the key likely meant, before the design replaces anything', () => {
    const result = importText('queuewright: 2\nname: Orders\nnodes:\n  - kind: kafka-topic\n    id: t\n    name: t\n    partitons: 6\n', 'orders.yaml');
    if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
    expect(result.report).toEqual([{ path: 'nodes[0].partitons (line 7)', message: 'unknown key, ignored (did you mean "partitions"?).' }]);
  });
});
