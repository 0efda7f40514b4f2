import type { Schemas } from '@acces-soins/validate';

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A schema (or the items of an array schema) that points at the shared id definition. */
const holdsId = (schema: unknown): boolean => {
  if (!isObject(schema)) return false;
  if (typeof schema.$ref === 'string' && /#\/\$defs\/id$/.test(schema.$ref)) return true;
  return isObject(schema.items) && holdsId(schema.items);
};

/**
 * Names of the properties that hold another record's id, read from the schemas (the contract) rather than listed by
 * hand: every property typed as the shared `id` (or an array of them), except the record's own `id`.
 */
export function referenceProperties(schemas: Schemas): Set<string> {
  const names = new Set<string>();
  const visit = (schema: unknown) => {
    if (Array.isArray(schema)) return schema.forEach(visit);
    if (!isObject(schema)) return;
    if (isObject(schema.properties)) {
      for (const [name, property] of Object.entries(schema.properties)) {
        if (name !== 'id' && holdsId(property)) names.add(name);
      }
    }
    Object.values(schema).forEach(visit);
  };
  visit([schemas.defs, schemas.metadata, ...Object.values(schemas.datasets)]);
  return names;
}
