import type { ToolMessages } from './zh-tool.js';

export const enTool: ToolMessages = {
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
