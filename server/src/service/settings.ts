// The settings of one resource: the editor's `lfxProposals.*` (checked here, since the editor
// sends whatever the user wrote) merged with the configuration file (`.lfx-proposals.json`)
// that applies to it, which the CLI reads too. Read once per URI until something changes.

import type { ProposalConfig } from '../core/config';
import { DEFAULT_PROPOSAL_FILES } from '../core/proposal-files';
import type { RuleSettings } from '../rules';
import type { SettingsSource } from './host';

/** The settings of one resource. */
export interface Settings {
  /** The editor's `lfxProposals.files`, used where no configuration file sets `files`. */
  files: string[];
  /** The configuration file's rules with the editor's `lfxProposals.rules` on top. */
  rules: RuleSettings;
  delayMs: number;
  /** Files larger than this (in KB) are not analysed: one information diagnostic says so. */
  maxFileSizeKB: number;
  config: ProposalConfig;
}

/** No configuration file. */
export const NO_CONFIG: ProposalConfig = { rules: {}, ignore: [], sources: [] };

export const DEFAULT_SETTINGS: Settings = { files: [...DEFAULT_PROPOSAL_FILES], rules: {}, delayMs: 50, maxFileSizeKB: 4096, config: NO_CONFIG };

const SEVERITY_SETTINGS = ['error', 'warning', 'information', 'hint', 'off'];

/** `lfxProposals.*` as the client sends it, unchecked. */
type EditorSettings = { files?: unknown; rules?: unknown; validation?: { delayMs?: unknown }; maxFileSizeKB?: unknown } | null | undefined;

/** The editor's settings as given, with defaults for what is missing or malformed. */
export function readEditorSettings(given: unknown): Omit<Settings, 'config'> {
  const value = (given && typeof given === 'object' ? given : undefined) as EditorSettings;
  const files = Array.isArray(value?.files) ? value.files.filter((pattern): pattern is string => typeof pattern === 'string') : DEFAULT_SETTINGS.files;
  const rules: RuleSettings = {};
  if (value?.rules && typeof value.rules === 'object') {
    for (const [id, severity] of Object.entries(value.rules)) {
      if (SEVERITY_SETTINGS.includes(severity as string)) rules[id] = severity as RuleSettings[string];
    }
  }
  const delay = Number(value?.validation?.delayMs);
  const delayMs = Number.isFinite(delay) && delay >= 0 ? Math.min(delay, 10_000) : DEFAULT_SETTINGS.delayMs;
  const limit = Number(value?.maxFileSizeKB);
  const maxFileSizeKB = Number.isFinite(limit) && limit > 0 ? limit : DEFAULT_SETTINGS.maxFileSizeKB;
  return { files, rules, delayMs, maxFileSizeKB };
}

/** Settings by URI, each asked of the editor once and merged with its configuration file. */
export class SettingsCache {
  private readonly cache = new Map<string, Promise<Settings>>();

  /** @param configOf the configuration that applies to a URI (read when its settings are first asked). */
  constructor(
    private readonly source: SettingsSource,
    private readonly configOf: (uri: string) => ProposalConfig,
  ) {}

  get(uri: string): Promise<Settings> {
    let settings = this.cache.get(uri);
    if (!settings) {
      const editor = this.source.editorSettings(uri).then(readEditorSettings, () => readEditorSettings(null));
      settings = editor.then((editorSettings) => {
        const config = this.configOf(uri);
        return { ...editorSettings, rules: { ...config.rules, ...editorSettings.rules }, config };
      });
      this.cache.set(uri, settings);
    }
    return settings;
  }

  /** Forgets one URI's settings (a closed document), or all of them (the settings or a configuration file changed). */
  forget(uri?: string): void {
    if (uri === undefined) this.cache.clear();
    else this.cache.delete(uri);
  }
}
