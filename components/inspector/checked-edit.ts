import type { z } from 'zod';
import { setIn, startsWith } from './set-in';

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
  const issue = result.error.issues.find((i) => startsWith(i.path, path)) ?? result.error.issues[0];
  const where = startsWith(issue.path, path) ? '' : `${issue.path.join('.')}: `;
  return { ok: false, message: `${where}${issue.message}` };
}
