/** The value after `flag` on the command line (`--data DIR`), or the default. */
export function option(flag: string, fallback: string): string {
  const index = process.argv.indexOf(flag);
  return index === -1 || process.argv[index + 1] === undefined ? fallback : process.argv[index + 1]!;
}
