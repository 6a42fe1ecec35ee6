'use client';

import { useRuleChoices } from './rule-choices';

/** A rule chosen by id from every rule, grouped by family (`kafka/…`, `rabbitmq/…`); an id no rule has stays shown as it is. */
export function RulePicker({
  id,
  value,
  onChange,
  label,
  testId,
  className,
  autoFocus,
}: {
  id?: string;
  value: string;
  onChange(id: string): void;
  label: string;
  testId?: string;
  className?: string;
  autoFocus?: boolean;
}) {
  const choices = useRuleChoices();
  const families = new Map<string, { id: string; summary: string }[]>();
  for (const choice of choices ?? []) {
    const family = choice.id.split('/')[0];
    families.set(family, [...(families.get(family) ?? []), choice]);
  }
  const known = choices?.some((c) => c.id === value) ?? false;
  return (
    <select id={id} aria-label={label} data-testid={testId} className={className} value={value} autoFocus={autoFocus} onChange={(e) => onChange(e.target.value)}>
      <option value="">{choices ? 'Choose a rule…' : 'Loading rules…'}</option>
      {value !== '' && !known && <option value={value}>{value}</option>}
      {[...families].map(([family, rules]) => (
        <optgroup key={family} label={family}>
          {rules.map((r) => (
            <option key={r.id} value={r.id} title={r.summary}>
              {r.id.slice(family.length + 1)}
            </option>
          ))}
        </optgroup>
      ))}
    </select>
  );
}
