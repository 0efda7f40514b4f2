import { describe, expect, it } from 'vitest';
import { DATASETS, loadSchemas, type DatasetName } from '@acces-soins/validate';
import { tableLayout, type DatasetLabels } from '../src/index.ts';

const labels = Object.fromEntries(DATASETS.map((name) => [name, { title: { fr: name, en: name }, description: { fr: name, en: name } }])) as DatasetLabels;

/** The repository's schemas with one more property on a dataset. */
function schemasWith(dataset: DatasetName, property: string, schema: Record<string, unknown>) {
  const schemas = structuredClone(loadSchemas());
  (schemas.datasets[dataset].properties as Record<string, unknown>)[property] = schema;
  return schemas;
}

describe('table layout from the JSON Schemas', () => {
  it('flattens objects into parent_child columns, a `value` taking its parent’s name', () => {
    const events = tableLayout(loadSchemas(), labels).tables.find((table) => table.name === 'events')!;
    expect(events.columns.map((column) => column.name)).toEqual(expect.arrayContaining(['title_fr', 'title_en', 'date', 'date_precision', 'date_approximation', 'date_inferred', 'date_reasoning_fr', 'date_reasoning_en', 'actors_count', 'citations_count']));
    expect(events.columns.map((column) => column.name)).not.toContain('actors');
  });

  it('keys list tables by the record id and positions, and a nested list by its enclosing item too', () => {
    const tables = tableLayout(loadSchemas(), labels).tables;
    const details = tables.find((table) => table.name === 'initiative_objective_details')!;
    expect(details.primaryKey).toStrictEqual(['initiative_id', 'objective_position', 'position']);
    expect(details.parent?.name).toBe('initiative_objectives');
    expect(tables.find((table) => table.name === 'initiative_participants')!.columns.map((column) => column.name)).toStrictEqual(['initiative_id', 'position', 'organisation', 'person', 'role', 'repeated']);
  });

  it('refuses an identifier property whose target dataset it does not know, rather than publish it without a foreign key', () => {
    const schemas = schemasWith('events', 'sponsor', { $ref: 'defs.schema.json#/$defs/id', title: 'Parrain', description: 'Parrain.' });
    expect(() => tableLayout(schemas, labels)).toThrow(/"sponsor" holds an identifier/);
  });

  it('refuses an optional object that may be empty, which CSV cannot tell from an absent one', () => {
    const schemas = schemasWith('events', 'extra', { type: 'object', properties: { note: { type: 'string', minLength: 1 } }, additionalProperties: false });
    expect(() => tableLayout(schemas, labels)).toThrow(/optional object extra may be empty/);
  });

  it('makes a list of dated claims (the dated-status model) a link table with typed dates, no special case', () => {
    const schemas = schemasWith('initiatives', 'status_history', {
      type: 'array',
      minItems: 1,
      title: 'Statuts',
      'x-title-en': 'Statuses',
      items: {
        type: 'object',
        required: ['value', 'as_of', 'citation'],
        additionalProperties: false,
        properties: { value: { enum: ['planned', 'ongoing'] }, as_of: { $ref: 'defs.schema.json#/$defs/date' }, citation: { $ref: 'defs.schema.json#/$defs/citation' } },
      },
    });
    const tables = tableLayout(schemas, labels).tables;
    const statuses = tables.find((table) => table.name === 'initiative_status_history')!;
    expect(statuses.columns.map((column) => column.name)).toStrictEqual(['initiative_id', 'position', 'value', 'as_of', 'as_of_precision', 'as_of_approximation', 'as_of_inferred', 'as_of_reasoning_fr', 'as_of_reasoning_en', 'as_of_as_date']);
    expect(statuses.citations.map((site) => site.field)).toStrictEqual(['status_history.citation']);
    expect(statuses.columns.find((column) => column.name === 'as_of_inferred')?.absent).toBe(false);
  });
});
