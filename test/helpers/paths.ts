// Where the repository and its fixtures are, wherever the bundled test runs from.

import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

function findRepoRoot(from: string): string {
  let folder = from;
  while (!existsSync(join(folder, 'package.json')) || !existsSync(join(folder, 'server'))) {
    const parent = dirname(folder);
    if (parent === folder) throw new Error(`no repository root above ${from}`);
    folder = parent;
  }
  return folder;
}

/** The repository root. */
export const REPO_ROOT = findRepoRoot(__dirname);

/** The path of a file below `test/fixtures/`. */
export function fixturePath(...parts: string[]): string {
  return join(REPO_ROOT, 'test', 'fixtures', ...parts);
}

/** The text of a file below `test/fixtures/`. */
export function readFixture(...parts: string[]): string {
  return readFileSync(fixturePath(...parts), 'utf8');
}

/** The corpus files: real term files from cncf/mentoring (see test/fixtures/corpus/SOURCE.md). */
export const CORPUS_FILES = [
  '2021_01-Spring_project_ideas.md',
  '2021_03-Fall_README.md',
  '2022_01-Spring_project_ideas.md',
  '2023_01-Mar-May_README.md',
  '2025_03-Sep-Nov_README.md',
  '2026_01-Mar-May_README.md',
  '2026_02-Jun-Aug_README.md',
  '2026_03-Sep-Nov_README.md',
] as const;

/** A repository in a fresh temporary folder (it has `.git`), holding the given files. */
export function temporaryTree(files: Record<string, string>, prefix = 'lfx-tree-'): string {
  const root = mkdtempSync(join(tmpdir(), prefix));
  mkdirSync(join(root, '.git'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}
