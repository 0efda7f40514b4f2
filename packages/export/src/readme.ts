import { DATASETS, type Located } from '@acces-soins/validate';
import type { CitationInfo } from './citation.ts';
import type { Layout, Table } from './layout.ts';
import { licenceName } from './licences.ts';
import type { Metadata } from './metadata.ts';
import type { Bilingual } from './schema-node.ts';

export interface ReadmeInput {
  version: string;
  date: string;
  metadata: Metadata;
  zipName: string;
  layout: Layout;
  rowCounts: Map<Table, number>;
  sources: Located[];
  citation: CitationInfo;
}

/** Markdown table cell: pipes and line breaks would break the row. */
const cell = (text: string) => text.replaceAll('|', '\\|').replace(/\s*\n\s*/g, ' ');

const row = (cells: string[]) => `| ${cells.map(cell).join(' | ')} |`;

function filesTable(input: ReadmeInput): string[] {
  const { layout, rowCounts, metadata } = input;
  const lines = [row(['Fichier / File', 'Lignes / Rows', 'Contenu', 'Content']), '| --- | ---: | --- | --- |'];
  for (const table of layout.tables) {
    lines.push(row([`\`${table.name}.csv\``, String(rowCounts.get(table)), table.title.fr, table.title.en]));
  }
  for (const dataset of DATASETS) {
    const { title } = metadata.datasets[dataset];
    const count = rowCounts.get(layout.tables.find((table) => table.name === dataset)!)!;
    lines.push(row([`\`${dataset}.json\``, String(count), `${title.fr} : enregistrements complets (JSON)`, `${title.en}: full records (JSON)`]));
  }
  lines.push(
    row(['`excel/*.csv`', '', 'Les mêmes CSV pour tableur français : `;`, UTF-8 avec BOM, virgule décimale', 'The same CSVs for spreadsheets set to French: `;`, UTF-8 with BOM, decimal comma']),
    row(['`datapackage.json`', '', 'Description Data Package 2.0 : colonnes, types, clés, licences, sources', 'Data Package 2.0 descriptor: columns, types, keys, licences, sources']),
    row(['`CITATION.cff`, `citation.bib`, `citation.json`', '', 'Comment citer (CFF, BibTeX, CSL-JSON)', 'How to cite (CFF, BibTeX, CSL-JSON)']),
    row(['`README.md`', '', 'Ce fichier', 'This file']),
  );
  return lines;
}

function sourceLines(sources: Located[], lang: keyof Bilingual): string[] {
  return sources.map(({ record }) => {
    const title = (record.title as Bilingual)[lang];
    const reference = typeof record.package === 'string' ? ` — \`${record.package}\` ${String(record.version)} (${String(record.licence)})` : '';
    return `- ${title}${reference}`;
  });
}

interface JoinExample {
  list: Table;
  owner: Table;
  column: string;
  target: string;
}

/** A join of the longest list table of records that points to another dataset, with its owner and that dataset. */
function joinExample(layout: Layout, rowCounts: Map<Table, number>): JoinExample | undefined {
  const candidates: JoinExample[] = [];
  for (const list of layout.tables) {
    const owner = list.parent;
    const column = list.columns.find((candidate) => candidate.role === 'value' && candidate.references !== undefined && candidate.references !== list.dataset);
    if (owner !== undefined && owner.parent === undefined && column !== undefined) candidates.push({ list, owner, column: column.name, target: column.references! });
  }
  return candidates.sort((a, b) => rowCounts.get(b.list)! - rowCounts.get(a.list)!)[0];
}

function codeExamples(input: ReadmeInput, lang: keyof Bilingual): string[] {
  const example = joinExample(input.layout, input.rowCounts);
  const first = DATASETS.find((dataset) => dataset === example?.owner.name) ?? DATASETS[0];
  const comment = (fr: string, en: string) => (lang === 'fr' ? fr : en);
  const lines = [
    '```r',
    comment('# Tout en texte, cellule vide = NA', '# Everything as text, empty cell = NA'),
    `${first} <- readr::read_csv("${first}.csv", col_types = readr::cols(.default = "c"), na = "")`,
    comment('# Avec les types et les clés de datapackage.json', '# With the types and keys of datapackage.json'),
    'package <- frictionless::read_package("datapackage.json")',
    `${first} <- frictionless::read_resource(package, "${first}")`,
    '```',
    '',
    '```python',
    'import pandas as pd',
    `${first} = pd.read_csv("${first}.csv", dtype=str, keep_default_na=False, na_values=[""])`,
    comment('# Sans dépendance : csv.DictReader(open("…", newline="", encoding="utf-8"))', '# No dependency: csv.DictReader(open("…", newline="", encoding="utf-8"))'),
    '```',
  ];
  if (example !== undefined) {
    const key = example.list.primaryKey[0];
    lines.push(
      '',
      '```sql',
      comment(`-- DuckDB : ${example.list.name} avec ${example.owner.name} et ${example.target}`, `-- DuckDB: ${example.list.name} with ${example.owner.name} and ${example.target}`),
      'SELECT *',
      `FROM read_csv('${example.list.name}.csv', all_varchar = true) AS list`,
      `JOIN read_csv('${example.owner.name}.csv', all_varchar = true) AS owner ON owner.id = list.${key}`,
      `LEFT JOIN read_csv('${example.target}.csv', all_varchar = true) AS target ON target.id = list.${example.column};`,
      '```',
    );
  }
  return lines;
}

function citationText(input: ReadmeInput): string {
  const { citation } = input;
  return `${citation.authors.join(', ')} (${citation.date.slice(0, 4)}). *${citation.title}* (version ${citation.version}, ${citation.date}) [dataset]. ${licenceName(citation.licence)}.`;
}

function french(input: ReadmeInput): string[] {
  const { metadata, version, date } = input;
  return [
    '## Français',
    '',
    '### Citer',
    '',
    `Citez la version (${version}) et la date des données (${date}) :`,
    '',
    `> ${citationText(input)}`,
    '',
    'Les mêmes informations sont dans `CITATION.cff` (Citation File Format), `citation.bib` (BibTeX) et `citation.json` (CSL-JSON, pour Zotero).',
    '',
    '### Licences',
    '',
    `- Données : ${licenceName(metadata.licences.data)} (\`${metadata.licences.data}\`) ; réutilisation libre en mentionnant la source et la date de dernière mise à jour.`,
    `- Code du projet : ${licenceName(metadata.licences.code)} (\`${metadata.licences.code}\`).`,
    '- Les textes sources ne sont pas redistribués : seuls leur titre, leur empreinte SHA-256 et les courts extraits cités (colonne `quote`) le sont.',
    '',
    '### Sources',
    '',
    ...sourceLines(input.sources, 'fr'),
    '',
    '### Organisation des tables',
    '',
    '- Un fichier par jeu (`<jeu>.csv`, une ligne par enregistrement, même ordre que `<jeu>.json`). Les objets imbriqués deviennent des colonnes `parent_enfant` : `title_fr`, `title_en`, `period_start`, `period_start_precision`…',
    "- Dates : `date` (AAAA, AAAA-MM ou AAAA-MM-JJ selon la précision), `date_precision` (day, month, year), `date_approximation` (early, mid, late : début, mi-, fin de mois), `date_inferred` (true si l'année ou le jour est déduit du contexte), `date_reasoning_fr` et `date_reasoning_en` (la déduction).",
    "- Listes : une table par liste, nommée `<jeu au singulier>_<liste>.csv` (ex. `initiative_participants.csv`), une ligne par élément, avec l'identifiant de l'enregistrement (`<jeu au singulier>_id`) et `position` (rang à partir de 1). L'enregistrement garde `<liste>_count`, le nombre d'éléments (vide quand la liste est absente).",
    "- Citations : `citations.csv`, une ligne par citation de n'importe quel enregistrement : `dataset`, `record_id`, `pointer` (pointeur JSON dans `<jeu>.json`, indices à partir de 0), `field` (ex. `participants.citation`), `position` (rang de l'élément de liste qui porte la citation), `source`, `quote`. La citation d'une ligne de liste se retrouve par `dataset`, `record_id`, `field` et `position`.",
    "- Cellule vide = valeur absente. Aucune valeur n'est une chaîne vide : l'export la refuse, car un CSV ne peut pas la distinguer d'une absence.",
    '- UTF-8 sans BOM, séparateur virgule, guillemets doubles, fin de ligne CRLF (RFC 4180), ligne d’en-tête ; nombres avec un point décimal ; booléens `true` et `false`.',
    "- `datapackage.json` décrit chaque colonne (type, contraintes, titre et description en français ; en anglais dans `x-title-en` et `x-description-en` ; pour une colonne codée, le libellé de chaque code dans `categories`, en anglais dans `x-categories-en`), la clé primaire et les clés étrangères. `x-json-pointer` donne l'emplacement de la valeur dans l'enregistrement JSON, `x-json-list` la liste comptée ou détaillée, `x-parent` la table mère, `x-verified` et `x-review-by` la date de vérification et de revue.",
    '',
    '### Ouvrir les fichiers',
    '',
    "- Tableur : les copies du dossier `excel/` (séparateur `;`, UTF-8 avec BOM, virgule décimale) s'ouvrent d'un double-clic dans Excel réglé en français, accents compris ; LibreOffice Calc les importe en reconnaissant l'UTF-8 (séparateur point-virgule). Pour les CSV principaux : Données > À partir d'un fichier texte/CSV, encodage UTF-8 (65001), séparateur virgule. Importez en texte les colonnes de codes et de dates (`code`, `date`…) pour garder les zéros initiaux (ex. `04`) et les dates partielles (ex. `2022-05`).",
    '- R, Python, DuckDB :',
    '',
    ...codeExamples(input, 'fr'),
    '',
  ];
}

function english(input: ReadmeInput): string[] {
  const { metadata, version, date } = input;
  return [
    '## English',
    '',
    '### How to cite',
    '',
    `Cite the version (${version}) and the data's date (${date}):`,
    '',
    `> ${citationText(input)}`,
    '',
    'The same information is in `CITATION.cff` (Citation File Format), `citation.bib` (BibTeX) and `citation.json` (CSL-JSON, for Zotero).',
    '',
    '### Licences',
    '',
    `- Data: ${licenceName(metadata.licences.data)} (\`${metadata.licences.data}\`); free reuse, crediting the source and the date of the last update.`,
    `- Project code: ${licenceName(metadata.licences.code)} (\`${metadata.licences.code}\`).`,
    '- The source texts are not redistributed: only their title, SHA-256 digest and the short quoted excerpts (`quote` column) are.',
    '',
    '### Sources',
    '',
    ...sourceLines(input.sources, 'en'),
    '',
    '### Table layout',
    '',
    '- One file per dataset (`<dataset>.csv`, one row per record, same order as `<dataset>.json`). Nested objects become `parent_child` columns: `title_fr`, `title_en`, `period_start`, `period_start_precision`…',
    '- Dates: `date` (YYYY, YYYY-MM or YYYY-MM-DD according to the precision), `date_precision` (day, month, year), `date_approximation` (early, mid, late in the month), `date_inferred` (true when the year or day is read from context), `date_reasoning_fr` and `date_reasoning_en` (how).',
    "- Lists: one table per list, named `<dataset in the singular>_<list>.csv` (e.g. `initiative_participants.csv`), one row per item, with the record's identifier (`<dataset in the singular>_id`) and `position` (from 1). The record keeps `<list>_count`, the number of items (empty when the list is absent).",
    '- Citations: `citations.csv`, one row per citation anywhere in any record: `dataset`, `record_id`, `pointer` (JSON pointer in `<dataset>.json`, indexes from 0), `field` (e.g. `participants.citation`), `position` (position of the list item that carries the citation), `source`, `quote`. The citation of a list row is found by `dataset`, `record_id`, `field` and `position`.',
    '- Empty cell = absent value. No value is an empty string: the export refuses one, as a CSV cannot tell it from an absent value.',
    '- UTF-8 without BOM, comma separator, double quotes, CRLF line ends (RFC 4180), a header row; numbers with a decimal point; booleans `true` and `false`.',
    '- `datapackage.json` describes every column (type, constraints, French title and description; English in `x-title-en` and `x-description-en`; for a coded column, the words for each code in `categories`, in English in `x-categories-en`), the primary key and the foreign keys. `x-json-pointer` gives where the value sits in the JSON record, `x-json-list` the list counted or detailed, `x-parent` the parent table, `x-verified` and `x-review-by` the dates of verification and review.',
    '',
    '### Opening the files',
    '',
    "- Spreadsheet: the copies in `excel/` (`;` separator, UTF-8 with BOM, decimal comma) open with a double click in Excel set to French, accents intact; LibreOffice Calc imports them recognising UTF-8 (semicolon separator). Elsewhere, open the main CSVs with Data > From Text/CSV, encoding UTF-8 (65001), comma separator. Import code and date columns (`code`, `date`…) as text to keep leading zeros (e.g. `04`) and partial dates (e.g. `2022-05`).",
    '- R, Python, DuckDB:',
    '',
    ...codeExamples(input, 'en'),
    '',
  ];
}

/** README.md of the snapshot: what each file is, how to cite, licences, sources, the data's date, how to open the files. */
export function readme(input: ReadmeInput): string {
  const { metadata, version, date, zipName } = input;
  return [
    `# ${metadata.title.fr}`,
    '',
    `*${metadata.title.en}*`,
    '',
    `Version ${version} — données vérifiées le ${date} / data verified on ${date}.`,
    '',
    metadata.description.fr,
    '',
    metadata.description.en,
    '',
    '## Fichiers / Files',
    '',
    ...filesTable(input),
    '',
    `Tout est dans \`${zipName}\` ; \`SHA256SUMS\` donne l'empreinte de chaque fichier (\`sha256sum -c SHA256SUMS\`). Everything is in \`${zipName}\`; \`SHA256SUMS\` gives each file's digest (\`sha256sum -c SHA256SUMS\`).`,
    '',
    ...french(input),
    ...english(input),
  ].join('\n');
}
