import { LISTS } from '../model/fields.js';
import { jsonSchemaFiles } from '../model/json-schema.js';
import { giteaWorkflow, githubWorkflow, gitlabCi } from './ci.js';
import { configTemplate } from './config.js';
import { editorconfig, gitattributes, vscodeExtensions, vscodeSettings } from './editor.js';

export interface PlannedFile {
  /** Relative to the target directory, with `/`. */
  path: string;
  text: string;
}

export type WriteOutcome = 'created' | 'overwritten' | 'unchanged' | 'skipped-existing' | 'skipped-not-file';

/** Everything `wuzhong init` writes, in the order it is reported. */
export function scaffoldFiles(zone: string): PlannedFile[] {
  return [
    { path: 'wuzhong.yaml', text: configTemplate(zone) },
    ...LISTS.map((list) => ({ path: `lists/${list}/.gitkeep`, text: '' })),
    { path: 'assessments/.gitkeep', text: '' },
    { path: 'reports/.gitkeep', text: '' },
    ...jsonSchemaFiles().map((s) => ({ path: `schemas/${s.file}`, text: s.text })),
    { path: '.vscode/settings.json', text: vscodeSettings() },
    { path: '.vscode/extensions.json', text: vscodeExtensions() },
    { path: '.editorconfig', text: editorconfig() },
    { path: '.gitattributes', text: gitattributes() },
    { path: '.github/workflows/wuzhong.yml', text: githubWorkflow() },
    { path: '.gitlab-ci.yml', text: gitlabCi() },
    { path: '.gitea/workflows/wuzhong.yml', text: giteaWorkflow() },
  ];
}
