import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { checkedEdit } from './checked-edit';

const schema = z.object({
  name: z.string().min(1, 'Name: at least one character.'),
  limits: z.object({ retries: z.number().int().min(0, 'Retries: 0 or more.').optional() }).optional(),
});

describe('checkedEdit', () => {
  const current = { name: 'orders', limits: { retries: 3 } };

  it('gives the whole part with the edit applied, leaving the current value untouched', () => {
    expect(checkedEdit(schema, current, ['limits', 'retries'], 5)).toEqual({ ok: true, value: { name: 'orders', limits: { retries: 5 } } });
    expect(current.limits.retries).toBe(3);
  });

  it('removes a field set to undefined, so its default applies', () => {
    expect(checkedEdit(schema, current, ['limits', 'retries'], undefined)).toEqual({ ok: true, value: { name: 'orders', limits: {} } });
  });

  it('builds the missing objects on the way to a nested field', () => {
    expect(checkedEdit(schema, { name: 'orders' }, ['limits', 'retries'], 1)).toEqual({ ok: true, value: { name: 'orders', limits: { retries: 1 } } });
    expect(checkedEdit(schema, undefined, ['name'], 'x')).toEqual({ ok: true, value: { name: 'x' } });
  });

  it("says what is wrong at the edited field without naming it, and names another field's problem", () => {
    expect(checkedEdit(schema, current, ['limits', 'retries'], -1)).toEqual({ ok: false, message: 'Retries: 0 or more.' });
    expect(checkedEdit(schema, { name: '' }, ['limits', 'retries'], 2)).toEqual({ ok: false, message: 'name: Name: at least one character.' });
  });

  it('edits one item of a list in place, and says what is wrong at that item', () => {
    const listed = z.object({ policies: z.array(z.object({ name: z.string().min(1, 'Name: required.'), priority: z.number().int() })) });
    const two = {
      policies: [
        { name: 'a', priority: 0 },
        { name: 'b', priority: 1 },
      ],
    };
    expect(checkedEdit(listed, two, ['policies', '1', 'priority'], 5)).toEqual({
      ok: true,
      value: {
        policies: [
          { name: 'a', priority: 0 },
          { name: 'b', priority: 5 },
        ],
      },
    });
    expect(checkedEdit(listed, two, ['policies', '0', 'name'], '')).toEqual({ ok: false, message: 'Name: required.' });
    expect(Array.isArray(two.policies)).toBe(true);
  });
});
