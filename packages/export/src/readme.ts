import { DATASETS, type Located } from '@acces-soins/validate';
import { citationText, type CitationInfo } from './citation.ts';
import type { Layout, Table } from './layout.ts';
import { licenceName } from './licences.ts';
import { VIEWS } from './typed.ts';
import type { Metadata } from './metadata.ts';
import type { Bilingual } from './schema-node.ts';

export interface ReadmeInput {
  name: string;
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
  const { layout, rowCounts, metadata, name } = input;
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
    row(['`parquet/*.parquet`', '', 'Chaque table en Parquet, typée : codes en texte, nombres, booléens, dates complètes en DATE', 'Each table as Parquet, typed: codes as text, numbers, booleans, full dates as DATE']),
    row([`\`${name}.sqlite\``, '', 'Base SQLite : toutes les tables, clés primaires et étrangères, index, vues', 'SQLite database: every table, primary and foreign keys, indexes, views']),
    row([`\`${name}.xlsx\``, '', 'Classeur (Excel, LibreOffice) : une feuille par table, codes en cellules texte, feuille README', 'Workbook (Excel, LibreOffice): one sheet per table, codes as text cells, a README sheet']),
    row(['`CHANGES.csv`', '', 'Chaque enregistrement ajouté, modifié ou retiré par version, et les champs concernés', 'Every record added, changed or removed by each version, and the fields concerned']),
    row(['`datapackage.json`', '', 'Description Data Package 2.0 : colonnes, types, contraintes, clés, licences, sources', 'Data Package 2.0 descriptor: columns, types, constraints, keys, licences, sources']),
    row(['`CITATION.cff`, `citation.bib`, `citation.json`, `zenodo.json`', '', 'Comment citer (CFF, BibTeX, CSL-JSON) ; métadonnées de dépôt Zenodo pour un DOI (format `.zenodo.json`)', 'How to cite (CFF, BibTeX, CSL-JSON); Zenodo deposit metadata for a DOI (`.zenodo.json` format)']),
    row(['`SHA256SUMS`, `manifest.json`', '', 'Empreintes SHA-256 et liste des fichiers', 'SHA-256 digests and file list']),
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

/**
 * The snippets of the README, in the order shown. Each runs, as written, from the unzipped folder: a test executes
 * every block with the tool it names (DuckDB from npm, python3's standard csv and sqlite3, sh). A block for a tool
 * the project does not install starts with an `untested` comment and is not run.
 */
export function codeExamples(name: string): string[] {
  return [
    '```sql',
    '-- DuckDB : les tables Parquet gardent leurs types (code VARCHAR, compteurs BIGINT, booléens, dates DATE)',
    '-- DuckDB: the Parquet tables keep their types (code VARCHAR, counts BIGINT, booleans, dates DATE)',
    "SELECT id, level, code, name, region, department FROM 'parquet/territories.parquet' ORDER BY id;",
    '```',
    '',
    '```sql',
    "-- DuckDB, CSV : les types viennent de datapackage.json ; sans eux, donnez-les (ici les codes en texte)",
    '-- DuckDB, CSV: the types come from datapackage.json; without it, give them (here codes as text)',
    "SELECT id, code FROM read_csv('territories.csv', types = {'code': 'VARCHAR'}) ORDER BY id;",
    '```',
    '',
    '```sql',
    "-- DuckDB : participants par initiative, chacun compté une fois (repeated = false) quel que soit le nombre de ses rôles",
    '-- DuckDB: participants per initiative, each counted once (repeated = false) whatever its number of roles',
    'SELECT i.id, i.title_fr, COUNT(*) FILTER (WHERE NOT p.repeated) AS participants',
    "FROM 'parquet/initiatives.parquet' AS i",
    "LEFT JOIN 'parquet/initiative_participants.parquet' AS p ON p.initiative_id = i.id",
    'GROUP BY i.id, i.title_fr ORDER BY participants DESC, i.id;',
    '```',
    '',
    '```python',
    '# Python, module csv standard : tout est texte, les codes gardent leurs zéros',
    '# Python, standard csv module: everything is text, codes keep their zeros',
    'import csv',
    'with open("territories.csv", newline="", encoding="utf-8") as file:',
    '    territories = list(csv.DictReader(file))',
    'print(len(territories), territories[0]["code"] if territories else None)',
    '```',
    '',
    '```python',
    '# Python, module sqlite3 standard : tables, clés étrangères et vues de la base SQLite',
    '# Python, standard sqlite3 module: tables, foreign keys and views of the SQLite database',
    'import sqlite3',
    `database = sqlite3.connect("${name}.sqlite")`,
    'database.execute("PRAGMA foreign_keys = ON")',
    'for row in database.execute("SELECT organisation, name_fr, initiatives, events FROM participation_per_organisation LIMIT 5"):',
    '    print(row)',
    'print(database.execute("PRAGMA foreign_key_check").fetchall())',
    '```',
    '',
    '```sh',
    '# Vérifier les fichiers / Check the files',
    'sha256sum -c SHA256SUMS',
    '```',
    '',
    '```python',
    '# untested — non testé : pandas n’est pas installé par le projet / pandas is not installed by the project',
    'import pandas as pd',
    'territories = pd.read_parquet("parquet/territories.parquet")  # types kept; or:',
    'territories = pd.read_csv("territories.csv", dtype=str, keep_default_na=False, na_values=[""])',
    '```',
    '',
    '```r',
    '# untested — non testé : R n’est pas installé par le projet / R is not installed by the project',
    'territories <- arrow::read_parquet("parquet/territories.parquet")  # types kept; or:',
    'territories <- readr::read_csv("territories.csv", col_types = readr::cols(.default = "c"), na = "")',
    '```',
  ];
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
    `> ${citationText(input.citation)}`,
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
    "- Dates complètes : `<date>_as_date` reprend la date en type date quand sa précision est le jour, vide sinon. Chaque valeur de date suit le motif de sa précision (`datapackage.json`, contrainte `pattern`) : 2017-13-45 est refusée.",
    "- Booléens : toujours `true` ou `false` quand l'objet qui les porte existe (une date déduite ou non) ; `false` quand le JSON omet la valeur (`x-json-default` dans `datapackage.json`). Vides seulement quand l'objet lui-même est absent (pas de date).",
    '- Territoires : `region` et `department` donnent la région et le département de chaque territoire (lui-même pour une région ou un département), calculés en suivant `parent`. Les codes (`code`) sont du texte : `04`, `09257` gardent leurs zéros.',
    "- Participants : une organisation peut figurer plusieurs fois dans une liste, une ligne par rôle. `repeated` vaut `true` pour les lignes qui la nomment à nouveau : comptez les lignes où `repeated` vaut `false` pour compter chaque participant une fois. La base SQLite a la vue `initiative_organisations` (une ligne par initiative et organisation, rôles réunis).",
    "- `CHANGES.csv` : chaque enregistrement ajouté (`added`), modifié (`changed`) ou retiré (`removed`) par chaque version (`version`, comparée à `previous_version`), avec les propriétés concernées (`fields`).",
    "- Cellule vide = valeur absente. Aucune valeur n'est une chaîne vide : l'export la refuse, car un CSV ne peut pas la distinguer d'une absence.",
    '- UTF-8 sans BOM, séparateur virgule, guillemets doubles, fin de ligne CRLF (RFC 4180), ligne d’en-tête ; nombres avec un point décimal ; booléens `true` et `false`.',
    "- `datapackage.json` décrit chaque colonne (type, contraintes, titre et description en français ; en anglais dans `x-title-en` et `x-description-en` ; pour une colonne codée, le libellé de chaque code dans `categories`, en anglais dans `x-categories-en`), la clé primaire et les clés étrangères. `x-json-pointer` donne l'emplacement de la valeur dans l'enregistrement JSON, `x-json-list` la liste comptée ou détaillée, `x-parent` la table mère, `x-verified` et `x-review-by` la date de vérification et de revue ; `x-derived` marque une colonne calculée (`region`, `department`, `repeated`, `<date>_as_date`), absente du JSON.",
    '',
    '### Ouvrir les fichiers',
    '',
    `- Tableur (Excel, LibreOffice Calc, Numbers) : ouvrez \`${input.name}.xlsx\` d'un double-clic. Une feuille par table ; les codes, identifiants et dates partielles sont des cellules texte (\`09257\` garde son zéro, \`2022-05\` reste un mois), les nombres des nombres, les dates complètes des dates ; la feuille README dit ce que contient chaque feuille. Les CSV, eux, sont pour les programmes : un tableur les ouvre sans leurs types.`,
    `- SQLite : \`${input.name}.sqlite\` a toutes les tables, leurs clés primaires et étrangères (activez-les avec \`PRAGMA foreign_keys = ON\`), un index par clé étrangère et ces vues :`,
    ...VIEWS.map((view) => `  - \`${view.name}\` : ${view.description.fr}`),
    '- DuckDB, SQLite, Python, R : exemples ci-dessous (section « Code »).',
    '',
    "- Sommes de contrôle : `SHA256SUMS` liste chaque fichier de l'archive sauf lui-même et `manifest.json` ; `manifest.json` liste chaque fichier de l'archive sauf lui-même, avec taille et empreinte (celui publié à côté de l'archive liste aussi l'archive). Un fichier ne peut pas contenir sa propre empreinte, ni celle d'un fichier qui contient la sienne.",
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
    `> ${citationText(input.citation)}`,
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
    '- Full dates: `<date>_as_date` repeats the date typed as a date when its precision is day, empty otherwise. Every date value follows the pattern of its precision (`datapackage.json`, `pattern` constraint): 2017-13-45 is refused.',
    '- Booleans: always `true` or `false` when the object that holds them exists (a date inferred or not); `false` when the JSON leaves the value out (`x-json-default` in `datapackage.json`). Empty only when the object itself is absent (no date).',
    "- Territories: `region` and `department` give each territory's region and department (itself for a region or a department), computed by following `parent`. Codes (`code`) are text: `04`, `09257` keep their zeros.",
    '- Participants: an organisation may appear several times in a list, one row per role. `repeated` is `true` on the rows that name it again: count the rows where `repeated` is `false` to count each participant once. The SQLite database has the view `initiative_organisations` (one row per initiative and organisation, roles joined).',
    '- `CHANGES.csv`: every record added (`added`), changed (`changed`) or removed (`removed`) by each version (`version`, compared with `previous_version`), with the properties concerned (`fields`).',
    '- UTF-8 without BOM, comma separator, double quotes, CRLF line ends (RFC 4180), a header row; numbers with a decimal point; booleans `true` and `false`.',
    '- `datapackage.json` describes every column (type, constraints, French title and description; English in `x-title-en` and `x-description-en`; for a coded column, the words for each code in `categories`, in English in `x-categories-en`), the primary key and the foreign keys. `x-json-pointer` gives where the value sits in the JSON record, `x-json-list` the list counted or detailed, `x-parent` the parent table, `x-verified` and `x-review-by` the dates of verification and review; `x-derived` marks a computed column (`region`, `department`, `repeated`, `<date>_as_date`), absent from the JSON.',
    '',
    '### Opening the files',
    '',
    `- Spreadsheet (Excel, LibreOffice Calc, Numbers): open \`${input.name}.xlsx\` with a double click. One sheet per table; codes, identifiers and partial dates are text cells (\`09257\` keeps its zero, \`2022-05\` stays a month), numbers are numbers, full dates are dates; the README sheet says what each sheet holds. The CSVs are for programs: a spreadsheet opens them without their types.`,
    `- SQLite: \`${input.name}.sqlite\` has every table, its primary and foreign keys (turn them on with \`PRAGMA foreign_keys = ON\`), an index per foreign key and these views:`,
    ...VIEWS.map((view) => `  - \`${view.name}\`: ${view.description.en}`),
    '- DuckDB, SQLite, Python, R: examples below (section "Code").',
    '',
    "- Checksums: `SHA256SUMS` lists every file of the archive but itself and `manifest.json`; `manifest.json` lists every file of the archive but itself, with size and digest (the one published beside the archive also lists the archive). A file cannot hold its own digest, nor that of a file that holds its digest.",
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
    `Tout est dans \`${zipName}\` ; \`sha256sum -c SHA256SUMS\` vérifie chaque fichier (voir « Sommes de contrôle »). Everything is in \`${zipName}\`; \`sha256sum -c SHA256SUMS\` checks every file (see "Checksums").`,
    '',
    ...french(input),
    ...english(input),
    '## Code',
    '',
    'Depuis le dossier décompressé. Chaque bloc est exécuté par les tests du projet avec l’outil qu’il nomme, sauf ceux marqués « untested ». / From the unzipped folder. The project’s tests run every block with the tool it names, except those marked "untested".',
    '',
    ...codeExamples(input.name),
    '',
  ].join('\n');
}

/** The README sheet of the workbook: what the data is, its version and date, how to cite it, what each sheet holds. */
export function workbookReadme(input: Pick<ReadmeInput, 'version' | 'date' | 'metadata' | 'layout' | 'rowCounts' | 'citation'>): { lines: string[] } {
  const { metadata, version, date, layout, rowCounts, citation } = input;
  return {
    lines: [
      metadata.title.fr,
      metadata.title.en,
      `Version ${version} — données vérifiées le ${date} / data verified on ${date}.`,
      '',
      metadata.description.fr,
      metadata.description.en,
      '',
      'Citer / How to cite:',
      citationText(citation),
      '',
      `Licence des données / Data licence: ${licenceName(metadata.licences.data)} (${metadata.licences.data})`,
      '',
      "Les codes, identifiants et dates partielles sont des cellules texte (09257 garde son zéro). Cellule vide = valeur absente. Les colonnes sont décrites dans datapackage.json.",
      'Codes, identifiers and partial dates are text cells (09257 keeps its zero). Empty cell = absent value. The columns are described in datapackage.json.',
      '',
      'Feuilles / Sheets:',
      ...layout.tables.map((table) => `${table.name} (${rowCounts.get(table)}) — ${table.title.fr} / ${table.title.en}`),
    ],
  };
}
