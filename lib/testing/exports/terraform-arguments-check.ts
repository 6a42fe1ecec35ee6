import { parse as parseHcl } from '@cdktf/hcl2json';
import {
  TERRAFORM_DATA_SOURCE_ARGUMENTS,
  TERRAFORM_META_ARGUMENTS,
  TERRAFORM_PROVIDER_ARGUMENTS,
  TERRAFORM_RESOURCE_ARGUMENTS,
  TERRAFORM_VARIABLE_ARGUMENTS,
  type BlockArguments,
} from '../../brokers/pubsub/terraform-arguments';
import { PULSAR_TERRAFORM_PROVIDER_ARGUMENTS, PULSAR_TERRAFORM_RESOURCE_ARGUMENTS } from '../../brokers/pulsar/terraform-arguments';

/** Every provider's documented resources and provider blocks (Pub/Sub's google, Pulsar's streamnative/pulsar). */
const RESOURCES = { ...TERRAFORM_RESOURCE_ARGUMENTS, ...PULSAR_TERRAFORM_RESOURCE_ARGUMENTS };
const PROVIDERS = { ...TERRAFORM_PROVIDER_ARGUMENTS, ...PULSAR_TERRAFORM_PROVIDER_ARGUMENTS };

/**
 * A test oracle for Terraform exports: parses the HCL with HashiCorp's own
 * parser (hcl2json, compiled to WebAssembly) and checks every resource, data
 * source, provider and variable against the documented arguments in
 * lib/brokers/pubsub/terraform-arguments.ts (or another provider's tables, e.g.
 * lib/brokers/servicebus/terraform-arguments.ts). Returns one line per problem
 * (unknown argument, attribute written as a block or the other way round,
 * required argument missing, unknown resource type); none means the file only
 * says what the provider documents.
 */

type Json = Record<string, unknown>;

function isBlockList(value: unknown): value is Json[] {
  return Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === 'object' && v !== null && !Array.isArray(v));
}

function checkBlock(where: string, body: Json, spec: BlockArguments, extra: readonly string[] = []): string[] {
  const problems: string[] = [];
  for (const [key, value] of Object.entries(body)) {
    const nested = spec.blocks?.[key];
    if (nested) {
      if (!isBlockList(value)) problems.push(`${where}: "${key}" must be a block, not an attribute`);
      else value.forEach((b, i) => problems.push(...checkBlock(`${where}.${key}[${i}]`, b, nested)));
    } else if (spec.attributes.includes(key) || extra.includes(key)) {
      if (isBlockList(value) && !extra.includes(key) && key !== 'labels') problems.push(`${where}: "${key}" is an attribute, written as a block`);
    } else problems.push(`${where}: unknown argument "${key}"`);
  }
  for (const key of spec.required ?? []) if (!(key in body)) problems.push(`${where}: required argument "${key}" is missing`);
  return problems;
}

/** Every `type.name[i]` instance of a top-level section (`resource`, `data`), with its body. */
function instances(section: unknown): Array<{ type: string; name: string; body: Json }> {
  const out: Array<{ type: string; name: string; body: Json }> = [];
  for (const [type, byName] of Object.entries((section ?? {}) as Record<string, Record<string, Json[]>>)) {
    for (const [name, bodies] of Object.entries(byName)) for (const body of bodies) out.push({ type, name, body });
  }
  return out;
}

/** The documented arguments one provider's export is checked against; unless named, Pub/Sub's (hashicorp/google) and Pulsar's (streamnative/pulsar). */
export interface TerraformTables {
  resources: Readonly<Record<string, BlockArguments>>;
  dataSources: Readonly<Record<string, BlockArguments>>;
  providers: Readonly<Record<string, BlockArguments>>;
}

const DEFAULT_TABLES: TerraformTables = { resources: RESOURCES, dataSources: TERRAFORM_DATA_SOURCE_ARGUMENTS, providers: PROVIDERS };

export function terraformArgumentProblems(parsed: Json, tables: TerraformTables = DEFAULT_TABLES): string[] {
  const problems: string[] = [];
  for (const { type, name, body } of instances(parsed.resource)) {
    const spec = tables.resources[type];
    if (!spec) problems.push(`resource ${type}.${name}: not a resource type the table documents`);
    else problems.push(...checkBlock(`resource ${type}.${name}`, body, spec, TERRAFORM_META_ARGUMENTS));
  }
  for (const { type, name, body } of instances(parsed.data)) {
    const spec = tables.dataSources[type];
    if (!spec) problems.push(`data ${type}.${name}: not a data source the table documents`);
    else problems.push(...checkBlock(`data ${type}.${name}`, body, spec));
  }
  for (const [type, bodies] of Object.entries((parsed.provider ?? {}) as Record<string, Json[]>)) {
    const spec = tables.providers[type];
    for (const body of bodies) problems.push(...(spec ? checkBlock(`provider ${type}`, body, spec) : [`provider ${type}: not documented`]));
  }
  for (const [name, bodies] of Object.entries((parsed.variable ?? {}) as Record<string, Json[]>)) {
    for (const body of bodies) problems.push(...checkBlock(`variable ${name}`, body, TERRAFORM_VARIABLE_ARGUMENTS));
  }
  const known = new Set(['resource', 'data', 'provider', 'variable', 'terraform', 'output', 'locals']);
  for (const key of Object.keys(parsed)) if (!known.has(key)) problems.push(`top level: unknown block "${key}"`);
  return problems;
}

/** Parses `hcl` (hcl2json rejects what Terraform's parser rejects) and returns the argument problems. */
export async function checkTerraformFile(hcl: string, tables?: TerraformTables): Promise<{ parsed: Json; problems: string[] }> {
  const parsed = (await parseHcl('main.tf', hcl)) as Json;
  return { parsed, problems: terraformArgumentProblems(parsed, tables) };
}
