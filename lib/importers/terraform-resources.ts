import { MAX_INPUT_BYTES } from '../design/safe-parse-text';
import type { DesignBuilder } from './builder';
import { isRecord, parseErrors } from './builder';
import { hasTemplate, HclError, literal, parseHcl, type HclBody } from './hcl';
import type { ImportResult } from './importer';

/**
 * What every Terraform importer reads the same way: the resources of one type
 * with their source path (`resource.<type>.<name>`), nested blocks, plain
 * values (an interpolation the design cannot resolve is reported with its
 * path and left out), references to another resource (`${type.name.id}`),
 * and the resources of types an importer does not read, reported rather than
 * dropped.
 */

export type Body = Record<string, unknown>;

/** A .tf file read as HCL, or the error that says why not: not text, over the size bound, or where the HCL breaks. */
export function readTerraformText(text: unknown): { ok: true; body: HclBody } | { ok: false; error: ImportResult } {
  if (typeof text !== 'string') return { ok: false, error: parseErrors({ message: 'Expected the text of a .tf file.' }) };
  // The same bound parseDataText puts on JSON and YAML, checked before the reader sees the text.
  if (text.length > MAX_INPUT_BYTES) {
    return { ok: false, error: parseErrors({ message: `The file is ${(text.length / 1048576).toFixed(1)} MB; the limit is ${MAX_INPUT_BYTES / 1048576} MB.` }) };
  }
  try {
    return { ok: true, body: parseHcl(text) };
  } catch (error) {
    if (error instanceof HclError) return { ok: false, error: parseErrors({ message: `Not readable as HCL: ${error.message}.`, line: error.line, column: error.column }) };
    throw error;
  }
}

export interface Resource {
  type: string;
  name: string;
  body: Body;
  path: string;
}

export function resources(parsed: HclBody, type: string): Resource[] {
  const byName = parsed.resource;
  if (!isRecord(byName) || !isRecord(byName[type])) return [];
  return Object.entries(byName[type]).flatMap(([name, bodies]) =>
    Array.isArray(bodies) ? bodies.filter(isRecord).map((body, i) => ({ type, name, body, path: `resource.${type}.${name}${bodies.length > 1 ? `[${i}]` : ''}` })) : [],
  );
}

/** The first body of a nested block (`retention_policies { … }`). */
export function block(body: Body, key: string): Body | undefined {
  const value = body[key];
  return Array.isArray(value) && isRecord(value[0]) ? value[0] : undefined;
}

/** The record without its undefined entries; undefined when none is left. */
export function defined(record: Record<string, unknown>): Record<string, unknown> | undefined {
  const entries = Object.entries(record).filter(([, v]) => v !== undefined);
  return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}

/** The Terraform name of the resource of `type` a reference (`${type.name.id}`, `${type.name.name}`) names. */
export function referenced(value: unknown, type: string, attributes: readonly string[]): string | undefined {
  if (typeof value !== 'string') return undefined;
  const m = /^\$\{([a-z0-9_]+)\.([A-Za-z0-9_-]+)\.([a-z_]+)\}$/.exec(value);
  return m && m[1] === type && attributes.includes(m[3]) ? m[2] : undefined;
}

/**
 * The design's name: the one an export's first comment line gives (`# <what> of the design "name", …`), else the
 * file's stem (not `main`), else `fallback`.
 */
export function designName(text: string, fileName: string | undefined, what: string, fallback: string): string {
  const m = new RegExp(`^# ${what} of the design ("(?:[^"\\\\]|\\\\.)*")`).exec(text);
  if (m) return JSON.parse(m[1]) as string;
  const stem = fileName?.split(/[\\/]/).pop()?.replace(/\.tf$/i, '');
  return stem && stem !== 'main' ? stem : fallback;
}

/** Reads arguments into design values, noting (with the argument's path) what it cannot. */
export class ArgumentReader {
  constructor(readonly builder: DesignBuilder) {}

  text(value: unknown, path: string): string | undefined {
    if (value === undefined) return undefined;
    if (typeof value !== 'string') {
      this.builder.note(path, 'expected a string: left out.');
      return undefined;
    }
    if (!hasTemplate(value)) return literal(value);
    this.builder.note(path, `${value.slice(0, 80)} is an expression the design cannot resolve: left out.`);
    return undefined;
  }

  /** A whole number, written as a number or a quoted number (the pulsar provider's "10080"). */
  integer(value: unknown, path: string): number | undefined {
    if (value === undefined) return undefined;
    const n = typeof value === 'number' ? value : typeof value === 'string' && /^-?\d{1,15}$/.test(value) ? Number(value) : Number.NaN;
    if (Number.isInteger(n)) return n;
    this.builder.note(path, `${JSON.stringify(value).slice(0, 60)} is not a whole number: left out.`);
    return undefined;
  }

  flag(value: unknown, path: string): boolean | undefined {
    if (value === undefined || typeof value === 'boolean') return value;
    this.builder.note(path, `${JSON.stringify(value).slice(0, 60)} is not true or false: left out.`);
    return undefined;
  }

  /** Notes each argument of `resource` outside `held`. */
  unheld(resource: Resource, held: ReadonlySet<string>): void {
    for (const key of Object.keys(resource.body)) if (!held.has(key)) this.builder.note(`${resource.path}.${key}`, `${key} is not held by the design: left out.`);
  }

  /** Notes every resource whose type is neither read nor known to say nothing the design holds. */
  others(parsed: HclBody, read: ReadonlySet<string>, what: string): void {
    if (!isRecord(parsed.resource)) return;
    for (const [type, byName] of Object.entries(parsed.resource)) {
      if (read.has(type)) continue;
      for (const name of Object.keys(isRecord(byName) ? byName : {})) this.builder.note(`resource.${type}.${name}`, `${type} is not ${what}: left out.`);
    }
  }
}
