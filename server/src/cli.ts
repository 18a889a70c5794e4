// The command-line checker: the same parser and rules as the language server, for CI
// and for reviewers. `lfx-proposals check [--format text|json|github] [--fix] FILE_OR_GLOB…`;
// `-` reads standard input, so a reviewer can pipe a filed issue's body in from `gh`.

import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { glob, isDynamicPattern } from 'tinyglobby';
import { type ConfigProblem, isIgnored, mergeConfig, parseConfigFile, type ProposalConfig } from './core/config';
import { LineIndex } from './core/lines';
import { SectionCache } from './core/incremental';
import { fixAll } from './features/fix-all';
import { issueUrl } from './features/issue-url';
import type { IssueForm } from './core/issue-form';
import { configSchema } from './config-schema';
import { NodeConfigLoader } from './node-config';
import { type Finding, lint, RULE_IDS } from './rules';
import { DEFAULT_CACHE_LOCATION, toolIdentity } from './cli/cache';
import { type CheckFile, checkFiles, type Concurrency } from './cli/check-files';
import { isCheckWorker, serveChecks } from './cli/worker';

declare const LFX_PROPOSALS_VERSION: string;

const USAGE = `Usage: lfx-proposals check [--format text|json|github] [--fix] [--config FILE] [--cache] FILE_OR_GLOB…
       lfx-proposals check [--stdin-filename NAME] [--fix] -
       lfx-proposals issue-url [--repository OWNER/NAME] [--force] DRAFT
       lfx-proposals --print-config FILE

Checks CNCF LFX Mentorship proposal files (project_ideas.md, term README.md) and drafts of
CNCF's issue form (*.proposal.md, recognised by their ### sections); issue-url prints the
prefilled new-issue URL of a draft (exit 1 with its errors, unless --force).

Options:
  --format text|json|github  Output format (default: text)
                               text    path:line:column: severity rule message
                               json    one JSON array of findings on stdout
                               github  GitHub Actions annotations (::error …)
  --fix                      Apply the safe fixes in place, then report what is left;
                             with -, print the fixed text on stdout and the report on stderr
  --stdin-filename NAME      The name standard input (-) has in messages, and where its
                             configuration and issue form are looked up; NAME.proposal.md
                             is read as an issue-form draft (an issue body is recognised
                             by its ### sections anyway)
  --config FILE              Use this configuration file instead of looking for
                             .lfx-proposals.json(c) from each file up to the repository root
  --cache                    Remember the findings of each file, and check again only the
                             files whose text, configuration or issue form changed, and those
                             whose findings about other files changed (upstream-duplicate)
  --cache-location PATH      The cache file, or a folder to keep it in (default:
                             ${DEFAULT_CACHE_LOCATION}); implies nothing without --cache
  --concurrency N|auto|off   Worker threads that parse and check (default: auto, one per core
                             for a run of over 1 MB of text unless the cores are busy;
                             off: this thread only)
  --repository OWNER/NAME    issue-url: the repository with the form (default: cncf/mentoring)
  --force                    issue-url: print the URL even when the draft has errors
  --print-config FILE        Print the configuration that applies to FILE
  -h, --help                 Show this help
  -v, --version              Show the version

Exit status: 0 no error-severity finding, 1 at least one, 2 usage error or unreadable file.
Rules: ${RULE_IDS.join(', ')}`;

type Format = 'text' | 'json' | 'github';

/** A finding placed in its file, as every output format reports it (1-based, UTF-16 columns). */
interface Located {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: Finding['severity'];
  code: string;
  message: string;
}

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'text' },
        fix: { type: 'boolean', default: false },
        config: { type: 'string' },
        'print-config': { type: 'string' },
        'print-schema': { type: 'boolean', default: false },
        repository: { type: 'string', default: 'cncf/mentoring' },
        force: { type: 'boolean', default: false },
        'stdin-filename': { type: 'string' },
        cache: { type: 'boolean', default: false },
        'cache-location': { type: 'string', default: DEFAULT_CACHE_LOCATION },
        concurrency: { type: 'string', default: 'auto' },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
      },
    });
  } catch (error) {
    return usageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  if (values.version) {
    process.stdout.write(LFX_PROPOSALS_VERSION + '\n');
    return 0;
  }
  if (values['print-schema']) {
    process.stdout.write(JSON.stringify(configSchema(), null, 2) + '\n');
    return 0;
  }
  const configs = new ConfigSource(values.config);
  if (values['print-config']) {
    const { config, problems } = configs.forFile(values['print-config']);
    reportConfigProblems(problems);
    process.stdout.write(JSON.stringify({ rules: config.rules, files: config.files, ignore: config.ignore, sources: config.sources }, null, 2) + '\n');
    return problems.length ? 2 : 0;
  }
  const [command, ...patterns] = positionals;
  if (command === 'issue-url') return printIssueUrl(patterns, configs, values.repository!, values.force!);
  if (command !== 'check') return usageError(command ? `unknown command "${command}"` : 'no command given');
  const format = values.format as Format;
  if (!['text', 'json', 'github'].includes(format)) return usageError(`unknown format "${format}"`);
  if (patterns.length === 0) return usageError('no file given');
  if (patterns.filter((pattern) => pattern === STDIN).length > 1) return usageError('standard input (-) can be read once');
  const stdinName = values['stdin-filename'] ?? '<stdin>';
  if (values['stdin-filename'] !== undefined && !patterns.includes(STDIN)) return usageError('--stdin-filename names standard input, which is read only with -');
  const concurrency = readConcurrency(values.concurrency!);
  if (concurrency === undefined) return usageError(`--concurrency takes a number of threads, auto or off, not "${values.concurrency}"`);

  let status = 0;
  const files: string[] = [];
  for (const pattern of patterns) {
    if (pattern === STDIN) {
      files.push(STDIN);
    } else if (isDynamicPattern(pattern)) {
      const matches = await glob(pattern, { onlyFiles: true, expandDirectories: false });
      if (matches.length === 0) {
        process.stderr.write(`lfx-proposals: no file matches "${pattern}"\n`);
        status = 2;
      }
      files.push(...matches.sort());
    } else {
      files.push(pattern);
    }
  }

  // Read (and fix) every file first: the rules that look across files (upstream-duplicate)
  // see all the files of this call as the workspace (cli/check-files.ts).
  const checked: Array<CheckFile & { file: string }> = [];
  const reported = new Set<string>();
  let ignored = 0;
  // One file named twice (`a.md` and `./a.md`) is checked once.
  const unique = [...new Map(files.map((file) => [file === STDIN ? STDIN : absolute(file), file])).values()];
  // What goes to stdout when the fixed text of standard input does.
  let report: NodeJS.WritableStream = process.stdout;
  for (const entry of unique) {
    const fromStdin = entry === STDIN;
    // Standard input is named by --stdin-filename: its configuration, form and messages follow the name.
    const file = fromStdin ? stdinName : entry;
    const { config, problems } = configs.forFile(file);
    const fresh = problems.filter((problem) => !reported.has(`${problem.file}:${problem.span.start}`));
    for (const problem of fresh) reported.add(`${problem.file}:${problem.span.start}`);
    if (reportConfigProblems(fresh)) status = 2;
    if (isIgnored(config, absolute(file))) {
      ignored++;
      continue;
    }
    const text = fromStdin ? readStdin() : readText(file);
    if (text === undefined) {
      status = 2;
      continue;
    }
    let current = text;
    if (values.fix && fromStdin) {
      const fixed = fixAll(text, { settings: config.rules, form: configs.formFor(file) });
      process.stdout.write(fixed.text);
      report = process.stderr;
      if (fixed.applied > 0) process.stderr.write(`lfx-proposals: ${file}: applied ${fixed.applied} fix${fixed.applied === 1 ? '' : 'es'}\n`);
      current = fixed.text;
    } else if (values.fix) {
      const fixed = fixAll(text, { settings: config.rules, form: configs.formFor(file) });
      if (fixed.text !== text) {
        writeFileSync(file, fixed.text);
        process.stderr.write(`lfx-proposals: ${file}: applied ${fixed.applied} fix${fixed.applied === 1 ? '' : 'es'}\n`);
        current = fixed.text;
      }
    }
    // Under its absolute path: the rules that look across files tell a term's README.md and
    // project_ideas.md by their folder, however the file was named on the command line.
    checked.push({
      file,
      uri: absolute(file),
      text: current,
      rules: config.rules,
      form: configs.formFor(file),
      draft: fromStdin && DRAFT_NAME.test(file),
      cacheable: !fromStdin,
    });
  }

  const findings = await checkFiles(checked, {
    ...(values.cache && { cache: { location: values['cache-location']!, tool: toolIdentity(LFX_PROPOSALS_VERSION, __filename) } }),
    concurrency,
    bundle: __filename,
    warn: (message) => process.stderr.write(`lfx-proposals: ${message}\n`),
  });
  const located: Located[] = checked.flatMap(({ file }, index) => {
    const shown = displayPath(file);
    return findings[index].map((finding) => ({ file: shown, ...finding }));
  });

  report.write(render(format, located, checked.length, ignored));
  if (located.some((finding) => finding.severity === 'error')) status = Math.max(status, 1);
  return status;
}

/**
 * `issue-url DRAFT`: prints the prefilled new-issue URL, and on stderr the fields to fill in by
 * hand. A draft with errors prints them instead (exit 1), unless --force.
 */
function printIssueUrl(files: string[], configs: ConfigSource, repository: string, force: boolean): number {
  if (files.length !== 1) return usageError('issue-url takes one draft file');
  const [file] = files;
  const text = readText(file);
  if (text === undefined) return 2;
  const document = new SectionCache().parse(text, configs.formFor(file));
  if (!document.draft) {
    process.stderr.write(`lfx-proposals: ${file} is not an issue-form draft (no ### sections named by the form's labels)\n`);
    return 2;
  }
  if (!/^[\w.-]+\/[\w.-]+$/.test(repository)) return usageError(`--repository takes OWNER/NAME, not "${repository}"`);
  const { config } = configs.forFile(file);
  const lines = new LineIndex(text);
  const errors = lint(document, { settings: config.rules, lines, uri: file }).filter((finding) => finding.severity === 'error');
  if (errors.length > 0 && !force) {
    for (const finding of errors) {
      const start = lines.positionAt(finding.span.start);
      process.stderr.write(`${displayPath(file)}:${start.line + 1}:${start.character + 1}: error ${finding.rule} ${finding.message}\n`);
    }
    process.stderr.write(`lfx-proposals: ${errors.length} error${errors.length === 1 ? '' : 's'} in the draft; fix them or pass --force\n`);
    return 1;
  }
  const result = issueUrl(document, repository);
  process.stdout.write(`${result.url}\n`);
  for (const field of result.manual) {
    const why = field.reason === 'too-long' ? 'left out to keep the URL short enough for GitHub' : 'GitHub does not prefill checkboxes';
    process.stderr.write(`lfx-proposals: fill in "${field.label}" by hand (${why}):\n${field.value.replace(/^/gm, '  ')}\n`);
  }
  return 0;
}

/** `--concurrency`: a number of threads, `auto` or `off`; undefined for anything else. */
function readConcurrency(value: string): Concurrency | undefined {
  if (value === 'auto' || value === 'off') return value;
  return /^[1-9]\d{0,2}$/.test(value) ? Number(value) : undefined;
}

/** The file argument that means standard input. */
const STDIN = '-';

/** The names of issue-form drafts (the `lfxProposals.files` default's `**\/*.proposal.md`). */
const DRAFT_NAME = /\.proposal\.md$/i;

/** Reads all of standard input, or says on stderr why it cannot be read. */
function readStdin(): string | undefined {
  try {
    return readFileSync(0, 'utf8');
  } catch (error) {
    process.stderr.write(`lfx-proposals: cannot read standard input: ${(error as Error).message}\n`);
    return undefined;
  }
}

/** Reads a file, or says on stderr why it cannot be read. */
function readText(file: string): string | undefined {
  try {
    if (!existsSync(file)) throw new Error('no such file');
    if (statSync(file).isDirectory()) throw new Error('is a directory');
    return readFileSync(file, 'utf8');
  } catch (error) {
    process.stderr.write(`lfx-proposals: cannot read ${file}: ${(error as Error).message}\n`);
    return undefined;
  }
}

function displayPath(file: string): string {
  const shown = relative(process.cwd(), file);
  return shown && !shown.startsWith('..') ? shown : file;
}

function render(format: Format, findings: Located[], fileCount: number, ignored: number): string {
  if (format === 'json') return JSON.stringify(findings, null, 2) + '\n';
  if (format === 'github') return findings.map(annotation).join('');
  const lines = findings.map(
    (finding) => `${finding.file}:${finding.line}:${finding.column}: ${finding.severity} ${finding.code} ${finding.message}\n`,
  );
  const skipped = ignored ? ` ${ignored} file${ignored === 1 ? '' : 's'} ignored by the configuration.` : '';
  return lines.join('') + summary(findings, fileCount) + skipped + '\n';
}

function summary(findings: Located[], fileCount: number): string {
  const files = `${fileCount} file${fileCount === 1 ? '' : 's'}`;
  if (findings.length === 0) return `No problems in ${files}.`;
  const count = (severity: Finding['severity']) => findings.filter((finding) => finding.severity === severity).length;
  const parts = [
    [count('error'), 'error', 'errors'],
    [count('warning'), 'warning', 'warnings'],
    [count('information'), 'information', 'information'],
    [count('hint'), 'hint', 'hints'],
  ] as const;
  const affected = new Set(findings.map((finding) => finding.file)).size;
  const detail = parts.map(([n, one, many]) => `${n} ${n === 1 ? one : many}`).join(', ');
  return `${findings.length} problem${findings.length === 1 ? '' : 's'} (${detail}) in ${affected} of ${files}.`;
}

/** A GitHub Actions workflow command; see "Workflow commands for GitHub Actions". */
function annotation(finding: Located): string {
  const kind = finding.severity === 'error' ? 'error' : finding.severity === 'warning' ? 'warning' : 'notice';
  const property = (value: string) => escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
  const properties = [
    `file=${property(finding.file)}`,
    `line=${finding.line}`,
    `col=${finding.column}`,
    `endLine=${finding.endLine}`,
    `endColumn=${finding.endColumn}`,
    `title=${property(finding.code)}`,
  ].join(',');
  return `::${kind} ${properties}::${escapeData(finding.message)}\n`;
}

function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Finds the configuration of each file (or uses the one --config names), caching per file. */
class ConfigSource {
  private readonly loader = new NodeConfigLoader();
  private readonly fixed?: { config: ProposalConfig; problems: ConfigProblem[] };
  private readonly reportedForms = new Set<string>();

  constructor(configPath: string | undefined) {
    if (configPath !== undefined) {
      const path = absolute(configPath);
      const text = this.loader.read(path);
      const file =
        text === undefined
          ? { path, rules: {}, problems: [{ file: path, message: 'cannot read the configuration file', span: { start: 0, end: 0 } }] }
          : parseConfigFile(path, text, RULE_IDS);
      this.fixed = { config: mergeConfig([file]), problems: file.problems };
    }
  }

  /** The issue form of the file's repository (the bundled copy when it has none or a broken one). */
  formFor(file: string): IssueForm {
    const found = this.loader.issueFormFor(absolute(file));
    if (found.path && found.problems.length > 0 && !this.reportedForms.has(found.path)) {
      this.reportedForms.add(found.path);
      const lines = new LineIndex(this.loader.read(found.path) ?? '');
      for (const problem of found.problems) {
        const position = lines.positionAt(problem.span.start);
        process.stderr.write(`${displayPath(found.path)}:${position.line + 1}:${position.character + 1}: warning issue-form ${problem.message}\n`);
      }
    }
    return found.form;
  }

  forFile(file: string): { config: ProposalConfig; problems: ConfigProblem[] } {
    if (this.fixed) return this.fixed;
    const { config, files } = this.loader.configFor(absolute(file));
    return { config, problems: files.flatMap((configFile) => configFile.problems) };
  }
}

/** Prints configuration problems as `path:line:column: error config message`; true when there were any. */
function reportConfigProblems(problems: readonly ConfigProblem[]): boolean {
  for (const problem of problems) {
    const text = readFileOrEmpty(problem.file);
    const position = new LineIndex(text).positionAt(problem.span.start);
    process.stderr.write(`${displayPath(problem.file)}:${position.line + 1}:${position.character + 1}: error config ${problem.message}\n`);
  }
  return problems.length > 0;
}

function readFileOrEmpty(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

/** An absolute path with `/` separators. */
function absolute(file: string): string {
  return resolve(file).split(sep).join('/');
}

function usageError(message: string): number {
  process.stderr.write(`lfx-proposals: ${message}\n\n${USAGE}\n`);
  return 2;
}

// The same bundle runs the worker threads of a large check (cli/pool.ts).
if (isCheckWorker()) serveChecks();
else void main(process.argv.slice(2)).then(
  (status) => {
    process.exitCode = status;
  },
  (error: unknown) => {
    process.stderr.write(`lfx-proposals: internal error: ${(error as Error)?.stack ?? String(error)}\n`);
    process.exitCode = 2;
  },
);
