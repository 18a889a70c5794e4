// The repository fixtures of `npm run bench` (issue 19), built at bench time from the corpus:
//
// - a repository laid out as cncf/mentoring: 45 term files, `programs/lfx-mentorship/<year>/<term>/README.md`
//   for 2020–2026 (21 terms), their `project_ideas.md` for 2020–2023 (12), and
//   `programs/summerofcode/<year>.md` for 2015–2026 (12). Each is a corpus file of its kind; a copy
//   gets an invisible edit in every section (spaces on the blank line under each heading, as many
//   as its copy number), so no two files share a section, as no two real terms do. 2026 term 2's
//   README is the corpus's, unedited: the 156 KiB file the issue opens.
// - its history, as `git log -p` of cncf/mentoring would give it: every term file at VERSIONS
//   points of its growth (its first sections, a few more each time, as pull requests add entries)
//   under `history/<n>/`, the last version whole. Versions of one file share all but their last section.

import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { sectionStarts } from '../server/src/core/incremental';
import { CORPUS_FILES, readFixture } from '../test/helpers/paths';

/** One fixture on disk: its root, its files (relative, `/`), and their size. */
export interface Fixture {
  root: string;
  files: string[];
  bytes: number;
}

const GSOC_FILES = ['gsoc_2024.md', 'gsoc_2026.md'];
const TERMS = ['01-Mar-May', '02-Jun-Aug', '03-Sep-Nov'];

/** The 156 KiB term file the issue opens, where the repository has it. */
export const LARGE_TERM_FILE = 'programs/lfx-mentorship/2026/02-Jun-Aug/README.md';
/** How many versions of each term file the history holds. */
export const VERSIONS = 8;

/** A copy of a corpus text whose every section differs from every other copy's (see above). */
export function copy(text: string, number: number): string {
  if (number === 0) return text;
  return text.replace(/^(#{1,6}[ \t][^\n]*\n)\n/gm, `$1${' '.repeat(number)}\n`);
}

/** The repository's files and texts. */
function repositoryTexts(): Map<string, string> {
  const texts = new Map<string, string>();
  const used = new Map<string, number>();
  const add = (path: string, corpusFile: string) => {
    const number = used.get(corpusFile) ?? 0;
    used.set(corpusFile, number + 1);
    texts.set(path, copy(readFixture('corpus', corpusFile), number));
  };
  // The large file first: it is the unedited copy.
  add(LARGE_TERM_FILE, '2026_02-Jun-Aug_README.md');
  let next = 0;
  for (let year = 2020; year <= 2026; year++) {
    for (const [index, term] of TERMS.entries()) {
      const folder = `programs/lfx-mentorship/${year}/${term}`;
      if (`${folder}/README.md` !== LARGE_TERM_FILE) add(`${folder}/README.md`, CORPUS_FILES[next++ % CORPUS_FILES.length]);
      if (year <= 2023) add(`${folder}/project_ideas.md`, CORPUS_FILES[(next + index * 3) % CORPUS_FILES.length]);
    }
  }
  for (let year = 2015; year <= 2026; year++) add(`programs/summerofcode/${year}.md`, GSOC_FILES[year % GSOC_FILES.length]);
  return texts;
}

function write(root: string, texts: Map<string, string>): Fixture {
  rmSync(root, { recursive: true, force: true });
  mkdirSync(join(root, '.git'), { recursive: true });
  let bytes = 0;
  for (const [path, text] of texts) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
    bytes += Buffer.byteLength(text);
  }
  return { root, files: [...texts.keys()].sort(), bytes };
}

/** Writes the repository fixture to `root` (emptied first). */
export function buildRepository(root: string): Fixture {
  return write(root, repositoryTexts());
}

/** Writes the history fixture to `root` (emptied first): VERSIONS versions of each file of the repository. */
export function buildHistory(root: string): Fixture {
  const texts = new Map<string, string>();
  for (const [path, text] of repositoryTexts()) {
    const starts = sectionStarts(text);
    for (let version = 1; version <= VERSIONS; version++) {
      const sections = Math.ceil((starts.length * version) / VERSIONS);
      const end = version === VERSIONS ? text.length : (starts[sections] ?? text.length);
      texts.set(`history/${String(version).padStart(2, '0')}/${path}`, text.slice(0, end));
    }
  }
  return write(root, texts);
}
