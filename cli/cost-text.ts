import type { CostEstimate } from '../lib/capacity/cost-estimate';
import { OFFERINGS_NOT_PRICED } from '../lib/capacity/prices';

const usd = (v: number) => `$${v.toLocaleString('en', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
const amount = (v: number) => v.toLocaleString('en', { maximumFractionDigits: 2 });

/**
 * The monthly cost for a terminal: per offering its total, then each line's
 * quantity × price = amount, the formula, and where the price was read; then
 * what is not priced.
 */
export function costText(estimate: CostEstimate, unpriced: readonly string[]): string[] {
  const lines = ['', 'Monthly cost at the declared rates (list prices, on demand; --prices <file.json> replaces any price or assumption)'];
  if (!estimate.ok) lines.push(`  not estimated: ${estimate.error}`);
  else {
    for (const o of estimate.offerings) {
      lines.push(`  ${o.offering}: ${usd(o.monthlyUsd)} a month`);
      for (const l of o.lines) {
        lines.push(
          `      ${l.item}: ${amount(l.quantity)} ${l.unit} × ${l.price.value.toPrecision(6).replace(/\.?0+$/, '')} = ${usd(l.monthlyUsd)}`,
          `          ${l.formula}; price: ${l.price.unit}, read ${l.price.read} at ${l.price.source}`,
        );
      }
    }
    const assumptions = Object.entries(estimate.assumptions).map(([key, a]) => `  ${key} = ${a.value}: ${a.why}`);
    lines.push('', 'Cost assumptions', ...assumptions);
  }
  lines.push('', 'Not priced', ...unpriced.map((u) => `  ${u}`), ...OFFERINGS_NOT_PRICED.map((o) => `  ${o.offering}: ${o.why} (${o.billing})`));
  return lines;
}
