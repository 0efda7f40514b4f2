import type { Issue } from '../issue.ts';
import type { Located } from '../read.ts';
import { idOf, issueAt, type Context } from './context.ts';
import { geography, GEOGRAPHY_PACKAGE, type Area } from './geography.ts';

type Level = 'region' | 'departement' | 'commune';

const LEVELS: Record<Level, { code: RegExp; form: string; parent?: Level }> = {
  region: { code: /^\d{2}$/, form: '2 digits' },
  departement: { code: /^(\d{2}|2[AB]|\d{3})$/, form: '2 or 3 characters, 2A/2B in Corsica', parent: 'region' },
  commune: { code: /^(\d{5}|2[AB]\d{3})$/, form: '5 characters', parent: 'departement' },
};

const isLevel = (value: unknown): value is Level => typeof value === 'string' && Object.hasOwn(LEVELS, value);

const territoryId = (level: Level, code: string) => `${level}-${code.toLowerCase()}`;

/** The parent's level, when the parent exists and has the wrong one (a dangling parent is the reference check's). */
function parentLevelIssue(context: Context, located: Located, level: Level): Issue | undefined {
  const { parent } = located.record;
  if (parent === undefined) return undefined;
  const expected = LEVELS[level].parent;
  if (expected === undefined) return issueAt(located, '/parent', `a region has no parent territory`);
  const actual = typeof parent === 'string' ? context.byId.territories.get(parent)?.record.level : undefined;
  if (actual === undefined || actual === expected) return undefined;
  return issueAt(located, '/parent', `the parent of a ${level} must be a ${expected}, "${String(parent)}" is a ${String(actual)}`);
}

/** Name, parent and population agree with the official geography. */
function referenceIssues(located: Located, level: Level, area: Area, checkParent: boolean): Issue[] {
  const { version } = geography();
  const official = `${GEOGRAPHY_PACKAGE} ${version}`;
  const { name, parent, population } = located.record;
  const issues: Issue[] = [];
  if (name !== area.name) {
    issues.push(issueAt(located, '/name', `name "${String(name)}" differs from the official name "${area.name}" of ${level} ${area.code} in ${official}`));
  }
  const parentLevel = LEVELS[level].parent;
  if (checkParent && parentLevel !== undefined && area.parentCode !== undefined) {
    const expected = territoryId(parentLevel, area.parentCode);
    if (parent !== expected) {
      const parentArea = geography()[parentLevel].get(area.parentCode);
      const actual = parent === undefined ? 'it has none' : `not "${String(parent)}"`;
      issues.push(
        issueAt(
          located,
          '/parent',
          `${level} ${area.code} (${area.name}) is in ${parentLevel} ${area.parentCode} (${parentArea?.name ?? '?'}) in ${official}: its parent must be "${expected}", ${actual}`,
        ),
      );
    }
  }
  if (typeof population === 'number' && area.population !== undefined && population !== area.population) {
    issues.push(issueAt(located, '/population', `population ${population} differs from ${area.population} in ${official}`));
  }
  return issues;
}

/** The territory's `reference` names the geography package the checks use, at the installed version. */
function referenceSourceIssue(context: Context, located: Located): Issue | undefined {
  const { reference } = located.record;
  const source = typeof reference === 'string' ? context.byId.sources.get(reference) : undefined;
  if (source === undefined || source.record.package === GEOGRAPHY_PACKAGE) return undefined;
  return issueAt(located, '/reference', `"${String(reference)}" is not the ${GEOGRAPHY_PACKAGE} reference dataset the territories are checked against`);
}

function checkTerritory(context: Context, located: Located): Issue[] {
  const { level, code } = located.record;
  if (!isLevel(level) || typeof code !== 'string') return []; // the schema reports it
  const issues: Issue[] = [];
  const referenceIssue = referenceSourceIssue(context, located);
  if (referenceIssue) issues.push(referenceIssue);
  const levelIssue = parentLevelIssue(context, located, level);
  if (levelIssue) issues.push(levelIssue);
  if (!LEVELS[level].code.test(code)) {
    issues.push(issueAt(located, '/code', `"${code}" is not a ${level} INSEE code (${LEVELS[level].form})`));
    return issues;
  }
  const expectedId = territoryId(level, code);
  if (idOf(located.record) !== expectedId) issues.push(issueAt(located, '/id', `id must be "${expectedId}" (level-code)`));
  const area = geography()[level].get(code);
  if (area === undefined) {
    issues.push(issueAt(located, '/code', `no ${level} with INSEE code ${code} in ${GEOGRAPHY_PACKAGE} ${geography().version}`));
    return issues;
  }
  return [...issues, ...referenceIssues(located, level, area, levelIssue === undefined)];
}

/** A source naming the geography package records the version the territories were checked against. */
function versionIssues(context: Context): Issue[] {
  const { version } = geography();
  return context.records.sources
    .filter(({ record }) => record.package === GEOGRAPHY_PACKAGE && record.version !== version)
    .map((located) => issueAt(located, '/version', `version ${String(located.record.version)} differs from the installed ${GEOGRAPHY_PACKAGE} ${version} the territories are checked against`));
}

/** Territory ids, codes, levels, names and parents agree with each other and with the official geography. */
export function checkTerritories(context: Context): Issue[] {
  return [...versionIssues(context), ...context.records.territories.flatMap((located) => checkTerritory(context, located))];
}
