import { describe, expect, it } from 'vitest';
import { makeDesign } from '@/lib/design/build-design';
import { updateConnection } from '@/lib/design';
import { replacement, setIn } from './set-in';

describe('replacing a connection with the inspector', () => {
  it('removes a field the user cleared instead of keeping it', () => {
    const design = makeDesign({
      nodes: [
        { kind: 'rabbitmq-exchange', id: 'mail' },
        { kind: 'rabbitmq-queue', id: 'send' },
      ],
      connections: [{ from: 'mail', to: 'send', kind: 'bind', routingKey: 'a.b', arguments: { 'x-match': 'all' } }],
    });
    const current = design.connections[0];
    const cleared = setIn(current, ['arguments'], undefined);
    const after = updateConnection(design, current.id, replacement(current, cleared)).connections[0];
    expect(after.arguments).toBeUndefined();
    expect(after.routingKey).toBe('a.b');
    // A plain spread-merge of the cleared object keeps the old value: the bug this guards.
    expect(updateConnection(design, current.id, cleared).connections[0].arguments).toEqual({ 'x-match': 'all' });
  });
});
