/** What init and upgrade say about the pinned tool, in one language. */
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

export const zhTool: ToolMessages = {
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
