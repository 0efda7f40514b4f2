// The codebook, generated from the schemas: every coded field with its coding rule (`x-coding-rule`) and, for each
// code, its words (`x-enum-labels`) and rule with an example (`x-enum-rules`). The rules live once, in schemas/;
// the snapshot's CODEBOOK.md, the package README and the site's method page are all made from this module.
// No Node built-ins here: the site imports it at build time.

export interface Words {
  fr: string;
  en: string;
}

type Node = { [keyword: string]: unknown };
const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null && !Array.isArray(value);

export interface CodedValue {
  code: string;
  label: Words;
  rule: Words;
  example?: Words;
}

export interface CodedField {
  /** Dotted path of the field in its dataset (`status[].value`), or the name of a shared definition (`date.precision`). */
  field: string;
  title: Words;
  description: Words;
  /** The rule for the field as a whole (e.g. when `inferred` is true, what a theme needs). */
  rule?: { text: Words; example: Words };
  values: CodedValue[];
}

export interface CodebookSection {
  /** Dataset name, or `defs` for the shared definitions. */
  name: string;
  title: Words;
  fields: CodedField[];
}

/** The schemas the codebook reads: the shared definitions and one schema per dataset (in publication order). */
export interface CodebookSchemas {
  defs: Node;
  datasets: Record<string, Node>;
}

/** A theme record (themes dataset): its codes are data, not an enum. */
export interface ThemeRecord {
  id: string;
  label: Words;
  definition: Words;
}

const words = (node: Node, key: 'title' | 'description'): Words => ({ fr: String(node[key] ?? ''), en: String(node[`x-${key}-en`] ?? '') });

function rule(value: unknown): { text: Words; example: Words } | undefined {
  if (!isNode(value) || !isNode(value.example)) return undefined;
  return { text: { fr: String(value.fr), en: String(value.en) }, example: { fr: String(value.example.fr), en: String(value.example.en) } };
}

/** Every coded field under `node`, depth first in schema order; `$ref`s are not followed (shared ones have their own section). */
function codedFields(node: unknown, path: string, into: CodedField[]): CodedField[] {
  if (!isNode(node)) return into;
  const enumRules = isNode(node['x-enum-rules']) ? node['x-enum-rules'] : undefined;
  if (enumRules !== undefined || 'x-coding-rule' in node) {
    const labels = isNode(node['x-enum-labels']) ? node['x-enum-labels'] : {};
    const values = ((node.enum as string[] | undefined) ?? []).map((code) => {
      const valueRule = rule(enumRules?.[code]);
      const label = labels[code] as Words | undefined;
      return { code, label: label ?? { fr: code, en: code }, rule: valueRule?.text ?? { fr: '', en: '' }, example: valueRule?.example };
    });
    into.push({ field: path, title: words(node, 'title'), description: words(node, 'description'), rule: rule(node['x-coding-rule']), values });
  }
  if (isNode(node.properties)) for (const [name, child] of Object.entries(node.properties)) codedFields(child, path ? `${path}.${name}` : name, into);
  if (isNode(node.items)) codedFields(node.items, `${path}[]`, into);
  return into;
}

/** The codebook: one section per dataset with coded fields, then the shared definitions; themes list their codes. */
export function codebook(schemas: CodebookSchemas, themes: readonly ThemeRecord[] = []): CodebookSection[] {
  const sections: CodebookSection[] = [];
  for (const [name, schema] of Object.entries(schemas.datasets)) {
    const fields = codedFields(schema, '', []);
    for (const field of fields) {
      if (name === 'initiatives' && field.field === 'themes') {
        field.values = themes.map((theme) => ({ code: theme.id, label: theme.label, rule: theme.definition }));
      }
    }
    if (fields.length > 0) sections.push({ name, title: words(schema, 'title'), fields });
  }
  const defs = isNode(schemas.defs.$defs) ? schemas.defs.$defs : {};
  const shared = Object.entries(defs).flatMap(([name, def]) => codedFields(def, name, []));
  if (shared.length > 0) sections.push({ name: 'defs', title: words(schemas.defs, 'title'), fields: shared });
  return sections;
}

export interface CodebookInput {
  schemas: CodebookSchemas;
  themes?: readonly ThemeRecord[];
  /** The scope statement (data/metadata.json `scope`). */
  scope: Words;
  /** Levels to add to every heading, to nest the codebook in another document (the package README). */
  headingOffset?: number;
}

const HEAD = {
  fr: { title: 'Livre de codes', scope: 'Périmètre', rules: 'Règles de codage', code: 'Code', label: 'Libellé', rule: 'Règle', example: 'Exemple', field: 'Règle du champ' },
  en: { title: 'Codebook', scope: 'Scope', rules: 'Coding rules', code: 'Code', label: 'Label', rule: 'Rule', example: 'Example', field: 'Field rule' },
} as const;

const cell = (text: string) => text.replaceAll('|', '\\|').replaceAll('\n', ' ');

/** The codebook as Markdown in one language, after the scope statement. */
export function codebookMarkdown(input: CodebookInput, lang: 'fr' | 'en'): string {
  const head = HEAD[lang];
  const h = (level: number) => '#'.repeat(level + (input.headingOffset ?? 0));
  const colon = lang === 'fr' ? ' :' : ':';
  const lines = [`${h(1)} ${head.title}`, '', `${h(2)} ${head.scope}`, '', input.scope[lang], '', `${h(2)} ${head.rules}`, ''];
  for (const section of codebook(input.schemas, input.themes)) {
    lines.push(`${h(3)} ${section.title[lang]} (\`${section.name}\`)`, '');
    for (const field of section.fields) {
      lines.push(`${h(4)} \`${field.field}\` — ${field.title[lang]}`, '', field.description[lang], '');
      if (field.rule) lines.push(`*${head.field}*${colon} ${field.rule.text[lang]} — *${head.example}*${colon} ${field.rule.example[lang]}`, '');
      if (field.values.length > 0) {
        lines.push(`| ${head.code} | ${head.label} | ${head.rule} | ${head.example} |`, '| --- | --- | --- | --- |');
        for (const value of field.values) {
          lines.push(`| \`${value.code}\` | ${cell(value.label[lang])} | ${cell(value.rule[lang])} | ${cell(value.example?.[lang] ?? '')} |`);
        }
        lines.push('');
      }
    }
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

/** The whole codebook, French first then English: CODEBOOK.md of the snapshot, and the package README's section. */
export function codebookDocument(input: CodebookInput): string {
  return `${codebookMarkdown(input, 'fr')}\n---\n\n${codebookMarkdown(input, 'en')}`;
}
