import { afterAll, describe, expect, it } from 'vitest';
import { build, type Built } from './build.ts';
import { listFiles, readBytes } from './files.ts';

/** Builds with the process in another time zone: the zip's entry dates must not move with it. */
async function buildInTimeZone(zone: string): Promise<Built> {
  const previous = process.env.TZ;
  process.env.TZ = zone;
  try {
    return await build('real');
  } finally {
    if (previous === undefined) delete process.env.TZ;
    else process.env.TZ = previous;
  }
}

describe('deterministic build', () => {
  const builds: Built[] = [];
  afterAll(() => builds.forEach((built) => built.cleanup()));

  it('writes byte-identical files, zip included, from the same data, whatever the clock and the time zone', async () => {
    const first = await buildInTimeZone('UTC');
    builds.push(first);
    const second = await buildInTimeZone('Pacific/Kiritimati');
    builds.push(second);
    const files = listFiles(first.outDir);
    expect(listFiles(second.outDir)).toStrictEqual(files);
    expect(files.some((path) => path.endsWith('.zip'))).toBe(true);
    for (const path of files) expect(readBytes(second.outDir, path).equals(readBytes(first.outDir, path)), path).toBe(true);
  });
});
