'use client';

import type { ReactNode } from 'react';
import type { MessagingRequest } from '@/lib/advisor';

export type WizardDraft = Omit<MessagingRequest, 'events' | 'producers' | 'consumers'> & { events: string; producers: string; consumers: string };

const input = 'h-7 w-full rounded-md border border-[var(--border)] bg-[var(--panel)] px-2 text-[13px]';

function Field({ label, hint, children }: { label: string; hint?: string; children: ReactNode }) {
  return (
    <label className="flex flex-col gap-0.5 text-[12px]">
      <span className="font-medium">{label}</span>
      {children}
      {hint && <span className="text-[11px] text-[var(--muted)]">{hint}</span>}
    </label>
  );
}

function Choice<T extends string>({ name, value, options, onChange }: { name: string; value: T; options: ReadonlyArray<[T, string]>; onChange(value: T): void }) {
  return (
    <div role="radiogroup" aria-label={name} className="flex flex-wrap gap-1">
      {options.map(([option, label]) => (
        <label
          key={option}
          className={`cursor-pointer rounded-md border px-2 py-0.5 text-[12px] ${value === option ? 'border-[var(--accent)] bg-[var(--panel-2)] font-medium' : 'border-[var(--border)]'}`}
        >
          <input type="radio" className="sr-only" name={name} value={option} checked={value === option} onChange={() => onChange(option)} data-testid={`wizard.${name}.${option}`} />
          {label}
        </label>
      ))}
    </div>
  );
}

function numberOr(text: string, fallback: number | undefined): number | undefined {
  if (text.trim() === '') return fallback;
  const n = Number(text.replace(/[_,\s]/g, '').replace(/k$/i, '000'));
  return Number.isFinite(n) && n >= 0 ? n : fallback;
}

type SetField = <K extends keyof WizardDraft>(key: K, value: WizardDraft[K]) => void;

const ORDERING: ReadonlyArray<[WizardDraft['ordering'], string]> = [
  ['none', 'None'],
  ['per-key', 'Per key'],
  ['strict', 'Strict'],
];
const DELIVERY: ReadonlyArray<[WizardDraft['delivery'], string]> = [
  ['at-most-once', 'At most once'],
  ['at-least-once', 'At least once'],
  ['exactly-once', 'Exactly once'],
];
const ROUTING: ReadonlyArray<[WizardDraft['routing'], string]> = [
  ['simple', 'Whole channels'],
  ['patterns', 'By key patterns or headers'],
];
const OPERATIONS: ReadonlyArray<[WizardDraft['operations'], string]> = [
  ['any', 'We run anything'],
  ['simple', 'Self-hosted, simple'],
  ['managed', 'Managed cloud service'],
];
const TENANTS: ReadonlyArray<[WizardDraft['tenants'], string]> = [
  ['one', 'One team'],
  ['many', 'Many teams or customers'],
];

/** The request form: use case, load, guarantees, retention, routing, operations, services. */
export function WizardForm({ draft, onChange }: { draft: WizardDraft; onChange(draft: WizardDraft): void }) {
  const set: SetField = (key, value) => onChange({ ...draft, [key]: value });
  return (
    <div className="grid grid-cols-2 gap-x-3 gap-y-2.5">
      <div className="col-span-2">
        <Field label="Use case" hint="What needs asynchronous processing; its first word names the topics.">
          <input className={input} data-testid="wizard.field.useCase" value={draft.useCase} maxLength={500} onChange={(e) => set('useCase', e.target.value)} />
        </Field>
      </div>
      <div className="col-span-2">
        <Field label="Events (optional)" hint="Comma-separated, e.g. OrderPlaced, OrderPaid: one topic each.">
          <input className={input} data-testid="wizard.field.events" value={draft.events} onChange={(e) => set('events', e.target.value)} />
        </Field>
      </div>
      <LoadFields draft={draft} set={set} />
      <ChoiceField label="Ordering" name="ordering" value={draft.ordering} options={ORDERING} onChange={(v) => set('ordering', v)} />
      <ChoiceField label="Delivery" name="delivery" value={draft.delivery} options={DELIVERY} onChange={(v) => set('delivery', v)} />
      <label className="col-span-2 flex items-center gap-2 text-[12px]">
        <input type="checkbox" data-testid="wizard.field.replay" checked={draft.replay} onChange={(e) => set('replay', e.target.checked)} />
        <span>
          <span className="font-medium">Replay</span> — consumers must be able to re-read past messages within the retention
        </span>
      </label>
      <ChoiceField label="Routing" name="routing" value={draft.routing} options={ROUTING} onChange={(v) => set('routing', v)} />
      <ChoiceField label="Operations" name="operations" value={draft.operations} options={OPERATIONS} onChange={(v) => set('operations', v)} />
      <ChoiceField label="Tenants" name="tenants" value={draft.tenants} options={TENANTS} onChange={(v) => set('tenants', v)} />
      <Field label="Producers" hint="Services that publish, comma-separated">
        <input className={input} data-testid="wizard.field.producers" value={draft.producers} onChange={(e) => set('producers', e.target.value)} />
      </Field>
      <Field label="Consumers" hint="Services that consume, comma-separated">
        <input className={input} data-testid="wizard.field.consumers" value={draft.consumers} onChange={(e) => set('consumers', e.target.value)} />
      </Field>
    </div>
  );
}

/** A labelled row of choices across the form's two columns. */
function ChoiceField<T extends string>({ label, ...choice }: { label: string; name: string; value: T; options: ReadonlyArray<[T, string]>; onChange(value: T): void }) {
  return (
    <div className="col-span-2 flex flex-col gap-1 text-[12px]">
      <span className="font-medium">{label}</span>
      <Choice {...choice} />
    </div>
  );
}

/** The load: throughput, message size, latency target and retention. A number field keeps what is typed (defaultValue) and sets the draft when it reads as a number. */
function LoadFields({ draft, set }: { draft: WizardDraft; set: SetField }) {
  return (
    <>
      <Field label="Throughput (msg/s)">
        <input className={input} inputMode="numeric" data-testid="wizard.field.throughput" defaultValue={String(draft.throughput)} onChange={(e) => set('throughput', numberOr(e.target.value, 0)!)} />
      </Field>
      <Field label="Message size (bytes)">
        <input
          className={input}
          inputMode="numeric"
          data-testid="wizard.field.messageSizeBytes"
          defaultValue={String(draft.messageSizeBytes)}
          onChange={(e) => set('messageSizeBytes', Math.max(1, Math.round(numberOr(e.target.value, 1024)!)))}
        />
      </Field>
      <Field label="Latency target (ms, optional)">
        <input
          className={input}
          inputMode="numeric"
          data-testid="wizard.field.latencyMs"
          defaultValue={draft.latencyMs === undefined ? '' : String(draft.latencyMs)}
          onChange={(e) => set('latencyMs', numberOr(e.target.value, undefined))}
        />
      </Field>
      <Field label="Retention (hours)" hint="168 h = 7 days">
        <input
          className={input}
          inputMode="numeric"
          data-testid="wizard.field.retentionHours"
          defaultValue={String(draft.retentionHours)}
          onChange={(e) => set('retentionHours', numberOr(e.target.value, 168)!)}
        />
      </Field>
    </>
  );
}
