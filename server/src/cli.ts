// The command-line checker: the same parser and rules as the language server, for CI
// and for reviewers. `lfx-proposals check [--format text|json|github] [--fix] FILE_OR_GLOB…`

import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import { glob, isDynamicPattern } from 'tinyglobby';
import { WorkspaceKnowledge } from './core/knowledge';
import { LineIndex } from './core/lines';
import type { ProposalDocument } from './core/model';
import { parseProposal } from './core/parse';
import { fixAll } from './features/fix-all';
import { type Finding, lint, RULES } from './rules';

declare const LFX_PROPOSALS_VERSION: string;

const USAGE = `Usage: lfx-proposals check [--format text|json|github] [--fix] FILE_OR_GLOB…

Checks CNCF LFX Mentorship proposal files (project_ideas.md, term README.md).

Options:
  --format text|json|github  Output format (default: text)
                               text    path:line:column: severity rule message
                               json    one JSON array of findings on stdout
                               github  GitHub Actions annotations (::error …)
  --fix                      Apply the safe fixes in place, then report what is left
  -h, --help                 Show this help
  -v, --version              Show the version

Exit status: 0 no error-severity finding, 1 at least one, 2 usage error or unreadable file.
Rules: ${RULES.map((rule) => rule.id).join(', ')}`;

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
  const [command, ...patterns] = positionals;
  if (command !== 'check') return usageError(command ? `unknown command "${command}"` : 'no command given');
  const format = values.format as Format;
  if (!['text', 'json', 'github'].includes(format)) return usageError(`unknown format "${format}"`);
  if (patterns.length === 0) return usageError('no file given');

  let status = 0;
  const files: string[] = [];
  for (const pattern of patterns) {
    if (isDynamicPattern(pattern)) {
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
  // see all the files of this call as the workspace.
  const checked: Array<{ file: string; text: string; document: ProposalDocument }> = [];
  const workspace = new WorkspaceKnowledge();
  for (const file of new Set(files)) {
    const text = readText(file);
    if (text === undefined) {
      status = 2;
      continue;
    }
    let current = text;
    if (values.fix) {
      const fixed = fixAll(text);
      if (fixed.text !== text) {
        writeFileSync(file, fixed.text);
        process.stderr.write(`lfx-proposals: ${file}: applied ${fixed.applied} fix${fixed.applied === 1 ? '' : 'es'}\n`);
        current = fixed.text;
      }
    }
    const document = parseProposal(current);
    workspace.update(file, document);
    checked.push({ file, text: current, document });
  }

  const located: Located[] = [];
  for (const { file, text, document } of checked) {
    const lines = new LineIndex(text);
    for (const finding of lint(document, { lines, uri: file, workspace })) {
      const start = lines.positionAt(finding.span.start);
      const end = lines.positionAt(finding.span.end);
      located.push({
        file: displayPath(file),
        line: start.line + 1,
        column: start.character + 1,
        endLine: end.line + 1,
        endColumn: end.character + 1,
        severity: finding.severity,
        code: finding.rule,
        message: finding.message,
      });
    }
  }

  process.stdout.write(render(format, located, checked.length));
  if (located.some((finding) => finding.severity === 'error')) status = Math.max(status, 1);
  return status;
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

function render(format: Format, findings: Located[], fileCount: number): string {
  if (format === 'json') return JSON.stringify(findings, null, 2) + '\n';
  if (format === 'github') return findings.map(annotation).join('');
  const lines = findings.map(
    (finding) => `${finding.file}:${finding.line}:${finding.column}: ${finding.severity} ${finding.code} ${finding.message}\n`,
  );
  return lines.join('') + summary(findings, fileCount) + '\n';
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

function usageError(message: string): number {
  process.stderr.write(`lfx-proposals: ${message}\n\n${USAGE}\n`);
  return 2;
}

main(process.argv.slice(2)).then(
  (status) => {
    process.exitCode = status;
  },
  (error: unknown) => {
    process.stderr.write(`lfx-proposals: internal error: ${(error as Error)?.stack ?? String(error)}\n`);
    process.exitCode = 2;
  },
);
