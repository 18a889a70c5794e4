// The environment a test gives a child process that runs npm or stands for a CI runner.

/**
 * This process's environment without the variables an `npm test` run sets for its scripts
 * (`npm_config_local_prefix`, `npm_package_json`, …: a nested npm would take this repository
 * for its project) and without GitHub's runner variables, plus `extra`.
 */
export function childEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (!/^(npm_|GITHUB_|INPUT_|RUNNER_)/i.test(name)) env[name] = value;
  }
  return { ...env, ...extra };
}
