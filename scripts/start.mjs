// `npm start`: packages the extension and runs it in the real VS Code workbench (served by
// code-server on 127.0.0.1, see code-server.mjs) with the repository's examples/ folder
// open, until Ctrl+C. PORT picks the port (default 8080; a free one if that is busy).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import {
  REPO_ROOT,
  VSCODE_TEST_DIR,
  ensureCodeServer,
  freePort,
  installExtension,
  isPortFree,
  startCodeServer,
} from './code-server.mjs';

const DEFAULT_PORT = 8080;
const profile = join(VSCODE_TEST_DIR, 'start');
const userDataDir = join(profile, 'user-data');
const extensionsDir = join(profile, 'extensions');
const examples = join(REPO_ROOT, 'examples');

// Handled from the start: exiting through process.exit (not by the default signal
// death) lets code-server.mjs end a code-server that is still starting up.
let server;
let stopping = false;
async function shutdown() {
  if (stopping) return;
  stopping = true;
  if (server) {
    console.log('\nStopping code-server…');
    await server.stop();
  }
  process.exit(0);
}
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);

try {
  const packaged = spawnSync('npm', ['run', 'package'], { cwd: REPO_ROOT, stdio: 'inherit' });
  if (packaged.status !== 0) throw new Error(`npm run package failed (exit ${packaged.status ?? packaged.error})`);

  await ensureCodeServer();
  await installExtension({ vsix: join(REPO_ROOT, 'lfx-proposals.vsix'), userDataDir, extensionsDir });

  const port = await choosePort(process.env.PORT);
  server = await startCodeServer({ folder: examples, port, userDataDir, extensionsDir });
  server.process.once('exit', (code, signal) => {
    if (stopping) return;
    console.error(`code-server exited on its own (${signal ?? `code ${code}`}).`);
    process.exit(1);
  });

  console.log(
    `\nLFX Mentorship Proposals is running in VS Code at ${server.url} — ` +
      'open examples/project_ideas.md; Ctrl+C to stop.',
  );
} catch (error) {
  console.error(`npm start: ${error.message}`);
  process.exit(1);
}

/** The port from PORT (or the default) when it is free, else a free one. */
async function choosePort(fromEnv) {
  const wanted = fromEnv ? Number(fromEnv) : DEFAULT_PORT;
  if (!Number.isInteger(wanted) || wanted < 1 || wanted > 65535) {
    throw new Error(`PORT must be a TCP port number, not "${fromEnv}"`);
  }
  if (await isPortFree(wanted)) return wanted;
  const port = await freePort();
  console.log(`Port ${wanted} is busy; using ${port} instead.`);
  return port;
}
