// Reading what the command line names: files, globs and standard input, with a message on stderr
// for what cannot be read.

import { existsSync, readFileSync, statSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';

/** The file argument that means standard input. */
export const STDIN = '-';

/** The files that the patterns name, in order (a glob's sorted); false in `complete` when a glob matched nothing. */
export async function expandPatterns(patterns: readonly string[]): Promise<{ files: string[]; complete: boolean }> {
  const files: string[] = [];
  let complete = true;
  for (const pattern of patterns) {
    if (pattern === STDIN || !isDynamicPattern(pattern)) {
      files.push(pattern);
      continue;
    }
    const matches = await glob(pattern, { onlyFiles: true, expandDirectories: false });
    if (matches.length === 0) {
      process.stderr.write(`lfx-proposals: no file matches "${pattern}"\n`);
      complete = false;
    }
    files.push(...matches.sort());
  }
  return { files, complete };
}

/** Reads all of standard input, or says on stderr why it cannot be read. */
export function readStdin(): string | undefined {
  try {
    return readFileSync(0, 'utf8');
  } catch (error) {
    process.stderr.write(`lfx-proposals: cannot read standard input: ${(error as Error).message}\n`);
    return undefined;
  }
}

/** Reads a file, or says on stderr why it cannot be read. */
export function readText(file: string): string | undefined {
  try {
    if (!existsSync(file)) throw new Error('no such file');
    if (statSync(file).isDirectory()) throw new Error('is a directory');
    return readFileSync(file, 'utf8');
  } catch (error) {
    process.stderr.write(`lfx-proposals: cannot read ${file}: ${(error as Error).message}\n`);
    return undefined;
  }
}

/** A file's text, or empty when it cannot be read (for a message's line and column). */
export function readFileOrEmpty(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

/** An absolute path with `/` separators. */
export function absolute(file: string): string {
  return resolve(file).split(sep).join('/');
}

/** A path as messages show it: relative to the working directory when it is below it. */
export function displayPath(file: string): string {
  const shown = relative(process.cwd(), file);
  return shown && !shown.startsWith('..') ? shown : file;
}
