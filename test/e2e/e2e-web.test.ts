// The workbench tests (workbench.ts) with the extension's web build: its `browser` entry in the
// browser's web-worker extension host, the server in a worker of its own, as on github.dev.
import { workbenchTests } from './workbench';

workbenchTests('web');
