// The workbench tests (workbench.ts) with the extension's Node build: its `main` in code-server's
// Node extension host.
import { workbenchTests } from './workbench';

workbenchTests('node');
