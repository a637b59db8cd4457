import type { Diagnostic, Lang } from '../model/diagnostic.js';
import { TOOL_PATH, VERSION_PATH, type Pinned } from './pinned.js';

export const TOOL_VERSION_RULE = {
  id: 'tool-version',
  description: {
    zh: '园区仓库固定的 wuzhong（.wuzhong/wuzhong.mjs）与正在运行的版本不同，或 .wuzhong/VERSION 与该文件不符',
    en: 'the wuzhong pinned in the zone repo (.wuzhong/wuzhong.mjs) differs from the one running, or .wuzhong/VERSION does not match that file',
  },
} as const;

/**
 * A warning when the zone pins a tool other than the one running (scoring rules could change by accident),
 * or when the pin itself is inconsistent. No pin, no finding.
 */
export function toolVersionFindings(pinned: Pinned | undefined, running: { version: string; sha256?: string }, lang: Lang): Diagnostic[] {
  if (pinned === undefined) return [];
  const en = lang === 'en';
  const warn = (message: string): Diagnostic[] => [{ file: VERSION_PATH, line: 1, column: 1, severity: 'warning', rule: TOOL_VERSION_RULE.id, message }];
  const fix = en ? 'run `wuzhong upgrade` to pin a release again' : '请运行 wuzhong upgrade 重新固定';
  if (pinned.fileSha256 === undefined) return warn(en ? `${TOOL_PATH} is missing: ${fix}` : `缺少 ${TOOL_PATH}：${fix}`);
  if (pinned.version === undefined || pinned.sha256 === undefined) return warn(en ? `${VERSION_PATH} is missing or does not name a version and a sha256: ${fix}` : `${VERSION_PATH} 缺失，或没有写明版本号和 sha256：${fix}`);
  if (pinned.sha256 !== pinned.fileSha256 || pinned.version !== pinned.fileVersion) return warn(en ? `${TOOL_PATH} is not the file ${VERSION_PATH} names (their sha256 or version differ): ${fix}` : `${TOOL_PATH} 与 ${VERSION_PATH} 记录的不是同一个文件（sha256 或版本号不同）：${fix}`);
  const use = en
    ? `CI runs the pinned one, and the two may check and score differently; run \`node ${TOOL_PATH}\`, or \`wuzhong upgrade\` to change the pin`
    : `CI 运行的是固定的版本，两者的检查和计分规则可能不同；请用 node ${TOOL_PATH} 运行，或用 wuzhong upgrade 更换固定的版本`;
  if (pinned.version !== running.version) {
    return warn(en ? `this zone pins wuzhong ${pinned.version} and wuzhong ${running.version} is running: ${use}` : `园区仓库固定的是 wuzhong ${pinned.version}，正在运行的是 ${running.version}：${use}`);
  }
  if (running.sha256 !== undefined && running.sha256 !== pinned.sha256) {
    return warn(en ? `this zone pins a different build of wuzhong ${pinned.version} (its sha256 differs from the running file): ${use}` : `园区仓库固定的 wuzhong ${pinned.version} 与正在运行的不是同一个文件（sha256 不同）：${use}`);
  }
  return [];
}
