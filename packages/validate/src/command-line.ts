import { parseArgs, type ParseArgsConfig } from 'node:util';

/**
 * util.parseArgs for every command of the project, strict (an unknown option is an error), which on a bad command
 * line prints one line naming the command and exits 2, instead of a stack trace.
 */
export function commandLine<const T extends ParseArgsConfig>(command: string, config: T): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (error) {
    console.error(`${command}: ${(error as Error).message}`);
    process.exit(2);
  }
}
