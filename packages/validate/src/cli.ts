import { commandLine } from './command-line.ts';
import { DATASETS } from './datasets.ts';
import { formatIssue } from './issue.ts';
import { validateData } from './validate.ts';

// `pnpm validate [--data DIR] [--schemas DIR]`: every error in one run, one line each; exit 1 if any.
// Exit 2 on a bad command line or an internal error: one line, never a stack trace (bad data is exit 1, reported).
const fail = (message: string): never => {
  console.error(`pnpm validate: ${message}`);
  process.exit(2);
};
process.on('uncaughtException', (error) => fail(`internal error: ${error instanceof Error ? error.message : String(error)}`));

try {
  const { values } = commandLine('pnpm validate', { options: { data: { type: 'string' }, schemas: { type: 'string' } } });
  const { data, issues } = validateData({ dataDir: values.data, schemasDir: values.schemas });
  if (issues.length > 0) {
    for (const issue of issues) console.error(formatIssue(issue));
    console.error(`${issues.length} error(s).`);
    process.exit(1);
  }
  const counts = DATASETS.map((name) => `${name} ${data.records[name].length}`).join(', ');
  console.log(`0 errors: ${counts}.`);
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  fail(`internal error: ${message.split('\n')[0]}`);
}
