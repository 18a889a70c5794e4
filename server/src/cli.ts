// The command-line checker: the same parser and rules as the language server, for CI
// and for reviewers. `lfx-proposals check [--format text|json|github] [--fix] FILE_OR_GLOB…`;
// `-` reads standard input, so a reviewer can pipe a filed issue's body in from `gh`.
// This file reads the command line and hands each command to its module under cli/:
// `check` to check-command.ts (which checks files already read with check-files.ts),
// `issue-url` to issue-url-command.ts. The same bundle runs the worker threads of a large
// check (cli/pool.ts, cli/worker.ts).

import { parseArgs } from 'node:util';
import { DEFAULT_CACHE_LOCATION, toolIdentity } from './cli/cache';
import { runCheck } from './cli/check-command';
import type { Concurrency } from './cli/check-files';
import { ConfigSource, reportConfigProblems } from './cli/config-source';
import { STDIN } from './cli/files';
import { type Format, FORMATS } from './cli/output';
import { runIssueUrl } from './cli/issue-url-command';
import { isCheckWorker, serveChecks } from './cli/worker';
import { configSchema } from './config-schema';
import { RULE_IDS } from './rules';

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

/** The options of the command line. */
const OPTIONS = {
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
} as const;

type Values = ReturnType<typeof parseArgs<{ args: string[]; allowPositionals: true; options: typeof OPTIONS }>>['values'];

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: OPTIONS });
  } catch (error) {
    return usageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  const printed = printInformation(values);
  if (printed !== undefined) return printed;
  const configs = new ConfigSource(values.config);
  if (values['print-config']) return printConfig(configs, values['print-config']);
  const [command, ...patterns] = positionals;
  if (command === 'issue-url') {
    const status = runIssueUrl(patterns, configs, values.repository, values.force);
    return typeof status === 'number' ? status : usageError(status.usage);
  }
  if (command !== 'check') return usageError(command ? `unknown command "${command}"` : 'no command given');
  const format = values.format as Format;
  if (!FORMATS.includes(format)) return usageError(`unknown format "${format}"`);
  if (patterns.length === 0) return usageError('no file given');
  if (patterns.filter((pattern) => pattern === STDIN).length > 1) return usageError('standard input (-) can be read once');
  if (values['stdin-filename'] !== undefined && !patterns.includes(STDIN)) return usageError('--stdin-filename names standard input, which is read only with -');
  const concurrency = readConcurrency(values.concurrency);
  if (concurrency === undefined) return usageError(`--concurrency takes a number of threads, auto or off, not "${values.concurrency}"`);
  return runCheck(patterns, configs, {
    format,
    fix: values.fix,
    stdinName: values['stdin-filename'] ?? '<stdin>',
    ...(values.cache && { cache: { location: values['cache-location'], tool: toolIdentity(LFX_PROPOSALS_VERSION, __filename) } }),
    concurrency,
    // Worker threads run this bundle.
    bundle: __filename,
  });
}

/** `--concurrency`: a number of threads, `auto` or `off`; undefined for anything else. */
function readConcurrency(value: string): Concurrency | undefined {
  if (value === 'auto' || value === 'off') return value;
  return /^[1-9]\d{0,2}$/.test(value) ? Number(value) : undefined;
}

/** --help, --version, --print-schema: prints and returns 0; undefined for the other options. */
function printInformation(values: Values): number | undefined {
  const text = values.help ? USAGE : values.version ? LFX_PROPOSALS_VERSION : values['print-schema'] ? JSON.stringify(configSchema(), null, 2) : undefined;
  if (text === undefined) return undefined;
  process.stdout.write(text + '\n');
  return 0;
}

/** --print-config FILE: the configuration that applies to the file, as JSON. */
function printConfig(configs: ConfigSource, file: string): number {
  const { config, problems } = configs.forFile(file);
  reportConfigProblems(problems);
  process.stdout.write(JSON.stringify({ rules: config.rules, files: config.files, ignore: config.ignore, sources: config.sources }, null, 2) + '\n');
  return problems.length ? 2 : 0;
}

function usageError(message: string): number {
  process.stderr.write(`lfx-proposals: ${message}\n\n${USAGE}\n`);
  return 2;
}

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
