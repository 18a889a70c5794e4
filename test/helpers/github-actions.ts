// GitHub Actions steps run the way the runner runs them, for the action's test: `${{ … }}`
// expressions substituted into the text, each `run:` written to a file and run by the shell
// command GitHub uses, GITHUB_OUTPUT read back into `steps.<id>.outputs`, a failing step ending
// the job, and a composite action's steps given its inputs only through expressions (GitHub
// sets no INPUT_* variables for them: actions/runner#665). `uses:` steps are the caller's to
// run or skip. Anything else a step may say (`if:`, `continue-on-error:` …) is refused, so a
// test cannot pass on a step this runner reads differently from GitHub.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';

export interface Step {
  name?: string;
  id?: string;
  uses?: string;
  with?: Record<string, unknown>;
  run?: string;
  shell?: string;
  env?: Record<string, unknown>;
  'working-directory'?: string;
}

/** What the expressions of a step can read. */
export interface Context {
  workspace: string;
  /** `inputs`, in a composite action. */
  inputs?: Record<string, string>;
  /** `github.action_path`, in a composite action. */
  actionPath?: string;
  steps: Record<string, { outputs: Record<string, string> }>;
}

/** What a job or an action printed (workflow commands included), and how it ended. */
export interface Outcome {
  status: number;
  stdout: string;
  stderr: string;
}

const STEP_KEYS = new Set(['name', 'id', 'uses', 'with', 'run', 'shell', 'env', 'working-directory']);

/** The value of `${{ path }}` for the property paths these tests use; any other expression throws. */
function lookup(expression: string, context: Context): string {
  const path = expression.split('.');
  let value: unknown;
  if (path[0] === 'inputs' && path.length === 2 && context.inputs) {
    if (!(path[1] in context.inputs)) throw new Error(`\${{ ${expression} }}: the action declares no such input`);
    value = context.inputs[path[1]];
  } else if (expression === 'github.action_path' && context.actionPath) {
    value = context.actionPath;
  } else if (expression === 'github.workspace') {
    value = context.workspace;
  } else if (path[0] === 'steps' && path[2] === 'outputs' && path.length === 4 && context.steps[path[1]]) {
    value = context.steps[path[1]].outputs[path[3]];
  } else {
    throw new Error(`\${{ ${expression} }} is not an expression this runner knows`);
  }
  // GitHub turns a missing property into an empty string.
  return value === undefined || value === null ? '' : String(value);
}

/** Text with its `${{ … }}` expressions replaced, as GitHub does before it runs a script. */
export function substitute(text: string, context: Context): string {
  return text.replace(/\$\{\{\s*(.*?)\s*\}\}/g, (_, expression: string) => lookup(expression, context));
}

/** The outputs a step wrote to GITHUB_OUTPUT: `name=value` lines and `name<<DELIMITER` blocks. */
function readOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const block = /^([^=<]+)<<(.+)$/.exec(lines[index]);
    if (block) {
      const end = lines.indexOf(block[2], index + 1);
      if (end < 0) throw new Error(`GITHUB_OUTPUT: no closing ${block[2]}`);
      outputs[block[1]] = lines.slice(index + 1, end).join('\n');
      index = end;
    } else if (lines[index].includes('=')) {
      const at = lines[index].indexOf('=');
      outputs[lines[index].slice(0, at)] = lines[index].slice(at + 1);
    }
  }
  return outputs;
}

/**
 * Runs steps in order until one fails. `uses` runs (or skips, returning undefined) a step that
 * uses an action; `baseEnv` is the runner's environment.
 */
export function runSteps(steps: Step[], context: Context, baseEnv: NodeJS.ProcessEnv, uses: (step: Step, context: Context) => Outcome | undefined): Outcome {
  const outcome: Outcome = { status: 0, stdout: '', stderr: '' };
  for (const step of steps) {
    const unknown = Object.keys(step).filter((key) => !STEP_KEYS.has(key));
    if (unknown.length > 0) throw new Error(`step ${step.name ?? step.uses ?? ''}: this runner does not read ${unknown.join(', ')}`);
    let result: Outcome | undefined;
    let outputs: Record<string, string> = {};
    if (step.uses !== undefined) {
      result = uses(step, context);
    } else {
      const ran = runScript(step, context, baseEnv);
      result = ran.outcome;
      outputs = ran.outputs;
    }
    if (step.id) context.steps[step.id] = { outputs };
    if (!result) continue;
    outcome.stdout += result.stdout;
    outcome.stderr += result.stderr;
    if (result.status !== 0) return { ...outcome, status: result.status };
  }
  return outcome;
}

function runScript(step: Step, context: Context, baseEnv: NodeJS.ProcessEnv): { outcome: Outcome; outputs: Record<string, string> } {
  if (step.run === undefined) throw new Error(`step ${step.name ?? ''} has neither run nor uses`);
  const folder = mkdtempSync(join(tmpdir(), 'lfx-step-'));
  try {
    const script = join(folder, 'step.sh');
    writeFileSync(script, substitute(step.run, context));
    const outputFile = join(folder, 'output');
    writeFileSync(outputFile, '');
    // GitHub's commands: `shell: bash` is `bash --noprofile --norc -eo pipefail {0}`, no shell `bash -e {0}`.
    if (step.shell !== undefined && step.shell !== 'bash') throw new Error(`shell ${step.shell}: only bash is run here`);
    const shell = step.shell === 'bash' ? ['--noprofile', '--norc', '-eo', 'pipefail', script] : ['-e', script];
    const env: NodeJS.ProcessEnv = { ...baseEnv, GITHUB_OUTPUT: outputFile };
    for (const [name, value] of Object.entries(step.env ?? {})) env[name] = substitute(String(value), context);
    const cwd = step['working-directory'] ? substitute(step['working-directory'], context) : context.workspace;
    const result = spawnSync('bash', shell, { cwd, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    if (result.error) throw result.error;
    const outcome = { status: result.status ?? 1, stdout: result.stdout, stderr: result.stderr };
    return { outcome, outputs: readOutputs(readFileSync(outputFile, 'utf8')) };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** A composite action's metadata (`action.yml` in its folder). */
export interface ActionMetadata {
  inputs?: Record<string, { required?: boolean; default?: string }>;
  runs: { using: string; steps: Step[] };
}

export function readAction(actionPath: string): ActionMetadata {
  return parseYaml(readFileSync(join(actionPath, 'action.yml'), 'utf8')) as ActionMetadata;
}

/**
 * Runs the composite action in `actionPath` with the `with:` values given (already substituted),
 * each input missing from them taking its default. `uses` handles the action's own `uses:` steps.
 */
export function runCompositeAction(
  actionPath: string,
  given: Record<string, string>,
  job: Context,
  baseEnv: NodeJS.ProcessEnv,
  uses: (step: Step) => Outcome | undefined,
): Outcome {
  const action = readAction(actionPath);
  if (action.runs.using !== 'composite') throw new Error(`runs.using is ${action.runs.using}, not composite`);
  const declared = action.inputs ?? {};
  const unexpected = Object.keys(given).filter((name) => !(name in declared));
  if (unexpected.length > 0) throw new Error(`unexpected inputs ${unexpected.join(', ')}`);
  const inputs = Object.fromEntries(Object.entries(declared).map(([name, input]) => [name, given[name] ?? input.default ?? '']));
  const context: Context = { workspace: job.workspace, inputs, actionPath, steps: {} };
  return runSteps(action.runs.steps, context, { ...baseEnv, GITHUB_ACTION_PATH: actionPath }, (step) => uses(step));
}
