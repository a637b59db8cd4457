import { LISTS } from '../model/lists.js';
import { orHint, reason, type ScaffoldMessages } from './zh-scaffold.js';

export const enScaffold: ScaffoldMessages = {
  initHeader: (dir, zone) => `Initialising zone repo "${zone}" in ${dir}:`,
  outcomes: {
    created: (n) => `Created ${n} file(s):`,
    overwritten: (n) => `Overwrote ${n} file(s):`,
    unchanged: (n) => `${n} file(s) already identical, left alone:`,
    'skipped-existing': (n) => `Skipped ${n} existing file(s) (add --force to overwrite them with the templates):`,
    'skipped-not-file': (n) => `Skipped ${n} path(s) that are not regular files (directories or links):`,
  },
  initNext: [
    'Next:',
    '  1. edit wuzhong.yaml: replace units and leaders with your zone\'s units and lead officials',
    `  2. in the zone folder, node .wuzhong/wuzhong.mjs new projects <id>: a new item from a template (lists: ${LISTS.join(' ')})`,
    '  3. node .wuzhong/wuzhong.mjs check: check the data; then git add . && git commit',
  ],
  notDirectory: (dir) => `${dir} exists and is not a directory`,
  insideZone: (dir, enclosing) =>
    `${dir} is inside the zone repo ${enclosing} (which holds wuzhong.yaml): refusing to scaffold a zone repo inside another; nothing was written. Add --force if you really mean it`,
  emptyZone: 'the zone name must not be empty (use --zone)',
  cannotWrite: (path, why) => `cannot write ${path}: ${reason(false, why)}`,
  schemaHeader: (dir) => `JSON Schemas in ${dir}:`,
  badList: (list, lists, hint) => `"${list}" is not a list: use ${lists.slice(0, -1).join(', ')} or ${lists.at(-1)}${orHint(false, hint)}`,
  badId: (id) => `invalid id "${id}": use lower-case letters, digits and single hyphens, e.g. jiaotou-supply-chain`,
  idTooLong: (length, max) => `the id is too long (${length} characters): at most ${max}, as it is also the file name`,
  unknownUnit: (name, hint) => `"${name}" is not a unit listed in wuzhong.yaml${orHint(false, hint)}`,
  unknownLeader: (name, hint) => `"${name}" is not a leader listed in wuzhong.yaml${orHint(false, hint)}`,
  emptyText: (flag) => `${flag} must not be empty`,
  hiddenChar: (flag, value, char) => `${flag} "${value}" contains the invisible character ${char}; remove it`,
  exists: (path) => `${path} already exists; nothing was written`,
  symlinkFolder: (path) => `${path} is a symbolic link: wuzhong does not write through links; make it a real folder; nothing was written`,
  brokenConfig: 'wuzhong.yaml has errors: run wuzhong check and fix them first',
  newCreated: (path, label, start, due) => `Created ${path} (${label}, start ${start}, due ${due})`,
  newNext: 'Fill it in, then run wuzhong check.',
  noSchemas: (file) => `Note: ${file} is missing, so editors cannot help with the fields; run wuzhong schema.`,
};
