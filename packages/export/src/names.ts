/** English singular of a plural property or dataset name: `people` → `person`, `territories` → `territory`, `themes` → `theme`. */
export function singular(plural: string): string {
  if (plural === 'people') return 'person';
  if (plural.endsWith('ies')) return `${plural.slice(0, -3)}y`;
  if (plural.endsWith('s')) return plural.slice(0, -1);
  return plural;
}

/** Lists whose property name is not a plural noun get a table named after what each row is. */
const LIST_TABLE_NAMES: Readonly<Record<string, string>> = { related: 'relations' };

/** Table of a list: the owner's name in the singular, then the list's name, e.g. `initiative_participants`, `initiative_objective_details`. */
export function listTableName(owner: string, property: string): string {
  const words = owner.split('_');
  words[words.length - 1] = singular(words[words.length - 1]!);
  return [...words, LIST_TABLE_NAMES[property] ?? property].join('_');
}
