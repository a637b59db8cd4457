import { LISTS } from '../model/lists.js';
import { zhQuote } from '../text/quote.js';
import type { WriteOutcome } from '../scaffold/index.js';

/** What init, new and schema say, in one language. */
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

export const orHint = (zh: boolean, hint: string | undefined) => (hint ? (zh ? `，是不是${zhQuote(hint)}？` : `; did you mean "${hint}"?`) : '');

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
export const reason = (zh: boolean, code: string) => {
  const words = FS_REASONS[code];
  return words ? `${words[zh ? 0 : 1]} (${code})` : code;
};

export const zhScaffold: ScaffoldMessages = {
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
