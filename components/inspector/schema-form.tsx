'use client';

import type { SettingSource } from '@/lib/brokers/source';
import dynamic from 'next/dynamic';
import type { AcceptedRisk } from '@/lib/design/fields';
import type { PropertySchema } from './json-schema-of';
import { needsStarter } from './starter-item';
import type { ValueType } from './key-value-editor';
import { Field } from './scalar-field';

// The row editors and the review's text fields load, as one module, when a form first needs one: none is on the studio's first screen.
const editors = () => import('./field-editors');
const KeyValueEditor = dynamic(() => editors().then((m) => m.KeyValueEditor), { ssr: false });
const AcceptedRisksEditor = dynamic(() => editors().then((m) => m.AcceptedRisksEditor), { ssr: false });
const ObjectListEditor = dynamic(() => editors().then((m) => m.ObjectListEditor), { ssr: false });
const EnumSetEditor = dynamic(() => editors().then((m) => m.EnumSetEditor), { ssr: false });
const ReadOnlyField = dynamic(() => editors().then((m) => m.ReadOnlyField), { ssr: false });
const OptionalGroup = dynamic(() => editors().then((m) => m.OptionalGroup), { ssr: false });

/** The label of the field at a path (lib/design/field-labels, or design-field-labels for the design's own settings). */
export type LabelOf = (path: Path) => string | undefined;

export type Path = ReadonlyArray<string>;

/**
 * Commits a field's new value; returns the schema's message when the value is refused. Typing into a field
 * is merged into one undo step; a `discrete` change (a list item added, moved or removed) is a step of its own.
 */
export type Commit = (path: Path, value: unknown, discrete?: boolean) => string | undefined;

/** A software setting's effective value and where it comes from; `undefined` for fields that are not software settings. */
export type EffectiveOf = (path: Path) => { value: unknown; source: SettingSource } | undefined;

function typeOf(schema: PropertySchema): string {
  if (schema.enum) return 'enum';
  const t = Array.isArray(schema.type) ? schema.type.find((x) => x !== 'null') : schema.type;
  if (t === 'object' && schema.properties) return 'object';
  if (t === 'object' && recordValues(schema)) return 'record';
  if (t === 'array' && schema.items?.properties?.rule && schema.items.properties.reason) return 'risks';
  if (t === 'array' && schema.items?.properties) return 'objects';
  if (t === 'array' && schema.items?.enum) return 'array-enum';
  if (t === 'array' && schema.items && (schema.items.type === 'string' || schema.items.type === 'number')) return `array-${schema.items.type}`;
  if (t === 'array' && schema.items?.type === 'array' && schema.items.items?.type === 'integer') return 'matrix';
  if (t === 'string' || t === 'number' || t === 'integer' || t === 'boolean') return t;
  if (schema.anyOf?.every((each) => each.type === 'integer' || each.type === 'number' || typeof each.const === 'string')) return 'number-or-word';
  return 'json';
}

/** A field's path without list indices: the key its label is filed under (`policies.pattern`). */
const labelPath = (path: Path): Path => path.filter((key) => !/^\d+$/.test(key));

/** For a record of scalars (`{key: value}`): the value types, or the fixed values of an enum. */
function recordValues(schema: PropertySchema): { types: ValueType[]; options?: string[] } | undefined {
  const values = schema.additionalProperties;
  if (typeof values !== 'object' || values === null) return undefined;
  const v = values as PropertySchema;
  if (v.enum) return { types: ['string'], options: v.enum.map(String) };
  const types = new Set<ValueType>();
  for (const each of v.anyOf ?? [v]) {
    const t = each.type === 'integer' ? 'number' : each.type;
    if (t === 'string' || t === 'number' || t === 'boolean') types.add(t);
    else if (t === 'array' && each.items?.type === 'string') types.add('list');
    else return undefined;
  }
  return types.size > 0 ? { types: [...types] } : undefined;
}

interface SchemaFormProps {
  schema: PropertySchema;
  /** The design part the form edits (a node, connection, cluster or settings object), read field by field. */
  value: object;
  commit: Commit;
  effective?: EffectiveOf;
  labelOf: LabelOf;
  /** Values as text, nothing that looks editable (the shared review). */
  readOnly?: boolean;
  path?: Path;
  skip?: readonly string[];
  testIdPrefix: string;
  /** Object groups shown expanded; others start collapsed. */
  openGroups?: ReadonlySet<string>;
}

/**
 * A form generated from a JSON Schema (itself generated from the zod schema),
 * so every field of every kind is editable and shows its default, and the
 * zod schema's message appears under a value it refuses.
 */
export function SchemaForm(form: SchemaFormProps) {
  const properties = Object.entries(form.schema.properties ?? {}).filter(([key]) => !(form.skip ?? []).includes(key));
  return (
    <div className="space-y-2">
      {properties.map(([key, prop]) => (
        <PropertyField key={key} form={form} name={key} prop={prop} />
      ))}
    </div>
  );
}

/** One property of a form, with the editor its type takes: a group, rows, a list, a set of choices or a plain field. */
function PropertyField({ form, name, prop }: { form: SchemaFormProps; name: string; prop: PropertySchema }) {
  const { commit, effective, labelOf, readOnly = false, testIdPrefix } = form;
  const fieldPath = [...(form.path ?? []), name];
  const type = typeOf(prop);
  const fieldValue: unknown = (form.value as Readonly<Record<string, unknown>>)[name];
  const label = labelOf(labelPath(fieldPath)) ?? name;
  const testId = `${testIdPrefix}.${fieldPath.join('.')}`;
  if (type === 'object') return <GroupField form={form} name={name} prop={prop} fieldPath={fieldPath} fieldValue={fieldValue} label={label} testId={testId} />;
  if (readOnly) return <ReadOnlyField label={label} schema={prop} value={fieldValue} effective={effective?.(fieldPath)} testId={testId} />;
  if (type === 'record') {
    const { types, options } = recordValues(prop)!;
    const rows = fieldValue as Record<string, string | number | boolean> | undefined;
    return <KeyValueEditor label={label} value={rows} types={types} options={options} keys={name === 'overrides' ? 'rule' : 'text'} onCommit={(v) => commit(fieldPath, v)} testId={testId} />;
  }
  if (type === 'objects') {
    const list = fieldValue as unknown[] | undefined;
    const item = prop.items!;
    return (
      <ObjectListEditor
        label={label}
        item={item}
        value={list}
        labelOf={(field) => labelOf(labelPath([...fieldPath, field]))}
        onCommit={(v) => commit(fieldPath, v, true)}
        testId={testId}
        renderItem={(i) => (
          <SchemaForm
            schema={item}
            value={(list?.[i] ?? {}) as object}
            commit={commit}
            path={[...fieldPath, String(i)]}
            testIdPrefix={testIdPrefix}
            labelOf={labelOf}
            openGroups={new Set(Object.keys(item.properties!))}
          />
        )}
      />
    );
  }
  if (type === 'array-enum') {
    return <EnumSetEditor label={label} options={prop.items!.enum!.map(String)} value={(fieldValue as string[] | undefined) ?? []} onCommit={(v) => commit(fieldPath, v)} testId={testId} />;
  }
  if (type === 'risks') return <AcceptedRisksEditor label={label} value={fieldValue as AcceptedRisk[] | undefined} onCommit={(v) => commit(fieldPath, v)} testId={testId} />;
  return (
    <Field
      label={label}
      schema={prop}
      type={type}
      value={fieldValue}
      required={form.schema.required?.includes(name) ?? false}
      effective={effective?.(fieldPath)}
      onCommit={(v) => commit(fieldPath, v)}
      testId={testId}
    />
  );
}

/** An object property: a collapsible group of its own fields (with a starter when the group is optional and absent). */
function GroupField({
  form,
  name,
  prop,
  fieldPath,
  fieldValue,
  label,
  testId,
}: {
  form: SchemaFormProps;
  name: string;
  prop: PropertySchema;
  fieldPath: string[];
  fieldValue: unknown;
  label: string;
  testId: string;
}) {
  const { commit, effective, labelOf, readOnly = false, testIdPrefix } = form;
  const fields = (
    <SchemaForm
      schema={prop}
      value={typeof fieldValue === 'object' && fieldValue !== null ? fieldValue : {}}
      commit={commit}
      effective={effective}
      path={fieldPath}
      testIdPrefix={testIdPrefix}
      labelOf={labelOf}
      readOnly={readOnly}
    />
  );
  return (
    <details open={form.openGroups?.has(name) ?? false} className="rounded-md border border-[var(--border)] px-2 py-1" data-testid={`${testId}.group`}>
      <summary className="cursor-pointer select-none py-0.5 text-[12px] font-semibold">{label}</summary>
      <div className="pb-1 pt-1.5">
        {!readOnly && needsStarter(prop) && !form.schema.required?.includes(name) ? (
          <OptionalGroup label={label} group={prop} present={fieldValue !== undefined} labelOf={(k) => labelOf(labelPath([...fieldPath, k]))} set={(v) => commit(fieldPath, v, true)} testId={testId}>
            {fields}
          </OptionalGroup>
        ) : (
          fields
        )}
      </div>
    </details>
  );
}
