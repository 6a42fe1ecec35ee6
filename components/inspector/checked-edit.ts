import type { z } from 'zod';
import { setIn } from './set-in';

/** A field path in a form, from its object's top (`['arguments', 'x-match']`). */
type Path = ReadonlyArray<string>;

export type Checked<T> = { ok: true; value: T } | { ok: false; message: string };

/**
 * The one way an inspector field's edit is checked before it is saved:
 * `current` with `value` at `path`, parsed by the part's zod schema. Gives
 * the parsed value to save, or the message to show at the field (the issue
 * at `path` first; another field's issue is prefixed with where it is).
 */
export function checkedEdit<T>(schema: z.ZodType<T>, current: object | undefined, path: Path, value: unknown): Checked<T> {
  const result = schema.safeParse(setIn(current, path, value));
  if (result.success) return { ok: true, value: result.data };
  const issue = result.error.issues.find((i) => within(i.path, path)) ?? result.error.issues[0];
  const where = within(issue.path, path) ? '' : `${issue.path.join('.')}: `;
  return { ok: false, message: `${where}${issue.message}` };
}

/** Whether an issue's path (list indices as numbers) lies at or under a form path (indices as digit strings). */
function within(issuePath: ReadonlyArray<PropertyKey>, path: Path): boolean {
  return path.every((key, i) => String(issuePath[i]) === key);
}
