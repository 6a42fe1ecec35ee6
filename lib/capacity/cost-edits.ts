import { DEFAULT_ASSUMPTIONS, type CostAssumptions } from './cost-estimate';
import { DEFAULT_PRICES, type Prices } from './prices';

/**
 * The user's replacements for published prices and default assumptions, by
 * key: typed into the studio's cost table (strings) or read from the command
 * line's `--prices` file (numbers).
 */
export interface CostEdits {
  prices: Partial<Record<string, unknown>>;
  assumptions: Partial<Record<string, unknown>>;
}

export const NO_COST_EDITS: CostEdits = { prices: {}, assumptions: {} };

export interface EditedCostInputs {
  prices: Prices;
  assumptions: CostAssumptions;
  /** Each edit not applied, and why: an unknown key, or a value that is not a number ≥ 0. */
  problems: string[];
}

/** A finite number ≥ 0, given as a number or as the text of one. */
function amount(value: unknown): number | undefined {
  const number = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : Number.NaN;
  return Number.isFinite(number) && number >= 0 ? number : undefined;
}

function applied<T extends { [K in keyof T]: { value: number } }>(defaults: T, edits: Partial<Record<string, unknown>>, what: 'price' | 'assumption', problems: string[]): T {
  const result = { ...defaults };
  for (const [key, value] of Object.entries(edits)) {
    if (!Object.hasOwn(defaults, key)) {
      problems.push(`there is no ${what} "${key}" (the ${what}s: ${Object.keys(defaults).join(', ')})`);
      continue;
    }
    const number = amount(value);
    if (number === undefined) problems.push(`the ${what} "${key}" must be a number ≥ 0, not ${JSON.stringify(value)}`);
    else result[key as keyof T] = { ...defaults[key as keyof T], value: number };
  }
  return result;
}

/**
 * The published prices and default assumptions with the user's edits applied.
 * An edit that cannot be used keeps the published value and is named in
 * `problems`, so the studio keeps the table (and the input to correct) on
 * screen and the command line can refuse the file saying which entry is wrong.
 */
export function applyCostEdits(edits: CostEdits): EditedCostInputs {
  const problems: string[] = [];
  const prices = applied(DEFAULT_PRICES as Prices, edits.prices, 'price', problems);
  const assumptions = applied(DEFAULT_ASSUMPTIONS, edits.assumptions, 'assumption', problems);
  return { prices, assumptions, problems };
}
