import { SCHEMA_SPECS } from '../model/json-schema.js';

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** VS Code + Red Hat YAML: each data folder validated and documented by its schema. */
export function vscodeSettings(): string {
  const schemas = Object.fromEntries(SCHEMA_SPECS.map((s) => [`./schemas/${s.file}`, s.globs]));
  return json({
    'yaml.schemas': schemas,
    'yaml.yamlVersion': '1.2',
    'yaml.validate': true,
    'yaml.hover': true,
    'yaml.completion': true,
    'files.encoding': 'utf8',
    'files.eol': '\n',
    'files.insertFinalNewline': true,
    '[yaml]': { 'editor.insertSpaces': true, 'editor.tabSize': 2 },
  });
}

export function vscodeExtensions(): string {
  return json({ recommendations: ['redhat.vscode-yaml', 'editorconfig.editorconfig'] });
}

export function editorconfig(): string {
  return [
    '# https://editorconfig.org — UTF-8, LF, 2 spaces, final newline for every file',
    'root = true',
    '',
    '[*]',
    'charset = utf-8',
    'end_of_line = lf',
    'indent_style = space',
    'indent_size = 2',
    'insert_final_newline = true',
    'trim_trailing_whitespace = true',
    '',
    '[*.md]',
    'trim_trailing_whitespace = false',
    '',
  ].join('\n');
}

export function gitattributes(): string {
  return [
    '# Keep LF endings in the repo whatever the editor or OS (Windows checkouts included)',
    '* text=auto eol=lf',
    '*.yaml text eol=lf',
    '*.yml text eol=lf',
    '*.json text eol=lf',
    '*.md text eol=lf',
    '',
  ].join('\n');
}
