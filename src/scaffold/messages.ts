import { LISTS } from '../model/lists.js';
import { zhQuote } from '../text/quote.js';
import type { WriteOutcome } from './index.js';

/** What init, new and schema say, in both output languages. */
export interface ScaffoldMessages {
  initHeader(dir: string, zone: string): string;
  outcomes: Record<WriteOutcome, (n: number) => string>;
  initNext: string[];
  notDirectory(dir: string): string;
  insideZone(dir: string, enclosing: string): string;
  emptyZone: string;
  cannotWrite(path: string, reason: string): string;
  symlinkFolder(path: string): string;
  schemaHeader(dir: string): string;
  badList(list: string, lists: readonly string[], hint: string | undefined): string;
  badId(id: string): string;
  idTooLong(length: number, max: number): string;
  unknownUnit(name: string, hint: string | undefined): string;
  unknownLeader(name: string, hint: string | undefined): string;
  emptyText(flag: string): string;
  hiddenChar(flag: string, value: string, char: string): string;
  exists(path: string): string;
  brokenConfig: string;
  newCreated(path: string, label: string, start: string, due: string): string;
  newNext: string;
  noSchemas(file: string): string;
}

const orHint = (zh: boolean, hint: string | undefined) => (hint ? (zh ? `，是不是${zhQuote(hint)}？` : `; did you mean "${hint}"?`) : '');

/** Common file-system error codes in words, the code kept for searching. */
const FS_REASONS: Record<string, [zh: string, en: string]> = {
  EACCES: ['没有写入权限', 'permission denied'],
  EPERM: ['操作不被允许', 'operation not permitted'],
  EROFS: ['文件系统是只读的', 'read-only file system'],
  ENOSPC: ['磁盘空间不足', 'no space left on the device'],
  EDQUOT: ['超出磁盘配额', 'disk quota exceeded'],
  ENAMETOOLONG: ['文件名太长', 'file name too long'],
  ENOTDIR: ['路径中有一段是文件而不是目录', 'a part of the path is a file, not a folder'],
  EISDIR: ['该路径是目录', 'the path is a folder'],
  EEXIST: ['文件已存在', 'the file already exists'],
  ELOOP: ['符号链接层数过多', 'too many symbolic links'],
  EIO: ['输入输出错误', 'input/output error'],
};
const reason = (zh: boolean, code: string) => {
  const words = FS_REASONS[code];
  return words ? `${words[zh ? 0 : 1]} (${code})` : code;
};

const zh: ScaffoldMessages = {
  initHeader: (dir, zone) => `在 ${dir} 初始化园区仓库${zhQuote(zone)}：`,
  outcomes: {
    created: (n) => `新建${n}个文件：`,
    overwritten: (n) => `覆盖${n}个文件：`,
    unchanged: (n) => `${n}个文件内容相同，未改动：`,
    'skipped-existing': (n) => `跳过${n}个已存在的文件（加 --force 用模板覆盖）：`,
    'skipped-not-file': (n) => `跳过${n}个不是普通文件的路径（目录或链接）：`,
  },
  initNext: [
    '下一步：',
    '  1. 编辑 wuzhong.yaml：把 units 和 leaders 换成本园区的责任单位和牵头领导',
    `  2. 在园区目录中运行 node .wuzhong/wuzhong.mjs new projects <编号>：按模板新建事项（五个清单：${LISTS.join(' ')}）`,
    '  3. node .wuzhong/wuzhong.mjs check：检查数据；git add . && git commit 提交',
  ],
  notDirectory: (dir) => `${dir} 已存在且不是目录`,
  insideZone: (dir, enclosing) =>
    `${dir} 位于已有的园区仓库 ${enclosing} 之内（那里有 wuzhong.yaml）：不在园区仓库里再建一个园区仓库，未写入任何文件。确需如此请加 --force`,
  emptyZone: '园区名称不能为空（用 --zone 指定）',
  cannotWrite: (path, why) => `无法写入 ${path}：${reason(true, why)}`,
  schemaHeader: (dir) => `JSON Schema 写入 ${dir}：`,
  badList: (list, lists, hint) => `${zhQuote(list)}不是清单名，应为 ${lists.join('、')} 之一${orHint(true, hint)}`,
  badId: (id) => `编号${zhQuote(id)}无效：只能用小写字母、数字和单个连字符，如 jiaotou-supply-chain`,
  idTooLong: (length, max) => `编号太长（${length}个字符）：最多${max}个字符，它也是文件名`,
  unknownUnit: (name, hint) => `${zhQuote(name)}不是 wuzhong.yaml 中登记的责任单位${orHint(true, hint)}`,
  unknownLeader: (name, hint) => `${zhQuote(name)}不是 wuzhong.yaml 中登记的领导${orHint(true, hint)}`,
  emptyText: (flag) => `${flag} 不能为空`,
  hiddenChar: (flag, value, char) => `${flag} 的值“${value}”含有看不见的字符 ${char}，请删去`,
  exists: (path) => `${path} 已存在，没有改动`,
  symlinkFolder: (path) => `${path} 是符号链接：wuzhong 不通过符号链接写入，请换成真实的目录，未写入任何文件`,
  brokenConfig: 'wuzhong.yaml 有错误，请先运行 wuzhong check 修正',
  newCreated: (path, label, start, due) => `已新建 ${path}（${label}，开始${start}，完成时限${due}）`,
  newNext: '按实际情况修改后运行 wuzhong check。',
  noSchemas: (file) => `提示：没有 ${file}，编辑器无法提示字段；运行 wuzhong schema 生成。`,
};

const en: ScaffoldMessages = {
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

export const scaffoldMessages = { 'zh-CN': zh, en } as const;
