// The language server on Node (dist/server.js): over IPC when the VS Code client starts it, over
// stdio (`--stdio`) for any other editor; it reads the workspace from the disk.

import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { URI } from 'vscode-uri';
import { startServer } from './language-server';
import { nodeHost } from './workspace-files';

const logUnhandled = startServer(createConnection(ProposedFeatures.all), (_connection, folders, storageUri) =>
  nodeHost(() => folders().map((folder) => URI.parse(folder.uri).path.replace(/\/$/, '')), storageUri),
);
process.on('unhandledRejection', logUnhandled);
