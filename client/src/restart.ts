// What the client does when the language server's process ends unexpectedly: restart it, log
// each restart to the output channel, and tell the user once per session (not once per crash);
// after too many crashes in a short time it stops restarting and says so, once. Used by the Node
// client, whose server is a process: in the browser the worker's reader never reports a close.

import { CloseAction, type CloseHandlerResult, ErrorAction, type ErrorHandler, type ErrorHandlerResult, type Message } from 'vscode-languageclient';

/** Crashes allowed within WINDOW_MS before the server is left stopped. */
const MAX_RESTARTS = 4;
const WINDOW_MS = 3 * 60 * 1000;

export class RestartingErrorHandler implements ErrorHandler {
  private crashes: number[] = [];
  private told = false;

  constructor(
    /** Shows one message to the user (a notification). */
    private readonly notify: (message: string) => void,
    /** The output channel's name, for the messages. */
    private readonly channel: string,
    private readonly now: () => number = Date.now,
  ) {}

  error(error: Error, _message: Message | undefined, count: number | undefined): ErrorHandlerResult {
    // The channel to a server that died (EPIPE, "channel closed"): carry on, and closed() restarts
    // it. Shutting down there stopped the client for good ("Server will not be restarted"): a send
    // to a killed server fails that way, on IPC through send's callback, which counts each failure
    // twice (2, 4, 6), so a count alone cannot tell it from broken messages.
    if (isChannelError(error)) return { action: ErrorAction.Continue, handled: true };
    // A few broken messages are logged and skipped; a connection that keeps breaking them is shut down.
    return count !== undefined && count <= 3 ? { action: ErrorAction.Continue, handled: true } : { action: ErrorAction.Shutdown };
  }

  closed(): CloseHandlerResult {
    const now = this.now();
    this.crashes = this.crashes.filter((time) => now - time < WINDOW_MS).concat(now);
    if (this.crashes.length > MAX_RESTARTS) {
      // Not handled: the client shows this error once and stops.
      return {
        action: CloseAction.DoNotRestart,
        message: `The LFX proposals language server stopped ${this.crashes.length} times in 3 minutes and will not be restarted. See the "${this.channel}" output for details, and reload the window to try again.`,
      };
    }
    if (!this.told) {
      this.told = true;
      this.notify(`The LFX proposals language server stopped unexpectedly and was restarted. See the "${this.channel}" output for details.`);
    }
    // Handled: the client writes the message to the output channel only.
    return { action: CloseAction.Restart, message: `The language server stopped unexpectedly; restarting it (${this.crashes.length} in the last 3 minutes).`, handled: true };
  }
}

/** Errors of a channel whose other end is gone, as Node reports them for pipes, sockets and IPC. */
const CHANNEL_ERRORS = new Set(['EPIPE', 'ECONNRESET', 'ERR_IPC_CHANNEL_CLOSED', 'ERR_STREAM_DESTROYED', 'ERR_STREAM_WRITE_AFTER_END']);

function isChannelError(error: unknown): boolean {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  return (typeof code === 'string' && CHANNEL_ERRORS.has(code)) || /\b(?:EPIPE|channel closed)\b/i.test(String(message ?? ''));
}
