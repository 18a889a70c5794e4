// The language server in a browser worker (dist/web/server.js), started by the web extension
// (client/src/browser-extension.ts) for github.dev and vscode.dev: the same server as on Node,
// speaking LSP over the worker's messages and reading the workspace through the client.

import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import { browserHost } from './browser-host';
import { startServer } from './language-server';

declare const self: { addEventListener(type: 'unhandledrejection', listener: (event: { reason: unknown }) => void): void };

const logUnhandled = startServer(createConnection(new BrowserMessageReader(self as never), new BrowserMessageWriter(self as never)), browserHost);
self.addEventListener('unhandledrejection', (event) => logUnhandled(event.reason));
