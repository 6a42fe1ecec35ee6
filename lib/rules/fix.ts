import type { Design } from '../design';

/**
 * A value a fix cannot choose for the user: an alert threshold, a dedup key.
 * The fix declares it with a value suggested from the design; the studio asks
 * for it in a small form before applying, and the CLI and tests apply the
 * suggestion.
 */
export type FixInput =
  | {
      id: string;
      type: 'number';
      label: string;
      /** What the number counts, shown beside the field: `seconds`, `messages`. */
      unit: string;
      suggested: number;
      min: number;
      max?: number;
      /** One sentence: why this value is suggested. */
      help?: string;
    }
  | {
      id: string;
      type: 'text';
      label: string;
      suggested: string;
      maxLength: number;
      help?: string;
    }
  | {
      id: string;
      /** One of a few ways to repair (share the pipeline's dead-letter topic, or one of its own). */
      type: 'choice';
      label: string;
      options: readonly { value: string; label: string }[];
      suggested: string;
      help?: string;
    };

/** The values a user chose for a fix's inputs, by input id. */
export type FixValues = Readonly<Record<string, number | string>>;

/**
 * A one-click repair: a pure operation on the design document (what the user
 * wrote, not the resolved design), so a fix makes explicit only what it sets.
 * A fix that needs a decision declares `inputs`; `apply` without values uses
 * their suggestions.
 */
export interface Fix {
  label: string;
  inputs?: readonly FixInput[];
  apply(design: Design, values?: FixValues): Design;
}

/** The suggested value of every input of a fix. */
export function suggestedValues(inputs: readonly FixInput[] = []): Record<string, number | string> {
  return Object.fromEntries(inputs.map((input) => [input.id, input.suggested]));
}

/** The value of input `id`: the user's if valid for it, else the suggestion (a fix never applies an invalid value). */
export function fixValue<T extends number | string>(inputs: readonly FixInput[], values: FixValues | undefined, id: string): T {
  const input = inputs.find((i) => i.id === id);
  if (!input) throw new Error(`Fix has no input "${id}"`);
  const value = values?.[id];
  return (value !== undefined && inputError(input, value) === undefined ? value : input.suggested) as T;
}

/** Why `value` is not acceptable for `input`, or undefined when it is. */
export function inputError(input: FixInput, value: number | string): string | undefined {
  if (input.type === 'choice') return input.options.some((o) => o.value === value) ? undefined : `${input.label}: choose one of ${input.options.map((o) => o.label).join(', ')}`;
  if (input.type === 'text') {
    if (typeof value !== 'string' || value.trim() === '') return `${input.label}: enter a value`;
    return value.length > input.maxLength ? `${input.label}: at most ${input.maxLength} characters` : undefined;
  }
  if (typeof value !== 'number' || !Number.isFinite(value)) return `${input.label}: enter a number`;
  if (!Number.isInteger(value)) return `${input.label}: enter a whole number of ${input.unit}`;
  if (value < input.min) return `${input.label}: at least ${input.min} ${input.unit}`;
  if (input.max !== undefined && value > input.max) return `${input.label}: at most ${input.max} ${input.unit}`;
  return undefined;
}

/**
 * Reads what a user typed into a fix's form: each input's text parsed for its
 * type, with one error per invalid field, so the form can say what and where.
 */
export function parseFixValues(inputs: readonly FixInput[], typed: Readonly<Record<string, string>>): { ok: true; values: FixValues } | { ok: false; errors: Record<string, string> } {
  const values: Record<string, number | string> = {};
  const errors: Record<string, string> = {};
  for (const input of inputs) {
    const text = (typed[input.id] ?? String(input.suggested)).trim();
    const value = input.type === 'number' ? (text === '' ? Number.NaN : Number(text)) : text;
    const error = inputError(input, value);
    if (error) errors[input.id] = error;
    else values[input.id] = value;
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, values };
}
