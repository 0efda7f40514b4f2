import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codebook, codebookMarkdown, dataDir, loadSchemas } from '../src/index.ts';
import { README, readmeWithCodebook } from '../src/codebook-readme.ts';

const schemas = loadSchemas();
const themes = readFileSync(join(dataDir, 'themes.jsonl'), 'utf8').trim().split('\n').map((line) => JSON.parse(line));
const scope = JSON.parse(readFileSync(join(dataDir, 'metadata.json'), 'utf8')).scope;

describe('codebook', () => {
  const sections = codebook(schemas, themes);
  const field = (section: string, name: string) => sections.find((s) => s.name === section)?.fields.find((f) => f.field === name);

  it('covers kind, status, role, theme, scale, precision, inferred and approximation, each code with words and a rule', () => {
    for (const [section, name] of [
      ['initiatives', 'kind'], ['initiatives', 'status[].value'], ['facilities', 'status[].value'], ['events', 'status[].value'],
      ['initiatives', 'scale'], ['initiatives', 'themes'], ['defs', 'role'], ['defs', 'date.precision'], ['defs', 'date.approximation'],
      ['defs', 'date.inferred'], ['sources', 'kind'],
    ] as const) {
      const coded = field(section, name);
      expect(coded, `${section} ${name}`).toBeDefined();
      for (const value of coded!.values) expect(value.rule.fr && value.rule.en && value.label.fr && value.label.en, `${section} ${name} ${value.code}`).toBeTruthy();
    }
    expect(field('defs', 'date.inferred')!.rule?.text.fr).toMatch(/reasoning/);
    expect(field('initiatives', 'themes')!.values.map((value) => value.code)).toEqual(themes.map((theme: { id: string }) => theme.id));
  });

  it('writes the scope statement first, in the language asked for', () => {
    const fr = codebookMarkdown({ schemas, themes, scope }, 'fr');
    const en = codebookMarkdown({ schemas, themes, scope }, 'en');
    expect(fr.startsWith(`# Livre de codes\n\n## Périmètre\n\n${scope.fr}\n`)).toBe(true);
    expect(en.startsWith(`# Codebook\n\n## Scope\n\n${scope.en}\n`)).toBe(true);
    expect(fr).toContain('| `ongoing` | En cours |');
    expect(en).toContain('| `ongoing` | Ongoing |');
  });

  it('is in the package README as generated (run node packages/validate/src/codebook-readme.ts after a schema change)', () => {
    const readme = readFileSync(README, 'utf8');
    expect(readmeWithCodebook(readme)).toBe(readme);
  });
});
