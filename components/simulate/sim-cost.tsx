'use client';

import { applyCostEdits, NO_COST_EDITS, type CostEdits } from '@/lib/capacity/cost-edits';
import { estimateCost, type CostAssumptions, type CostLine, type OfferingCost } from '@/lib/capacity/cost-estimate';
import { formatQuantity, formatUsd } from '@/lib/capacity/format-cost';
import { OFFERINGS_NOT_PRICED, type Prices } from '@/lib/capacity/prices';
import type { DesignCostNeeds } from '@/lib/sim';

const th = 'px-1.5 py-1 text-left font-semibold';
const td = 'px-1.5 py-0.5 align-top';
const input = 'w-24 rounded border border-[var(--border)] bg-transparent px-1 tabular-nums';

/** Six significant digits: a price such as 9.81 / 730 an hour reads as 0.0134384, not 0.013438356164383562. */
const shown = (value: number) => String(Number(value.toPrecision(6)));

/** A price or assumption input: what the user typed, else the value in use. */
function AmountInput({ label, typed, value, onType }: { label: string; typed: unknown; value: number; onType(text: string): void }) {
  return <input type="number" min={0} step="any" className={input} aria-label={label} value={typeof typed === 'string' ? typed : shown(value)} onChange={(e) => onType(e.target.value)} />;
}

/** One offering: its total, then each line's quantity, formula, price (an input, with its source and date) and amount. */
function OfferingTable({ offering, priceKeyOf, edits, onEdit }: { offering: OfferingCost; priceKeyOf(line: CostLine): keyof Prices; edits: CostEdits; onEdit(edits: CostEdits): void }) {
  return (
    <table className="w-full border-collapse" data-testid="simulate.cost.offering" data-offering={offering.offering}>
      <caption className="text-left font-medium">
        {offering.offering}: <span data-testid="simulate.cost.total">{formatUsd(offering.monthlyUsd)}</span> a month
      </caption>
      <thead>
        <tr className="border-b border-[var(--border)]">
          <th className={th}>Item</th>
          <th className={th}>Quantity</th>
          <th className={th}>Price</th>
          <th className={th}>Monthly</th>
        </tr>
      </thead>
      <tbody>
        {offering.lines.map((l) => {
          const key = priceKeyOf(l);
          return (
            <tr key={l.item}>
              <td className={td}>
                {l.item}
                <div className="text-[var(--muted)]">{l.formula}</div>
              </td>
              <td className={`${td} tabular-nums`}>
                {formatQuantity(l.quantity)} {l.unit}
              </td>
              <td className={td}>
                <AmountInput label={`Price: ${l.price.unit}`} typed={edits.prices[key]} value={l.price.value} onType={(text) => onEdit({ ...edits, prices: { ...edits.prices, [key]: text } })} />
                <div className="text-[var(--muted)]">
                  {l.price.unit};{' '}
                  <a className="underline" href={l.price.source} target="_blank" rel="noreferrer">
                    read {l.price.read}
                  </a>
                  {l.price.note ? ` (${l.price.note})` : ''}
                </div>
              </td>
              <td className={`${td} tabular-nums`}>{formatUsd(l.monthlyUsd)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function AssumptionInputs({ assumptions, edits, onEdit }: { assumptions: CostAssumptions; edits: CostEdits; onEdit(edits: CostEdits): void }) {
  return (
    <div>
      <h4 className="font-medium">Assumptions</h4>
      <ul className="space-y-1">
        {(Object.keys(assumptions) as Array<keyof CostAssumptions>).map((key) => (
          <li key={key}>
            <AmountInput
              label={`Assumption: ${assumptions[key].why}`}
              typed={edits.assumptions[key]}
              value={assumptions[key].value}
              onType={(text) => onEdit({ ...edits, assumptions: { ...edits.assumptions, [key]: text } })}
            />{' '}
            <span className="text-[var(--muted)]">{assumptions[key].why}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** What the estimate leaves out: parts of this design, and offerings with no price to cite. */
function NotPriced({ unpriced }: { unpriced: readonly string[] }) {
  return (
    <div data-testid="simulate.cost.not-priced">
      <h4 className="font-medium">Not priced</h4>
      <ul className="list-disc pl-4 text-[var(--muted)]">
        {unpriced.map((u) => (
          <li key={u}>{u}</li>
        ))}
        {OFFERINGS_NOT_PRICED.map((o) => (
          <li key={o.offering}>
            {o.offering}: {o.why} (
            <a className="underline" href={o.billing} target="_blank" rel="noreferrer">
              how it bills
            </a>
            )
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * The monthly cost of the design at its declared rates, per offering, each
 * line with its quantity, formula and price; every price (with where and when
 * it was read) and every assumption is an input, because prices change and a
 * contract differs from the list. What cannot be priced says so.
 */
export function SimCost({ cost, edits, onEdit }: { cost: DesignCostNeeds; edits: CostEdits; onEdit(edits: CostEdits): void }) {
  const { prices, assumptions, problems } = applyCostEdits(edits);
  const estimate = estimateCost(cost.needs, prices, assumptions);
  const priceKeyOf = (line: CostLine) => (Object.keys(prices) as Array<keyof Prices>).find((k) => prices[k] === line.price)!;
  const edited = Object.keys(edits.prices).length + Object.keys(edits.assumptions).length > 0;
  return (
    <div data-testid="simulate.report.cost" className="space-y-2">
      <h3 className="font-semibold">Monthly cost at the declared rates</h3>
      <p className="text-[var(--muted)]">
        List prices, on demand; every price and assumption is an input: type yours and the figures follow.{' '}
        {edited && (
          <button type="button" className="underline" onClick={() => onEdit(NO_COST_EDITS)}>
            Back to the published prices
          </button>
        )}
      </p>
      {problems.map((p) => (
        <p key={p} role="alert" data-testid="simulate.cost.problem" className="text-[var(--error)]">
          Not used: {p}.
        </p>
      ))}
      {estimate.ok ? (
        estimate.offerings.map((o) => <OfferingTable key={o.offering} offering={o} priceKeyOf={priceKeyOf} edits={edits} onEdit={onEdit} />)
      ) : (
        <p role="alert" data-testid="simulate.cost.error" className="text-[var(--error)]">
          The cost cannot be estimated: {estimate.error}.
        </p>
      )}
      <AssumptionInputs assumptions={assumptions} edits={edits} onEdit={onEdit} />
      <NotPriced unpriced={cost.unpriced} />
    </div>
  );
}
