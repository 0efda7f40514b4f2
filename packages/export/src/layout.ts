import { DATASETS, type DatasetName, type Schemas } from '@acces-soins/validate';
import { ANCESTOR_COLUMNS, type Derivation } from './derived.ts';
import { listTableName, singular } from './names.ts';
import { UNPUBLISHED } from './publish.ts';
import { REFERENCE_TARGETS } from './references.ts';
import {
  isArraySchema,
  isObjectSchema,
  propertiesOf,
  requiredOf,
  resolve,
  sharedDefinition,
  type Bilingual,
  type Schema,
  type SchemaNode,
} from './schema-node.ts';

/**
 * How records become tables, derived once from the JSON Schemas:
 * - a dataset is one table, one row per record;
 * - nested objects are flattened into `parent_child` columns; a property named `value` takes its parent's name
 *   (a date is `date`, `date_precision`…);
 * - a list becomes its own table, one row per item, keyed by the record id, the positions of the enclosing list
 *   items and the item's `position` (from 1); the owner keeps a `<list>_count` column, empty when the list is absent;
 * - every citation `{source, quote}`, wherever it sits, is one row of the `citations` table, located by JSON pointer.
 */

export interface Column {
  name: string;
  /**
   * `key`: record id or position that ties a list row to its owner; `count`: length of a list; `value`: a value of the
   * data; `derived`: computed from the records (derived.ts), found nowhere in the JSON.
   */
  role: 'key' | 'value' | 'count' | 'derived';
  /** Value: where it sits in the row's item (record or list item), `[]` for the item itself. Count: where the list sits. */
  path: string[];
  /** JSON Schema of the cell's value. */
  schema: Schema;
  title: Bilingual;
  description: Bilingual;
  required: boolean;
  /** Dataset whose `id` the value is. */
  references?: DatasetName;
  /**
   * What the cell says when the JSON leaves the value out but the object that would hold it is there: an optional
   * boolean left out is false (or its schema `default`), written `false`, never an empty cell.
   */
  absent?: unknown;
  /** How a derived column is computed. */
  derived?: Derivation;
}

/** A citation, or a list of citations, inside a table's items. */
export interface CitationSite {
  path: string[];
  many: boolean;
  /** Dotted schema path from the record root, e.g. `participants.citation`. */
  field: string;
}

export interface Table {
  name: string;
  /** Dataset the rows come from; none for `citations`, which gathers every dataset. */
  dataset?: DatasetName;
  /** The table a list table's rows belong to. */
  parent?: Table;
  /** Where the list sits in an item of the parent table. */
  pathInParent: string[];
  /** Dotted schema path of the list from the record root (empty for a dataset table). */
  listField: string;
  columns: Column[];
  primaryKey: string[];
  citations: CitationSite[];
  title: Bilingual;
  description: Bilingual;
}

export interface Layout {
  /** Dataset tables, each followed by its list tables (parents before children), then `citations`. */
  tables: Table[];
  citations: Table;
}

export type DatasetLabels = Record<DatasetName, { title: Bilingual; description: Bilingual }>;

const POSITION: Schema = { type: 'integer', minimum: 1 };
const FULL_DATE: Schema = { type: 'string', format: 'date' };
const BOOLEAN: Schema = { type: 'boolean' };
/** A calendar date YYYY-MM-DD (month 01–12, day 01–31): what a `format: date` branch of the schemas means. */
const DATE_PATTERN = '\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])';
const COUNT: Schema = { type: 'integer', minimum: 0 };
const SCALAR_TYPES = new Set(['string', 'number', 'integer', 'boolean']);

/** Sentences joined into one description, each ending with a full stop. */
const sentences = (parts: string[]) =>
  parts
    .filter((part) => part !== '')
    .map((part) => (/[.!?»)]$/.test(part) ? part : `${part}.`))
    .join(' ');

/** Labels of a flattened column: the titles along its path, and their descriptions as sentences. */
function labels(chain: SchemaNode[]): { title: Bilingual; description: Bilingual } {
  const title = (lang: keyof Bilingual) => chain.map((node) => node.title[lang]).filter((text) => text !== '').join(' — ');
  const description = (lang: keyof Bilingual) => sentences(chain.map((node) => node.description[lang]));
  return { title: { fr: title('fr'), en: title('en') }, description: { fr: description('fr'), en: description('en') } };
}

const join = (prefix: string, name: string) => (prefix === '' ? name : `${prefix}_${name}`);

class LayoutBuilder {
  readonly tables: Table[] = [];
  private readonly schemas: Schemas;
  private readonly citation: Schema;
  private readonly text: Schema;
  private readonly id: Schema;
  private readonly date: Schema;

  constructor(schemas: Schemas) {
    this.schemas = schemas;
    this.citation = sharedDefinition(schemas, 'citation');
    this.text = sharedDefinition(schemas, 'text');
    this.id = sharedDefinition(schemas, 'id');
    this.date = sharedDefinition(schemas, 'date');
  }

  addDataset(dataset: DatasetName, label: { title: Bilingual; description: Bilingual }): void {
    const root = resolve(this.schemas, this.schemas.datasets[dataset], this.schemas.datasets[dataset]);
    const table: Table = {
      name: dataset,
      dataset,
      pathInParent: [],
      listField: '',
      columns: [],
      primaryKey: ['id'],
      citations: [],
      ...label,
    };
    this.tables.push(table);
    const lists: PendingList[] = [];
    this.flattenProperties(table, root, lists, new Set(UNPUBLISHED[dataset] ?? []));
    if (!table.columns.some((column) => column.name === 'id')) throw new Error(`${dataset}: records have no id property`);
    this.addAncestors(dataset, table);
    this.addLists(dataset, table, lists, []);
  }

  /**
   * List tables of `owner`'s lists, then theirs, depth first. `ownerKeys` are the keys the owner's rows hand down: the
   * record id column and the positions of the enclosing list items (none for a dataset table, whose key is `id`).
   */
  private addLists(dataset: DatasetName, owner: Table, lists: PendingList[], ownerKeys: Column[]): void {
    for (const list of lists) {
      const recordKey = ownerKeys[0] ?? this.recordKey(owner, dataset);
      const ancestorPositions = ownerKeys.slice(1).concat(owner.parent === undefined ? [] : [this.ancestorPosition(owner)]);
      const keys: Column[] = [recordKey, ...ancestorPositions, this.position()];
      const field = [owner.listField, ...list.path].filter((part) => part !== '').join('.');
      const { title, description } = labels(list.chain);
      const table: Table = {
        name: listTableName(owner.name, list.prefix),
        dataset,
        parent: owner,
        pathInParent: list.path,
        listField: field,
        columns: [...keys],
        primaryKey: keys.map((key) => key.name),
        citations: [],
        title: { fr: `${owner.title.fr} — ${title.fr}`, en: `${owner.title.en} — ${title.en}` },
        description,
      };
      this.tables.push(table);
      const nested: PendingList[] = [];
      const item = list.items;
      if (isObjectSchema(item) && item.schema !== this.text) {
        this.flattenProperties(table, item, nested);
        this.addRepeated(table, item);
      } else {
        // A list of ids or of texts: the item is the value, named after the list in the singular.
        this.flatten(table, item, { prefix: singular(list.prefix), path: [], required: true, chain: [list.node], name: list.name }, nested);
      }
      this.addLists(dataset, table, nested, keys.slice(0, -1));
    }
  }

  /** `region`, `department`…: the ancestors of a record in its dataset's tree (derived.ts), right after `parent`. */
  private addAncestors(dataset: DatasetName, table: Table): void {
    const ancestors = ANCESTOR_COLUMNS[dataset] ?? [];
    const at = table.columns.findIndex((column) => column.name === 'parent');
    if (ancestors.length > 0 && at === -1) throw new Error(`${dataset}: ancestor columns need a parent property`);
    const columns = ancestors.map(({ name, level, title, description }): Column => {
      if (table.columns.some((existing) => existing.name === name)) throw new Error(`${table.name}: two columns named ${name}`);
      return { name, role: 'derived', path: [], schema: this.id, title, description, required: false, references: dataset, derived: { kind: 'ancestor', level } };
    });
    table.columns.splice(at + 1, 0, ...columns);
  }

  /**
   * A list item that names one of several records (`oneOf` of single required properties, e.g. a participant's
   * organisation or person) gets `repeated`: true when an earlier item of the list names the same one, so that counting
   * the rows where it is false counts each participant once, whatever its number of roles.
   */
  private addRepeated(table: Table, item: SchemaNode): void {
    const branches = item.schema.oneOf;
    if (!Array.isArray(branches)) return;
    const identity = branches.map((branch) => (branch as Schema).required);
    if (!identity.every((required) => Array.isArray(required) && required.length === 1)) return;
    const names = identity.map((required) => (required as string[])[0]!);
    if (!names.every((name) => table.columns.some((column) => column.name === name && column.references !== undefined))) return;
    this.addColumn(table, {
      name: 'repeated',
      role: 'derived',
      path: [],
      schema: BOOLEAN,
      title: { fr: 'Déjà nommé plus haut', en: 'Already named above' },
      description: {
        fr: `true si un élément précédent de la même liste nomme déjà ${names.join(' ou ')} (avec un autre rôle) ; false sinon. Pour compter chaque participant une fois, comptez les lignes où repeated vaut false.`,
        en: `true when an earlier item of the same list already names the same ${names.join(' or ')} (with another role); false otherwise. To count each participant once, count the rows where repeated is false.`,
      },
      required: true,
      derived: { kind: 'repeated', identity: names },
    });
  }

  private recordKey(owner: Table, dataset: DatasetName): Column {
    const idColumn = owner.columns.find((column) => column.name === 'id')!;
    const word = singular(dataset);
    return {
      name: `${word}_id`,
      role: 'key',
      path: [],
      schema: idColumn.schema,
      title: { fr: `${owner.title.fr} (identifiant)`, en: `${owner.title.en} (identifier)` },
      description: {
        fr: `Identifiant de l'enregistrement du jeu ${dataset} auquel la ligne appartient.`,
        en: `Identifier of the ${dataset} record the row belongs to.`,
      },
      required: true,
    };
  }

  /** Key column that names the item of the enclosing list a nested list belongs to, e.g. `objective_position`. */
  private ancestorPosition(owner: Table): Column {
    const list = owner.name.split('_').at(-1)!;
    return {
      name: `${singular(list)}_position`,
      role: 'key',
      path: [],
      schema: POSITION,
      title: { fr: `Rang dans « ${owner.title.fr} »`, en: `Position in '${owner.title.en}'` },
      description: {
        fr: `Rang, à partir de 1, de l'élément de ${owner.name}.csv auquel la ligne appartient.`,
        en: `Position, from 1, of the ${owner.name}.csv item the row belongs to.`,
      },
      required: true,
    };
  }

  private position(): Column {
    return {
      name: 'position',
      role: 'key',
      path: [],
      schema: POSITION,
      title: { fr: 'Rang', en: 'Position' },
      description: {
        fr: "Rang de l'élément dans sa liste, à partir de 1, dans l'ordre des données.",
        en: 'Position of the item in its list, from 1, in data order.',
      },
      required: true,
    };
  }

  /** The properties of a table's items (records or list items), each under its own name. */
  private flattenProperties(table: Table, node: SchemaNode, lists: PendingList[], omitted: ReadonlySet<string> = new Set()): void {
    const required = requiredOf(node);
    for (const [name, child] of propertiesOf(this.schemas, node)) {
      if (omitted.has(name)) continue;
      this.flatten(table, child, { prefix: name, path: [name], required: required.includes(name), chain: [child], name }, lists);
    }
  }

  /** Adds the columns, citation sites and pending lists of one value of a table's items. */
  private flatten(table: Table, node: SchemaNode, at: Place, lists: PendingList[]): void {
    const field = [table.listField, ...at.path].filter((part) => part !== '').join('.');
    if (node.schema === this.citation) {
      table.citations.push({ path: at.path, many: false, field });
      return;
    }
    if (isArraySchema(node)) {
      const items = resolve(this.schemas, (node.schema.items ?? {}) as Schema, node.document);
      const many = items.schema === this.citation;
      if (many) table.citations.push({ path: at.path, many: true, field });
      else lists.push({ node, items, path: at.path, prefix: at.prefix, chain: at.chain, name: at.name });
      const detail = many ? 'citations' : listTableName(table.name, at.prefix);
      const { title } = labels(at.chain);
      this.addColumn(table, {
        name: `${at.prefix}_count`,
        role: 'count',
        path: at.path,
        schema: COUNT,
        title: { fr: `${title.fr} (nombre)`, en: `${title.en} (count)` },
        description: {
          fr: `Nombre d'éléments de la liste, détaillée dans ${detail}.csv ; vide quand la liste est absente.`,
          en: `Number of items in the list, detailed in ${detail}.csv; empty when the list is absent.`,
        },
        required: at.required,
      });
      return;
    }
    if (isObjectSchema(node)) {
      const required = requiredOf(node);
      const minProperties = typeof node.schema.minProperties === 'number' ? node.schema.minProperties : 0;
      if (!at.required && required.length === 0 && minProperties === 0) {
        // An empty object and an absent one would both be empty cells.
        throw new Error(`${table.dataset}: optional object ${field} may be empty, which CSV cannot tell from absent`);
      }
      for (const [name, child] of propertiesOf(this.schemas, node)) {
        const prefix = name === 'value' ? at.prefix : join(at.prefix, name);
        const place = { prefix, path: [...at.path, name], required: at.required && required.includes(name), chain: [...at.chain, child], name };
        this.flatten(table, withConditionalPattern(node.schema, name, child), place, lists);
      }
      if (node.schema === this.date) this.addFullDate(table, at);
      return;
    }
    const schema = this.scalar(node, field);
    // An optional boolean left out means false (or its default): the cell says so rather than stay empty.
    const absent = !at.required && schema.type === 'boolean' ? (schema.default ?? false) : undefined;
    this.addColumn(table, {
      name: at.prefix,
      role: 'value',
      path: at.path,
      schema,
      ...labels(at.chain),
      required: at.required,
      references: this.referenceOf(table, node, at),
      ...(absent !== undefined && { absent }),
    });
  }

  /** `<date>_as_date`: a date of precision `day` as a typed calendar date, for tools that compute with dates. */
  private addFullDate(table: Table, at: Place): void {
    const { title } = labels(at.chain);
    this.addColumn(table, {
      name: `${at.prefix}_as_date`,
      role: 'derived',
      path: at.path,
      schema: FULL_DATE,
      title: { fr: `${title.fr} (date complète)`, en: `${title.en} (full date)` },
      description: {
        fr: `La date ${at.prefix} en type date quand sa précision est le jour ; vide pour une date au mois ou à l'année (voir ${at.prefix} et ${at.prefix}_precision).`,
        en: `The ${at.prefix} date typed as a date when its precision is day; empty for a month or year date (see ${at.prefix} and ${at.prefix}_precision).`,
      },
      required: false,
      derived: { kind: 'full-date', value: [...at.path, 'value'], precision: [...at.path, 'precision'] },
    });
  }

  private scalar(node: SchemaNode, field: string): Schema {
    const { type, enum: values, const: constant } = node.schema;
    if (Array.isArray(values) || constant !== undefined || (typeof type === 'string' && SCALAR_TYPES.has(type))) return node.schema;
    throw new Error(`${field}: the CSV layout has no column type for ${JSON.stringify(type ?? node.schema)}`);
  }

  private referenceOf(table: Table, node: SchemaNode, at: Place): DatasetName | undefined {
    if (node.schema !== this.id || (at.name === 'id' && table.parent === undefined)) return undefined;
    if (!(at.name in REFERENCE_TARGETS)) {
      throw new Error(`${table.dataset}: "${at.name}" holds an identifier but references.ts does not say which dataset it points to`);
    }
    const target = REFERENCE_TARGETS[at.name];
    return target === 'same' ? table.dataset : (target ?? undefined);
  }

  private addColumn(table: Table, column: Column): void {
    if (table.columns.some((existing) => existing.name === column.name)) throw new Error(`${table.name}: two columns named ${column.name}`);
    table.columns.push(column);
  }
}

/**
 * A string property whose pattern the schema gives only under conditions (`allOf` of `if`/`then`, e.g. a date's value,
 * whose form depends on its precision) gets the union of those patterns, so a Table Schema reader still refuses
 * 2017-13-45. A branch with `format: date` stands for a calendar date.
 */
function withConditionalPattern(parent: Schema, name: string, child: SchemaNode): SchemaNode {
  if (child.schema.type !== 'string' || child.schema.pattern !== undefined || !Array.isArray(parent.allOf)) return child;
  const patterns: string[] = [];
  for (const branch of parent.allOf as Schema[]) {
    const then = (branch.then as Schema | undefined)?.properties as Record<string, Schema> | undefined;
    const property = then?.[name];
    if (property === undefined) continue;
    if (property.format === 'date') patterns.push(`^${DATE_PATTERN}$`);
    else if (typeof property.pattern === 'string') patterns.push(property.pattern);
  }
  if (patterns.length === 0) return child;
  const unanchored = patterns.map((pattern) => pattern.replace(/^\^/, '').replace(/(?<!\\)\$$/, ''));
  return { ...child, schema: { ...child.schema, pattern: `^((${unanchored.join(')|(')}))$` } };
}

interface Place {
  /** Column name so far. */
  prefix: string;
  /** Property path in the item. */
  path: string[];
  /** Required along the whole path. */
  required: boolean;
  /** Nodes along the path, for the labels. */
  chain: SchemaNode[];
  /** Property name that holds the value (the list's name for the items of a list). */
  name: string;
}

interface PendingList {
  node: SchemaNode;
  items: SchemaNode;
  path: string[];
  prefix: string;
  chain: SchemaNode[];
  name: string;
}

/** The `citations` table: one row per citation anywhere in any record. */
function citationsTable(schemas: Schemas): Table {
  const citation = new Map(propertiesOf(schemas, resolve(schemas, sharedDefinition(schemas, 'citation'), schemas.defs)));
  const source = citation.get('source')!;
  const quote = citation.get('quote')!;
  const column = (name: string, schema: Schema, fr: [string, string], en: [string, string], extra: Partial<Column> = {}): Column => ({
    name,
    role: 'value',
    path: [],
    schema,
    title: { fr: fr[0], en: en[0] },
    description: { fr: fr[1], en: en[1] },
    required: true,
    ...extra,
  });
  const id = sharedDefinition(schemas, 'id');
  return {
    name: 'citations',
    pathInParent: [],
    listField: '',
    primaryKey: ['dataset', 'record_id', 'pointer'],
    citations: [],
    title: { fr: 'Citations', en: 'Citations' },
    description: {
      fr: "Chaque citation de chaque enregistrement : l'extrait exact d'une source qui prouve un fait, et où il se trouve dans l'enregistrement.",
      en: 'Every citation of every record: the exact excerpt of a source that proves a fact, and where it sits in the record.',
    },
    columns: [
      column('dataset', { enum: [...DATASETS] }, ['Jeu', "Jeu de données de l'enregistrement cité."], ['Dataset', 'Dataset of the record.']),
      column('record_id', id, ['Enregistrement', "Identifiant de l'enregistrement dans son jeu."], ['Record', 'Identifier of the record in its dataset.']),
      column(
        'pointer',
        { type: 'string' },
        ['Emplacement', "Pointeur JSON (RFC 6901) de la citation dans l'enregistrement de <jeu>.json, indices à partir de 0."],
        ['Location', 'JSON pointer (RFC 6901) of the citation in the record of <dataset>.json, indexes from 0.'],
      ),
      column(
        'field',
        { type: 'string' },
        ['Champ', 'Chemin du champ dans le schéma, sans indices (ex. participants.citation).'],
        ['Field', 'Path of the field in the schema, without indexes (e.g. participants.citation).'],
      ),
      column(
        'position',
        POSITION,
        ['Rang', "Rang (à partir de 1) de l'élément de liste qui porte la citation, comme la colonne position de la table de cette liste ; vide pour une citation hors liste."],
        ['Position', 'Position (from 1) of the list item that carries the citation, as the position column of that list table; empty for a citation outside any list.'],
        { required: false },
      ),
      { name: 'source', role: 'value', path: ['source'], schema: source.schema, ...labels([source]), required: true, references: 'sources' },
      { name: 'quote', role: 'value', path: ['quote'], schema: quote.schema, ...labels([quote]), required: true },
    ],
  };
}

/** The tables of the snapshot, derived from the JSON Schemas. */
export function tableLayout(schemas: Schemas, datasets: DatasetLabels): Layout {
  const builder = new LayoutBuilder(schemas);
  for (const dataset of DATASETS) builder.addDataset(dataset, datasets[dataset]);
  const citations = citationsTable(schemas);
  return { tables: [...builder.tables, citations], citations };
}
