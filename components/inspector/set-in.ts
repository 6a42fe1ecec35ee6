/**
 * An immutable copy of `value` with `path` set; `undefined` removes the key (so a schema default applies).
 * A list stays a list: `['policies', '2', 'pattern']` sets the third policy's pattern.
 */
export function setIn(value: object | undefined, path: ReadonlyArray<string>, next: unknown): Record<string, unknown> {
  const [key, ...rest] = path;
  // An array's copy is indexed by the same digit strings a path carries.
  const copy = (Array.isArray(value) ? [...(value as unknown[])] : { ...value }) as Record<string, unknown>;
  if (rest.length === 0) {
    if (next === undefined) delete copy[key];
    else copy[key] = next;
    return copy;
  }
  const inner = copy[key];
  copy[key] = setIn(typeof inner === 'object' && inner !== null ? inner : undefined, rest, next);
  return copy;
}

/**
 * A patch that turns `current` into `next` under a spread-merge update
 * (`updateNode`, `updateConnection`): a key `next` no longer has is sent as
 * `undefined`, so a field the user cleared is removed rather than kept.
 */
export function replacement<T extends object>(current: object, next: T): T {
  const patch: Record<string, unknown> = { ...(next as Record<string, unknown>) };
  for (const key of Object.keys(current)) if (!Object.hasOwn(next, key)) patch[key] = undefined;
  return patch as T;
}
