import type { z } from 'zod';
import { connectionProblem } from './connection-rules';
import { designSchema, type Design } from './design';
import { kindDefinition, NODE_KINDS } from './kinds';
import { migrate } from './migrations';
import { checkData, type TextProblem } from './check-data';
import { unknownKeys } from './unknown-keys';

/**
 * The one restore step every design input goes through (file, drop, share
 * link, autosave, CLI): safe data → migrate → validate → check the graph. It
 * never throws; it returns the design or numbered errors that say what and
 * where. `readDesign` (read-design.ts) adds the text parsing in front.
 */

export const DESIGN_ERROR_CODES = {
  QW001: 'The input is too large.',
  QW002: 'The input is not valid JSON or YAML.',
  QW003: 'The input is nested too deeply.',
  QW004: 'The input contains a forbidden key (__proto__, constructor, prototype).',
  QW005: 'The input is not a Queuewright design.',
  QW006: 'The design file version cannot be read by this version of Queuewright.',
  QW007: 'A field of the design is invalid.',
  QW008: 'A connection points to a missing node or makes no sense.',
} as const;
export type DesignErrorCode = keyof typeof DESIGN_ERROR_CODES;

export interface DesignError extends TextProblem {
  code: DesignErrorCode;
}

/**
 * Something the restore step left out without refusing the design: a key the
 * schema does not know (QW009). The design opens; the user is told what was
 * ignored and where, with the key it most likely meant.
 */
export interface DesignNotice extends TextProblem {
  code: 'QW009';
}

export type ReadDesignResult = { ok: true; design: Design; notices: DesignNotice[] } | { ok: false; errors: DesignError[] };

export interface ReadDesignOptions {
  format?: 'json' | 'yaml' | 'auto';
  /**
   * Keep connections that point to missing nodes or make no sense, instead of
   * refusing the file: the linter reports them as findings.
   */
  allowGraphProblems?: boolean;
}

/** Internal to the restore step: read-design.ts shares these. */
export const PARSE_CODES = { 'too-large': 'QW001', syntax: 'QW002', 'too-deep': 'QW003', 'forbidden-key': 'QW004' } as const;
const MAX_ERRORS = 20;

/** The exact keys behind each error's printed path (Kafka config names contain dots, so the text is ambiguous). */
export const ERROR_KEYS = new WeakMap<DesignError | DesignNotice, ReadonlyArray<PropertyKey>>();

function withKeys<T extends DesignError | DesignNotice>(error: T, keys: ReadonlyArray<PropertyKey>): T {
  ERROR_KEYS.set(error, keys);
  return error;
}

/** The same checks for data that is already parsed (share links, importers). */
export function designFromData(data: unknown, options: ReadDesignOptions = {}): ReadDesignResult {
  const safe = checkData(data);
  if (!safe.ok) return fail(PARSE_CODES[safe.code], safe.problem);
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return fail('QW005', { message: 'Expected a design object with "queuewright", "nodes" and "connections".' });
  }
  const doc = data as Record<string, unknown>;
  if (!('queuewright' in doc)) {
    return fail('QW005', { message: 'This is not a Queuewright design: the "queuewright" version field is missing. To bring in AsyncAPI, RabbitMQ, Strimzi or topicctl files, use Import.' });
  }
  const migrated = migrate(doc);
  if (!migrated.ok) return { ok: false, errors: [withKeys({ code: 'QW006', message: migrated.message, path: 'queuewright' }, ['queuewright'])] };
  const unknownKind = findUnknownKind(migrated.doc);
  if (unknownKind) return { ok: false, errors: [unknownKind] };
  const result = designSchema.safeParse(migrated.doc);
  if (!result.success) return { ok: false, errors: schemaErrors(result.error) };
  const design = result.data;
  if (!options.allowGraphProblems) {
    const errors: DesignError[] = [];
    design.connections.forEach((connection, i) => {
      const problem = connectionProblem(design, connection);
      if (problem && errors.length < MAX_ERRORS) errors.push(withKeys({ code: 'QW008', message: capitalise(problem), path: `connections[${i}]` }, ['connections', i]));
    });
    if (errors.length > 0) return { ok: false, errors };
  }
  return { ok: true, design, notices: unknownKeyNotices(migrated.doc) };
}

function unknownKeyNotices(doc: unknown): DesignNotice[] {
  return unknownKeys(doc, designSchema).map(({ keys, didYouMean }) => {
    const path = formatPath(keys);
    const hint = didYouMean ? ` (did you mean "${didYouMean}"?)` : '';
    return withKeys({ code: 'QW009', path, message: `${path}: unknown key, ignored${hint}.` }, keys) as DesignNotice;
  });
}

function findUnknownKind(doc: Record<string, unknown>): DesignError | undefined {
  if (!Array.isArray(doc.nodes)) return undefined;
  for (let i = 0; i < doc.nodes.length; i++) {
    const node = doc.nodes[i] as Record<string, unknown> | null;
    if (node && typeof node === 'object' && typeof node.kind === 'string' && !kindDefinition(node.kind)) {
      return withKeys({ code: 'QW007', path: `nodes[${i}].kind`, message: `Unknown node kind "${node.kind.slice(0, 60)}". Known kinds: ${NODE_KINDS.join(', ')}.` }, ['nodes', i, 'kind']);
    }
  }
  return undefined;
}

function schemaErrors(error: z.ZodError): DesignError[] {
  return error.issues.slice(0, MAX_ERRORS).map((issue) => withKeys({ code: 'QW007', path: formatPath(issue.path), message: `${formatPath(issue.path) || 'design'}: ${issue.message}` }, issue.path));
}

/** `['nodes', 3, 'name']` → `nodes[3].name`. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '');
}

function capitalise(text: string): string {
  return text[0].toUpperCase() + text.slice(1);
}

export function fail(code: DesignErrorCode, problem: TextProblem): ReadDesignResult {
  return { ok: false, errors: [{ code, ...problem }] };
}

/** One line per error or notice, for the CLI and toasts: `QW007 line 12: nodes[3].partitions: …`. */
export function formatDesignErrors(errors: ReadonlyArray<DesignError | DesignNotice>): string {
  return errors.map((e) => `${e.code}${e.line !== undefined ? ` line ${e.line}${e.column !== undefined ? `:${e.column}` : ''}` : ''}: ${e.message}`).join('\n');
}
