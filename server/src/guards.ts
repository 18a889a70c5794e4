// Handlers that cannot take the language server down: a failing request is answered with an
// LSP error and logged with its stack, a failing notification is logged instead of lost, and
// the server keeps serving the next message.

import { type CancellationToken, ErrorCodes, type RemoteConsole, ResponseError } from 'vscode-languageserver';

/** Handlers that cannot take the server down. */
export interface Guards {
  request<P, R>(method: string, handler: (params: P, token: CancellationToken) => R | Promise<R>): (params: P, token: CancellationToken) => Promise<R | ResponseError<void>>;
  notification<P>(method: string, handler: (params: P) => void | Promise<void>): (params: P) => Promise<void>;
}

/**
 * A request's failure is logged to the client's output (with its stack) and answered with an
 * LSP error naming the request; a notification's is logged instead of lost. The server keeps
 * serving the next message.
 */
export function guards(console: RemoteConsole): Guards {
  const stackOf = (error: unknown) => (error as Error)?.stack ?? String(error);
  return {
    request: (method, handler) => async (params, token) => {
      try {
        return await handler(params, token);
      } catch (error) {
        console.error(`Request ${method} failed: ${stackOf(error)}`);
        return new ResponseError(ErrorCodes.InternalError, `LFX proposals: ${method} failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    },
    notification: (method, handler) => async (params) => {
      try {
        await handler(params);
      } catch (error) {
        console.error(`Notification ${method} failed: ${stackOf(error)}`);
      }
    },
  };
}
