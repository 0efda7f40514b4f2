import { DATASETS } from './datasets.ts';
import { formatIssue } from './issue.ts';
import { validateData } from './validate.ts';

// `pnpm validate [--data DIR] [--schemas DIR]`: every error in one run, one line each; exit 1 if any.
const argument = (flag: string) => {
  const index = process.argv.indexOf(flag);
  return index === -1 ? undefined : process.argv[index + 1];
};
const { data, issues } = validateData({ dataDir: argument('--data'), schemasDir: argument('--schemas') });
if (issues.length > 0) {
  for (const issue of issues) console.error(formatIssue(issue));
  console.error(`${issues.length} error(s).`);
  process.exit(1);
}
const counts = DATASETS.map((name) => `${name} ${data.records[name].length}`).join(', ');
console.log(`0 errors: ${counts}.`);
