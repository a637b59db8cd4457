import type { Lang } from '../model/diagnostic.js';

/** What init and upgrade say about the pinned tool, in both output languages. */
export interface ToolMessages {
  noRelease: string;
  upgradeNoRelease: string;
  notARelease(file: string): string;
  doesNotRun(file: string, detail: string): string;
  cannotRead(file: string, reason: string): string;
  cannotWrite(path: string, reason: string): string;
  upgraded(from: string, to: string): string;
  pinnedFirst(to: string): string;
  unchanged(version: string): string;
  next: string;
}

const zh: ToolMessages = {
  noRelease: '提示：没有找到单文件版本（dist/wuzhong.mjs），未把 wuzhong 放入 .wuzhong/，CI 模板需要它：在 wuzhong 源码目录运行 npm run release，再在园区仓库运行 wuzhong upgrade <dist/wuzhong.mjs 的路径>',
  upgradeNoRelease: '正在运行的 wuzhong 不是单文件版本，附近也没有 dist/wuzhong.mjs：请指定文件，如 wuzhong upgrade ~/下载/wuzhong.mjs（源码目录中先运行 npm run release）',
  notARelease: (file) => `${file} 不是 wuzhong 单文件版本（第一行应为“// wuzhong <版本号> …”）`,
  doesNotRun: (file, detail) => `${file} 无法运行（node ${file} --version：${detail}），未作改动`,
  cannotRead: (file, why) => `无法读取 ${file}：${why}`,
  cannotWrite: (path, why) => `无法写入 ${path}：${why}`,
  upgraded: (from, to) => `.wuzhong/wuzhong.mjs：${from} → ${to}`,
  pinnedFirst: (to) => `.wuzhong/wuzhong.mjs：（无） → ${to}`,
  unchanged: (v) => `.wuzhong/wuzhong.mjs 已是 ${v}（同一文件），未改动`,
  next: '请提交 .wuzhong/：git add .wuzhong && git commit -m "wuzhong: 更换固定版本"',
};

const en: ToolMessages = {
  noRelease: 'Note: no single-file release (dist/wuzhong.mjs) was found, so wuzhong was not put into .wuzhong/, which the CI templates need: run npm run release in the wuzhong source folder, then wuzhong upgrade <path to dist/wuzhong.mjs> in the zone repo',
  upgradeNoRelease: 'the running wuzhong is not a single-file release and there is no dist/wuzhong.mjs next to it: name the file, e.g. wuzhong upgrade ~/Downloads/wuzhong.mjs (in a source checkout, run npm run release first)',
  notARelease: (file) => `${file} is not a wuzhong single-file release (its first line should be "// wuzhong <version> …")`,
  doesNotRun: (file, detail) => `${file} does not run (node ${file} --version: ${detail}); nothing was changed`,
  cannotRead: (file, why) => `cannot read ${file}: ${why}`,
  cannotWrite: (path, why) => `cannot write ${path}: ${why}`,
  upgraded: (from, to) => `.wuzhong/wuzhong.mjs: ${from} → ${to}`,
  pinnedFirst: (to) => `.wuzhong/wuzhong.mjs: (none) → ${to}`,
  unchanged: (v) => `.wuzhong/wuzhong.mjs is already ${v} (the same file); nothing was changed`,
  next: 'Commit .wuzhong/: git add .wuzhong && git commit -m "wuzhong: change the pinned version"',
};

export const toolMessages: Record<Lang, ToolMessages> = { 'zh-CN': zh, en };
