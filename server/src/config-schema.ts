// The JSON schema of `.lfx-proposals.json`, generated from the rule list (never written by
// hand): VS Code completes and checks rule ids and severities with it (contributes.jsonValidation).

import { SEVERITY_SETTINGS } from './core/config';
import { RULE_CATALOGUE, ruleDocsUrl } from './rules';

/** The schema, as an object to serialise. */
export function configSchema(): object {
  const severity = { type: 'string', enum: [...SEVERITY_SETTINGS] };
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'LFX Mentorship Proposals configuration',
    description: 'Settings of lfx-proposals (the VS Code extension and the CLI) for the proposal files in this folder and below.',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string' },
      rules: {
        type: 'object',
        description: 'Severity per rule, over its default; "off" silences it.',
        additionalProperties: false,
        properties: Object.fromEntries(
          RULE_CATALOGUE.map((rule) => [
            rule.id,
            { ...severity, description: `${rule.description} Default: ${rule.severity}.`, markdownDescription: `${rule.description} Default: \`${rule.severity}\`. [Documentation](${ruleDocsUrl(rule.id)})` },
          ]),
        ),
      },
      files: {
        type: 'array',
        items: { type: 'string' },
        description: 'Glob patterns, relative to this file\'s folder, of the proposal files (replaces the editor setting lfxProposals.files).',
      },
      ignore: {
        type: 'array',
        items: { type: 'string' },
        description: 'Glob patterns, relative to this file\'s folder, of files never checked.',
      },
    },
  };
}
