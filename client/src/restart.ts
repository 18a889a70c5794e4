// What the client does when the language server's process ends unexpectedly: restart it, log
// each restart to the output channel, and tell the user once per session (not once per crash);
// after too many crashes in a short time it stops restarting and says so, once. The same for the
// Node process and the browser's worker ('vscode-languageclient' resolves to either build).

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

  error(_error: Error, _message: Message | undefined, count: number | undefined): ErrorHandlerResult {
    // An error of the channel itself (no count: EPIPE, "channel closed") comes when the server's
    // process died in the middle of a write: carry on, and closed() restarts it. Shutting down
    // there would stop the client for good (a test that killed the server while a diagnostics
    // request was in flight saw exactly that). A few broken messages are logged and skipped; a
    // connection that keeps breaking them is shut down.
    return count === undefined || count <= 3 ? { action: ErrorAction.Continue, handled: true } : { action: ErrorAction.Shutdown };
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
