// How the Node client starts the language server process: the Node options and environment
// it runs with. Kept apart from extension.ts (which imports vscode) so that the protocol
// tests and the benchmark start the server the same way.

/**
 * Node options the server runs with (the VS Code client passes them; so do the tests and the
 * benchmark). `--optimize-for-size` makes V8 trade speed for a much smaller heap: with
 * the corpus indexed and a term file being typed in, about 80 MiB instead of 140 (`npm run bench`), for
 * about 1.7× the CPU time per keystroke (README, "Performance").
 */
export const SERVER_EXEC_ARGV: readonly string[] = ['--optimize-for-size'];

/**
 * Environment the server runs with, beside the editor's own. glibc keeps memory that parsing
 * freed and hands it back to the system only past a threshold it raises as it goes; a fixed
 * 128 KiB one lets it go: 8 to 12 MiB less resident memory with the corpus indexed, at the
 * same keystroke time (README, "Performance"). Other C libraries ignore the variable.
 */
export const SERVER_ENV: Readonly<Record<string, string>> = { MALLOC_TRIM_THRESHOLD_: '131072' };
