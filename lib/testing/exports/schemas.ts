import { readFileSync } from 'node:fs';
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { sharedPath } from '../shared-dir';

/** JSON Schemas from `../shared/schemas`, compiled with ajv (draft-07), read in place. */

const cache = new Map<string, ValidateFunction>();

function newAjv(): Ajv {
  const ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false });
  addFormats(ajv);
  // cfn-lint's custom format hints, checked as AWS would see resolved values.
  ajv.addFormat('AWS::SQS::Queue.Arn', /^arn:aws[a-z-]*:sqs:[a-z0-9-]+:\d{12}:[A-Za-z0-9_-]+(\.fifo)?$/);
  ajv.addFormat('AWS::SNS::Topic.Arn', /^arn:aws[a-z-]*:sns:[a-z0-9-]+:\d{12}:[A-Za-z0-9_-]+(\.fifo)?$/);
  ajv.addFormat('AWS::IAM::Role.Arn', /^arn:aws[a-z-]*:iam::\d{12}:role\/.+$/);
  ajv.addFormat('AWS::KMS::Key.Arn', /^arn:aws[a-z-]*:kms:[a-z0-9-]+:\d{12}:key\/.+$/);
  ajv.addFormat('AWS::KMS::Key.Id', /^[0-9a-f-]{36}$|^mrk-[0-9a-f]{32}$/);
  ajv.addFormat('AWS::KMS::Alias.AliasName', /^alias\/[A-Za-z0-9/_-]+$/);
  ajv.addFormat('json', true);
  return ajv;
}

/** A validator for `../shared/schemas/<relative>`. */
export function sharedSchema(relative: string): ValidateFunction {
  const cached = cache.get(relative);
  if (cached) return cached;
  const schema = JSON.parse(readFileSync(sharedPath('schemas', relative), 'utf8'));
  delete schema.$schema;
  delete schema.$id;
  const validate = newAjv().compile(schema);
  cache.set(relative, validate);
  return validate;
}

/** ajv errors in one readable line each. */
export function schemaErrors(validate: ValidateFunction): string[] {
  return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}${e.params ? ` ${JSON.stringify(e.params)}` : ''}`);
}
