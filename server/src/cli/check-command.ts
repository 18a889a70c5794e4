// `lfx-proposals check`: reads (and with --fix, fixes) the files the patterns name, checks them
// together (check-files.ts) and prints the report. Exit status 0: no error-severity finding;
// 1: at least one; 2: a file or configuration could not be read.

import { writeFileSync } from 'node:fs';
import { isIgnored } from '../core/config';
import { fixAll } from '../features/fix-all';
import { type CheckFilesOptions, type FileToCheck, checkFiles } from './check-files';
import { type ConfigSource, reportConfigProblems } from './config-source';
import { absolute, displayPath, expandPatterns, readStdin, readText, STDIN } from './files';
import { type Format, locate, render } from './output';

export interface CheckOptions extends Omit<CheckFilesOptions, 'warn'> {
  format: Format;
  /** Apply the safe fixes first (to the file; standard input's fixed text goes to stdout). */
  fix: boolean;
  /** The name of standard input in messages, and where its configuration and form are looked up. */
  stdinName: string;
}

/** The names of issue-form drafts (the `lfxProposals.files` default's `**\/*.proposal.md`). */
const DRAFT_NAME = /\.proposal\.md$/i;

/** Runs `check` over the patterns; resolves with the exit status. */
export async function runCheck(patterns: readonly string[], configs: ConfigSource, options: CheckOptions): Promise<number> {
  const expanded = await expandPatterns(patterns);
  const read = readFiles(expanded.files, configs, options);
  let status = expanded.complete && read.readable ? 0 : 2;
  const checked = await checkFiles(read.files, {
    ...(options.cache && { cache: options.cache }),
    ...(options.concurrency !== undefined && { concurrency: options.concurrency }),
    ...(options.bundle !== undefined && { bundle: options.bundle }),
    warn: (message) => process.stderr.write(`lfx-proposals: ${message}\n`),
  });
  const located = checked.flatMap(({ file, lines, findings }) => findings.map((finding) => locate(displayPath(file), lines, finding)));
  // When the fixed text of standard input went to stdout, the report goes to stderr.
  const report = read.fixedToStdout ? process.stderr : process.stdout;
  report.write(render(options.format, located, checked.length, read.ignored));
  if (located.some((finding) => finding.severity === 'error')) status = Math.max(status, 1);
  return status;
}

/**
 * Reads every file once (`a.md` and `./a.md` are one), with its configuration (whose problems
 * are printed once each), leaving out those the configuration ignores, fixing them with --fix.
 */
function readFiles(names: readonly string[], configs: ConfigSource, options: CheckOptions): { files: FileToCheck[]; ignored: number; readable: boolean; fixedToStdout: boolean } {
  const files: FileToCheck[] = [];
  const reported = new Set<string>();
  let ignored = 0;
  let readable = true;
  let fixedToStdout = false;
  const unique = [...new Map(names.map((name) => [name === STDIN ? STDIN : absolute(name), name])).values()];
  for (const entry of unique) {
    const fromStdin = entry === STDIN;
    // Standard input is named by --stdin-filename: its configuration, form and messages follow the name.
    const file = fromStdin ? options.stdinName : entry;
    const { config, problems } = configs.forFile(file);
    const fresh = problems.filter((problem) => !reported.has(`${problem.file}:${problem.span.start}`));
    for (const problem of fresh) reported.add(`${problem.file}:${problem.span.start}`);
    if (reportConfigProblems(fresh)) readable = false;
    if (isIgnored(config, absolute(file))) {
      ignored++;
      continue;
    }
    const text = fromStdin ? readStdin() : readText(file);
    if (text === undefined) {
      readable = false;
      continue;
    }
    const form = configs.formFor(file);
    const current = options.fix ? applyFixes(file, text, fromStdin, fixAll(text, { settings: config.rules, form })) : text;
    fixedToStdout ||= options.fix && fromStdin;
    files.push({ file, path: absolute(file), text: current, rules: config.rules, form, draftByName: fromStdin && DRAFT_NAME.test(file), cacheable: !fromStdin });
  }
  return { files, ignored, readable, fixedToStdout };
}

/** Writes the fixed text (standard input's to stdout, a file's in place) and says how many fixes; returns it. */
function applyFixes(file: string, text: string, fromStdin: boolean, fixed: { text: string; applied: number }): string {
  const message = `lfx-proposals: ${file}: applied ${fixed.applied} fix${fixed.applied === 1 ? '' : 'es'}\n`;
  if (fromStdin) {
    process.stdout.write(fixed.text);
    if (fixed.applied > 0) process.stderr.write(message);
    return fixed.text;
  }
  if (fixed.text === text) return text;
  writeFileSync(file, fixed.text);
  process.stderr.write(message);
  return fixed.text;
}
