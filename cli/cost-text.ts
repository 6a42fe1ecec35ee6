import type { CostEstimate } from '../lib/capacity/cost-estimate';
import { formatQuantity, formatUsd } from '../lib/capacity/format-cost';
import { OFFERINGS_NOT_PRICED } from '../lib/capacity/prices';

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
      lines.push(`  ${o.offering}: ${formatUsd(o.monthlyUsd)} a month`);
      for (const l of o.lines) {
        lines.push(
          `      ${l.item}: ${formatQuantity(l.quantity)} ${l.unit} × ${l.price.value.toPrecision(6).replace(/\.?0+$/, '')} = ${formatUsd(l.monthlyUsd)}`,
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
