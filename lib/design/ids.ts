/** Turns a display name into a readable id: `Orders Placed!` → `orders-placed`. */
export function slugify(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[^a-z0-9]+/, '')
    .replace(/-+$/, '')
    .slice(0, 60);
  return slug || 'node';
}

/**
 * A name as an identifier for a broker or a file format: the name itself when
 * it is already plain (letters, digits, ".", "_", "-": `orders.placed`,
 * `Payment`), else its slug (`Order API` → `order-api`). What people named a
 * thing is what ships; only what a target cannot hold is changed.
 */
export function identifierFromName(name: string): string {
  return /^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$/.test(name) ? name : slugify(name);
}

/** `base`, or `base-2`, `base-3`, … — the first one not in `taken`. */
const RESERVED = new Set(['__proto__', 'constructor', 'prototype']);

export function uniqueId(base: string, taken: { has(id: string): boolean }): string {
  if (!taken.has(base) && !RESERVED.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}
