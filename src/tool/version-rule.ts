import { msg, type Message } from '../i18n/index.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { finding, type RuleInfo } from '../model/rule.js';
import { TOOL_PATH, VERSION_PATH, type Pinned } from './pinned.js';

export const toolVersionRule: RuleInfo = {
  id: 'tool-version',
  severity: 'warning',
  description: {
    zh: '园区仓库固定的 wuzhong（.wuzhong/wuzhong.mjs）与正在运行的版本不同，或 .wuzhong/VERSION 与该文件不符',
    en: 'the wuzhong pinned in the zone repo (.wuzhong/wuzhong.mjs) differs from the one running, or .wuzhong/VERSION does not match that file',
  },
  help: {
    zh: 'CI 用园区仓库固定的版本检查和计分。本地用 node .wuzhong/wuzhong.mjs 运行同一个版本；要更换固定的版本，运行 wuzhong upgrade 并提交 .wuzhong/。',
    en: 'CI checks and scores with the version pinned in the zone repo. Run the same one locally with node .wuzhong/wuzhong.mjs; to change the pin, run wuzhong upgrade and commit .wuzhong/.',
  },
};

/**
 * A warning when the zone pins a tool other than the one running (scoring rules could change by accident),
 * or when the pin itself is inconsistent. No pin, no finding.
 */
export function toolVersionFindings(
  pinned: Pinned | undefined, running: { version: string; sha256?: string },
): Diagnostic[] {
  if (pinned === undefined) return [];
  const warn = (m: Message): Diagnostic[] => [finding(toolVersionRule, VERSION_PATH, { line: 1, column: 1 }, m)];
  if (pinned.fileSha256 === undefined) return warn(msg('toolFileMissing', TOOL_PATH));
  if (pinned.version === undefined || pinned.sha256 === undefined) return warn(msg('toolVersionFileBad', VERSION_PATH));
  if (pinned.sha256 !== pinned.fileSha256 || pinned.version !== pinned.fileVersion) return warn(msg('toolPinMismatch', TOOL_PATH, VERSION_PATH));
  if (pinned.version !== running.version) return warn(msg('toolVersionDiffers', pinned.version, running.version, TOOL_PATH));
  if (running.sha256 !== undefined && running.sha256 !== pinned.sha256) return warn(msg('toolBuildDiffers', pinned.version, TOOL_PATH));
  return [];
}
