// Wording of `wuzhong sheet` (fill-in sheets), spread into the Chinese table.
import { zhQuote } from '../text/quote.js';

const zhMonth = (month: string) => `${month.slice(0, 4)}年${Number(month.slice(5, 7))}月`;
const clip = (s: string) => (s.length > 40 ? `${s.slice(0, 40)}…` : s);

export const zhSheet = {
  sheetHeaders: {
    no: '序号', list: '清单', item: '事项名称', milestone: '节点', due: '时限', last: '上月进展',
    progress: '本月进展', percent: '完成百分比', done: '节点完成日期', evidence: '完成佐证', problem: '存在问题',
  } as Record<string, string>,
  sheetTabName: () => '填报表',
  sheetFileName: (unit: string, month: string) => `${unit}-${zhMonth(month)}.xlsx`,
  sheetTitle: (zone: string, month: string) => `${zone}“五重”清单${zhMonth(month)}进展填报表`,
  sheetSubtitle: (unit: string, month: string) =>
    `责任单位：${unit}  填报月份：${zhMonth(month)}  只填黄色单元格：事项行填本月进展、完成百分比（0—100），` +
    '节点行填节点完成日期、完成佐证；存在问题每行都可填。灰色单元格已锁定，请勿增删行',
  sheetLast: (month: string, text: string, percent: string) => `${zhMonth(month)}：${text}${percent === '' ? '' : `（${percent}%）`}`,
  sheetDateTip: () => '请填写日期，如 2026-11-30',
  sheetPercentTip: () => '请填写0到100之间的数',
  sheetExported: (file: string, items: number, milestones: number) => `已导出 ${file}：事项${items}项，节点${milestones}个`,
  sheetNoRows: (unit: string, month: string) => `${unit}在${zhMonth(month)}没有未办结的事项或未完成的节点，填报表只有表头`,
  sheetOutExists: (file: string) => `${file} 是目录或无法写入`,

  // import: each refusal names the cell as FILE!CELL (FILE!SHEET!CELL when the workbook has several visible sheets)
  sheetUnreadable: (file: string, reason: string) => `${file}：无法读取（${reason}），请确认是 .xlsx 文件`,
  sheetNotOurs: (file: string) => `${file}：不是 wuzhong 导出的填报表（缺少隐藏的识别表），请用 wuzhong sheet export 导出的表填写`,
  sheetVersion: (file: string, version: string) => `${file}：填报表格式版本为${version}，本版 wuzhong 不能读取，请重新导出`,
  sheetStale: (ref: string, key: string, title: string) =>
    `${ref}：事项${zhQuote(title)}（${key}）在导出填报表之后已有改动，表中内容可能已过时，未导入；请重新导出填报表，把这一行重新填写`,
  sheetBadDate: (ref: string, header: string, value: string) =>
    `${ref}：${header}${zhQuote(clip(value))}不是可识别的日期，请写成 2026-11-30、2026/11/30 或 2026年11月30日`,
  sheetBadPercent: (ref: string, value: string) => `${ref}：完成百分比${zhQuote(clip(value))}应为0到100之间的数`,
  sheetLocked: (ref: string, header: string, was: string, now: string) =>
    `${ref}：“${header}”列已锁定，不能修改（导出时为${zhQuote(clip(was))}，现在为${zhQuote(clip(now))}）`,
  sheetNotHere: (ref: string, header: string, kind: string) =>
    `${ref}：${kind === 'item' ? '事项行' : '节点行'}不填“${header}”（事项行填本月进展、完成百分比，节点行填节点完成日期、完成佐证）`,
  sheetExtraRow: (ref: string) => `${ref}：这一行不是导出的行；填报表不能增加行，新事项请在 YAML 中新建`,
  sheetUnknownItem: (ref: string, key: string) => `${ref}：园区中没有事项 ${key}（已改名、删除或文件有错误），请重新导出填报表`,
  sheetUnknownMilestone: (ref: string, key: string, title: string) =>
    `${ref}：事项 ${key} 中没有节点${zhQuote(title)}（已改名或删除），请重新导出填报表`,
  sheetNoText: (ref: string, month: string) => `${ref}：填了完成百分比，但没有填本月进展（${zhMonth(month)}的进展必须有文字）`,
  sheetConflict: (ref: string, other: string) => `${ref}：与 ${other} 对同一项内容填写不同，请只保留一处`,
  sheetYamlShape: (file: string, where: string) =>
    `${file}：${where} 不是逐行书写的块格式（[...] 或 {...} 的流式写法），无法在原文件中修改，请先改成每项一行的写法`,
  sheetRefused: (n: number) => `导入被拒绝：发现${n}处问题，未写入任何文件`,
  sheetCheckRefused: (n: number) => `导入被拒绝：导入后的数据有${n}个错误（见下），未写入任何文件`,
  sheetWrote: (n: number, sheets: number) => `已从${sheets}张填报表导入，写入${n}个文件`,
  sheetNothing: (sheets: number) => `${sheets}张填报表中没有新的填报内容，未写入任何文件`,
  sheetItemLine: (key: string, title: string, file: string) => `${key} ${zhQuote(title)}（${file}）`,
  sheetUpdateAdded: (month: string, percent: string) => `新增${zhMonth(month)}进展${percent === '' ? '' : `，完成${percent}%`}`,
  sheetUpdateChanged: (month: string, percent: string) => `修改${zhMonth(month)}进展${percent === '' ? '' : `，完成${percent}%`}`,
  sheetDoneSet: (title: string, date: string) => `节点${zhQuote(title)}完成日期 ${date}`,
  sheetEvidenceSet: (title: string) => `节点${zhQuote(title)}完成佐证已填写`,
  sheetProblemAdded: (text: string) => `新增问题：${clip(text)}`,
  sheetCheckSummary: (errors: number, warnings: number) => `检查：错误${errors}个，警告${warnings}个`,

  // --branch
  sheetBranchCommitted: (branch: string, commits: number) => `已在新分支 ${branch} 上提交${commits}次（每张填报表一次），并切换到该分支；可据此发起合并请求`,
  sheetBranchExists: (branch: string) => `分支 ${branch} 已存在，请换一个名称。未写入、未提交任何内容`,
  sheetBranchBad: (branch: string, detail: string) => `${zhQuote(branch)}不是可用的分支名（${detail}）。未写入、未提交任何内容`,
  sheetBranchDirty: (files: string) =>
    `这些文件有未提交的改动：${files}。导入会写入它们，提交时会混进这些改动：请先提交或暂存（git stash）后再导入。未写入、未提交任何内容`,
  sheetBranchNoRepo: () => '园区仓库不在 Git 仓库中，不能使用 --branch。未写入任何内容',
  sheetBranchUnborn: () => '当前分支还没有任何提交，不能从这里新建分支。未写入任何内容',
  sheetBranchFailed: (detail: string) => `Git 提交失败：${detail}`,
  sheetCommitSubject: (month: string, unit: string, file: string) => `sheet(${month}): ${unit}${zhMonth(month)}填报表（${file}）`,
};
