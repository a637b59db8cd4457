import type { CliText } from './zh-cli.js';

export const enCli: CliText = {
  badAsOf: (value) => `--as-of must be a real date YYYY-MM-DD (got "${value}")`,
  badMonth: (month) => `--month must be YYYY-MM (got "${month}")`,
  badSince: (value) => `--since must be a real date YYYY-MM-DD (got "${value}")`,
  repoNotFolder: (dir, exists) =>
    `--repo must be an existing folder (the zone repo, which holds wuzhong.yaml): ${dir} ${exists ? 'is not a folder' : 'does not exist'}`,
  noConfigIn: (dir) => `no wuzhong.yaml in ${dir}`,
  noZoneRepo: 'no zone repo found: no wuzhong.yaml here or in any parent directory (use --repo DIR, or `wuzhong init`)',
  noSuchPath: (arg) => `no such file or folder: "${arg}"`,
  outsideZone: (arg, root) => `"${arg}" is outside the zone repo ${root}`,
  unknownValue: (flag, value, near, valid) =>
    `${flag}: unknown "${value}"${near ? `; did you mean "${near}"?` : ''} (one of: ${valid.join(', ')})`,
  summaryNotWritten: (file, why) => `could not write the job summary to ${file}: ${why}`,
  shallowLog: 'wuzhong: note: this is a shallow clone, so older history is missing (git fetch --unshallow)',
  unknownItem: (name, hint) =>
    `unknown item "${name}": name it <list>/<id>, e.g. projects/jiaotou-supply-chain${hint ? `; did you mean "${hint}"?` : ''}`,
  itemNotFound: (key, hint) =>
    `item ${key} not found: lists/${key}.yaml does not exist and no commit changed it${hint ? `; did you mean ${hint}?` : ''}`,
  gitDetail: (detail) => ` (git: ${detail})`,
  noGitFor: (command) => `${command} needs git, and no git command was found on PATH`,
  notRepoFor: (command, root, detail) => `${command} needs a git repository, and ${root} is not inside one${detail}`,
  unknownRev: (rev, shallow) =>
    `unknown git revision "${rev}"` +
    (shallow
      ? ': this is a shallow clone, so it may not have been fetched (in CI use fetch-depth: 0, or git fetch origin <branch> first)'
      : ': check the branch name or commit (a remote branch must be fetched first)'),
  gitFailed: (command, detail) => `${command}: git failed${detail}`,
};
