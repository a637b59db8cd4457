import { zhOffice, zhOfficeCli } from './zh-office.js';
import { zhScaffold } from './zh-scaffold.js';
import { zhTool } from './zh-tool.js';
import { zhPatrol } from './zh-patrol.js';
import { zhNotice } from './zh-notice.js';
import { zhCli } from './zh-cli.js';
import { zhHeadline } from './zh-headline.js';
import { zhReportCli } from './zh-report.js';
import { zhSheet } from './zh-sheet.js';
import { zhUsage } from './zh-usage.js';
import { zhFocus } from './zh-focus.js';
import { zhCommit } from './zh-commit.js';
import { zhLeadBriefCli } from './zh-status.js';
import { zhMonth } from './zh-dates.js';

export { zhDay, zhMonth } from './zh-dates.js';

const yamlCodes: Record<string, string> = {
  BAD_INDENT: '缩进不一致：同一层级的键必须左对齐',
  MISSING_CHAR: '缺少配对的引号或括号',
  BLOCK_AS_IMPLICIT_KEY: '键的写法有误（键后面缺少冒号或空格？）',
  MULTILINE_IMPLICIT_KEY: '键不能跨行：检查上一行是否缺少冒号或引号',
  UNEXPECTED_TOKEN: '出现了意外的字符',
  BAD_SCALAR_START: '值不能以该字符开头：请给值加上引号',
  BAD_DIRECTIVE: '无法识别的 % 指令',
  BAD_ALIAS: '别名写法有误',
  BAD_DQ_ESCAPE: '双引号中的转义字符无效',
  MISSING_ANCHOR: '引用了不存在的锚点（&名称）',
  UNEXPECTED_SCALAR: '键值对之间出现了多余的文本（缺少冒号？）',
  BLOCK_IN_FLOW: '方括号/花括号内不能使用多行块写法',
  UNCLOSED_FLOW: '方括号或花括号没有闭合（缺少 ] 或 }），或其后的行缩进不对',
  SEQ_WITHOUT_DASH: '缩进不一致：列表中的这一行既不是新的“- ”项，也没有与上一行的键对齐',
  NESTED_COMPACT: '同一行里不能再写“键: 值”：检查冒号后面是否少了空格、多了冒号，或下一行缩进多了',
};

const typeNames: Record<string, string> = {
  string: '文本', number: '数字', boolean: '布尔值（true 或 false）', array: '列表', object: '映射（键: 值）',
  null: '空值', date: '日期（YYYY-MM-DD）', month: '月份（YYYY-MM）', infinite: '无穷大或非数（.inf、.nan）', binary: '二进制数据',
};

/** The non-empty parts, joined and bracketed; nothing when all are empty. */
export const bracket = (open: string, sep: string, close: string, parts: string[]) => {
  const kept = parts.filter((p) => p !== '');
  return kept.length === 0 ? '' : open + kept.join(sep) + close;
};
const zhTiers: Record<string, string> = { reward: '奖励', warning: '约谈', none: '无' };
const zhEvents: Record<string, string> = {
  'on-time': '按时完成', early: '提前完成', claimed: '主动认领', late: '逾期完成',
  overdue: '节点逾期', serious: '严重逾期', stale: '未报月度进展', adjustment: '专项加减分',
  'decision-on-time': '议定事项按时落实', 'decision-late': '议定事项逾期落实', 'decision-overdue': '议定事项逾期',
  'notice-unanswered': '督办逾期未回复',
};

/** Chinese messages (the default). Keys are shared with en.ts; the type is taken from here. */

export const zh = {
  ...zhHeadline,
  ...zhOffice,
  ...zhSheet,
  // yaml
  notUtf8: (gbk: boolean) => `文件不是 UTF-8 编码${gbk ? '，看起来像 GBK/GB18030：请在编辑器中“以 UTF-8 编码另存为”' : '：请用 UTF-8 编码保存'}`,
  binary: () => '文件含有二进制内容（NUL 字节），不是文本 YAML 文件',
  tooLarge: (size: number) => `文件过大（${(size / 1048576).toFixed(1)} MiB），上限为 1 MiB`,
  emptyFile: () => '文件为空：至少需要填写必填字段',
  notMapping: () => '文件顶层应为“键: 值”映射，而不是列表或单个值',
  multiDoc: () => '一个文件只能有一个 YAML 文档（发现多余的 `---`）',
  tooManyAliases: (n: number) => `别名（*引用）使用次数过多（${n}次，上限100次）`,
  aliasExpansion: () => '别名展开后内容过大，疑似“别名炸弹”',
  missingAnchor: (name: string) => `别名 *${name} 引用的锚点 &${name} 不存在（锚点须写在别名之前）`,
  aliasCycle: () => '别名引用了它自身所在的内容（如 a: &x [*x]），无法展开',
  tooDeep: () => '嵌套层级过深（方括号、花括号或缩进层数太多），无法解析',
  utf16: () => '文件是 UTF-16 编码（记事本的“Unicode”），不是 UTF-8：请在编辑器中“以 UTF-8 编码另存为”',
  unreadable: () => '无法读取该文件（权限不足或文件已损坏）',
  unreadableDir: () => '无法读取该目录（权限不足）：其中的事项没有被检查',
  notRegular: () => '不是普通文件（如管道、设备文件），不会被读取',
  duplicateKey: (key: string) => `键“${key}”重复出现：同一层级的键只能写一次`,
  tab: () => '缩进中有制表符（Tab）：YAML 只能用空格缩进',
  fullWidthColon: () => '键后面用了全角冒号“：”：请改为半角冒号加一个空格“: ”',
  noSpaceAfterColon: () => '冒号后面缺少空格：请写成“键: 值”（冒号后加一个空格）',
  syntax: (detail: string) => `YAML 语法错误：${detail}`,
  yamlCode: (code: string, fallback: string) => yamlCodes[code] ?? fallback,
  // schema
  missingKey: (key: string) => `缺少必填字段“${key}”`,
  unknownKey: (key: string, hint: string | undefined) => `未知字段“${key}”${hint ? `，是不是“${hint}”？` : ''}`,
  wrongType: (key: string, expected: string, got: string, hint = '') => `“${key}”应为${expected}，实际是${got}${hint}`,
  badDate: (key: string, value: string, hint = '') => `“${key}”的值“${value}”不是有效日期，应写作 YYYY-MM-DD（如 2026-03-01），且须是真实存在的日期${hint}`,
  badMonth: (key: string, value: string) => `“${key}”的值“${value}”不是有效月份，应写作 YYYY-MM（如 2026-10）`,
  badEnum: (key: string, value: string, options: string) => `“${key}”的值“${value}”无效，可选值：${options}`,
  emptyText: (key: string) => `“${key}”不能为空`,
  tooSmall: (key: string, bound: string) => `“${key}”${bound}`,
  tooBig: (key: string, bound: string) => `“${key}”${bound}`,
  notInteger: (key: string) => `“${key}”应为整数`,
  minItems: (key: string, n: number) => `“${key}”至少需要${n}项`,
  badLink: (value: string) => `关联事项“${value}”格式应为 <清单>/<编号>，如 projects/jiaotou-supply-chain`,
  listItem: (key: string, n: number) => `${key} 第${n}项`,
  thresholds: () => '奖励分数线 rewardAt 低于约谈分数线 warnAt：同一个得分会既奖励又约谈',
  holidayAndWorkday: (date: string) => `${date}同时列在 holidays 和 workdays 中，只能保留一处`,
  paddedName: (key: string, value: string) => `“${key}”的值“${value}”首尾有空格（可能是看不见的全角空格），请删去`,
  hiddenChar: (key: string, value: string, char: string) => `“${key}”的值“${value}”含有看不见的字符 ${char}（零宽字符、方向控制符等控制或格式字符），看起来相同却是另一个名称：请删去`,
  lookalike: (key: string, value: string, like: string) => `“${key}”中“${value}”与“${like}”只差全角半角、大小写或空格，看起来是同一个名称：请只保留一个`,
  claimedValue: (key: string, hint = '') => `“${key}”应为认领日期（YYYY-MM-DD，如 2026-03-01）或 true${hint}`,
  duplicateName: (key: string, value: string) => `“${key}”中“${value}”重复`,
  invalidValue: (key: string) => `“${key}”的值无效`,
  badTimezone: (value: string) => `时区“${value}”无效，应为 IANA 时区名，如 Asia/Shanghai（CST 等缩写有歧义，不能使用）`,
  nullHint: () => '（暂时不填的可选字段，请删除这一行或在行首加 # 注释掉）',
  percentHint: (n: string) => `（数字后面不要带 %，写${n}即可）`,
  didYouMean: (value: string) => `；是不是 ${value}？`,
  yesNoHint: (value: string) => `（YAML 1.2 中“${value}”是文本，请写 true 或 false）`,
  typeName: (name: string) => typeNames[name] ?? name,
  gte: (n: number) => `不能小于${n}`,
  gt: (n: number) => `应大于${n}`,
  lte: (n: number) => `不能大于${n}`,
  lt: (n: number) => `应小于${n}`,
  // path
  badPath: (path: string) => `文件“${path}”不在 lists/<清单>/<编号>.yaml 的位置，不会被读取`,
  badList: (list: string, lists: string, hint: string | undefined) => `“${list}”不是有效的清单目录（${lists.split(',').join('、')}）${hint ? `，是不是“${hint}”？` : ''}`,
  badId: (id: string) => `编号“${id}”无效：只能用小写字母、数字和单个连字符，如 jiaotou-supply-chain`,
  sameId: (id: string, other: string) => `编号“${id}”在同一清单中重复（另见 ${other}）`,
  symlink: () => 'lists/ 和 assessments/ 下不允许符号链接，该文件未被读取',
  badAssessmentName: (name: string) => `考核文件名“${name}”应为 YYYY-MM.yaml，如 2026-10.yaml`,
  // ref
  unknownUnit: (name: string, hint: string | undefined) => `单位“${name}”未在 wuzhong.yaml 的 units 中登记${hint ? `，是不是“${hint}”？` : ''}`,
  unknownLeader: (name: string, hint: string | undefined) => `领导“${name}”未在 wuzhong.yaml 的 leaders 中登记${hint ? `，是不是“${hint}”？` : ''}`,
  unknownLink: (name: string, hint: string | undefined) => `关联事项“${name}”不存在${hint ? `，是不是“${hint}”？` : ''}`,
  // dates
  dueBeforeStart: (due: string, start: string) => `完成时限${due}早于开始日期${start}`,
  milestoneBeforeStart: (due: string, start: string) => `节点时限${due}早于事项开始日期${start}`,
  milestoneAfterDue: (due: string, itemDue: string) => `节点时限${due}晚于事项完成时限${itemDue}`,
  closedBeforeStart: (closed: string, start: string) => `办结日期${closed}早于开始日期${start}`,
  resolvedBeforeRaised: (resolved: string, raised: string) => `解决日期${resolved}早于问题提出日期${raised}`,
  postponeFrom: (from: string, due: string) => `延期记录的原时限${from}应早于当前时限${due}`,
  // future
  futureDate: (key: string, value: string, asOf: string) => `“${key}”的日期${value}晚于检查日期${asOf}：不能填写未来的日期`,
  futureMonth: (value: string, asOf: string) => `进展月份${value}晚于检查日期所在月份${asOf.slice(0, 7)}`,
  // status
  closedMissing: (status: string) => `状态为 ${status} 时必须填写办结/撤销日期 closed`,
  closedWithActive: () => '状态为 active（推进中）时不应填写 closed',
  doneWithOpenMilestone: (title: string) => `事项已办结，但节点“${title}”没有完成日期 done`,
  // duplicate
  duplicateUpdate: (month: string) => `同一事项中${zhMonth(month)}的月度进展重复`,
  duplicateMilestone: (title: string) => `同一事项中节点“${title}”重复`,
  // warnings
  overdueMilestone: (title: string, due: string, days: number) => `节点“${title}”已逾期${days}天（时限${due}）`,
  overdueItem: (due: string, days: number) => `事项已逾期${days}天（完成时限${due}），尚未办结`,
  nonWorkday: (date: string, why: string) => `时限${date}是${why}，不是工作日`,
  weekendName: () => '周末',
  holidayName: () => '法定节假日',
  configHoliday: () => '园区登记的休息日（见 wuzhong.yaml 的 holidays）',
  stale: (month: string, filed: string) => `缺少${zhMonth(month)}的月度进展（报送期限为${filed}）`,
  problemOpen: (days: number, raised: string) => `问题提出已${days}天（${raised}）仍未解决`,
  order: (title: string, due: string, prev: string) => `节点未按时限先后排列：“${title}”（${due}）排在时限为${prev}的节点之后`,
  behind: (percent: number, expected: number, month: string) => `${zhMonth(month)}进度${percent}%低于时序进度${expected}%`,
  dueSoon: (title: string, due: string, days: number) => days === 0 ? `节点“${title}”今天（${due}）到期` : `节点“${title}”将于${days}天后（${due}）到期`,
  // risk
  risk: (title: string, ...reasons: string[]) => `节点“${title}”有延误风险：${reasons.join('；')}`,
  riskBehind: (days: number, percent: number, expected: number, month: string) => `${days}个工作日内到期，${zhMonth(month)}进度${percent}%低于时序进度${expected}%`,
  riskEarlierOverdue: (title: string, days: number) => `前一节点“${title}”已逾期${days}天`,
  riskProblem: (days: number, raised: string) => `有问题提出已${days}天（${raised}）仍未解决`,
  riskNoUpdate: (prev: string, month: string) => `${zhMonth(prev)}和${zhMonth(month)}都没有月度进展`,
  riskPostponed: (times: number) => `时限已延期${times}次`,
  tooManyWarnings: (n: number, max: number) => `警告${n}个，超过了上限（--max-warnings ${max}）`,
  calendarFallback: (years: string) => `节假日数据未覆盖${years.split(',').join('、')}年，${years.includes(',') ? '这些年份' : '该年'}按周一至周五计算工作日`,
  // base
  postponedNoRecord: (what: string, from: string, to: string, misplaced = '') => `${what}时限由${from}推迟到${to}，但没有原时限（from）为${from}的延期记录（postponed）${misplaced}`,
  postponedMisplaced: (title: string) => `；事项级 postponed 中有这条记录，但节点的延期应写在节点“${title}”自己的 postponed 下`,
  lateRecord: (title: string, done: string, days: number) => `节点“${title}”的完成日期${done}是事后补录的，比检查日期早${days}天`,
  removedMilestone: (title: string, rev: string) => `节点“${title}”在 ${rev} 中存在，现在被删除了`,
  removedItem: (item: string, rev: string, renamedTo?: string) =>
    renamedTo
      ? `事项 ${item} 在 ${rev} 中存在，现在被删除了；它似乎改名为 ${renamedTo}（事项以 <清单>/<编号> 识别，改名会使原编号的链接和历史中断）`
      : `事项 ${item} 在 ${rev} 中存在，现在被删除了（如需撤销请改为 status: cancelled）`,
  itemWord: () => '事项',
  milestoneWord: (title: string) => `节点“${title}”`,
  baseSymlinkFolder: (path: string, rev: string) =>
    `${rev} 中“${path}”是符号链接，无法与基准版本比较：请先在目标分支把它换成真实的目录`,
  baseUnparsable: (rev: string) => `${rev} 中的此文件无法解析，跳过与基准版本的比较`,
  // review gate (check --base): integrity of the assessment
  postponementEdited: (what: string, from: string, rev: string) => `${what}在 ${rev} 中已有的延期记录（原时限${from}）被修改或删除了：延期记录只能追加，不能改动`,
  postponementNoDate: (what: string) => `${what}新增的延期记录缺少批准日期 date（新增的延期记录必须写明哪一天批准）`,
  postponementFutureDate: (date: string, asOf: string) => `延期的批准日期${date}晚于检查日期${asOf}`,
  postponementNotApprover: (name: string, approvers: string) => `${name} 不在 wuzhong.yaml 的 assessment.approvers（${approvers}）中，不能批准延期`,
  planMissing: (title: string) => `节点“${title}”是新增的，但没有写明列入计划的日期 planned`,
  planLate: (title: string, planned: string, days: number) => `节点“${title}”的计划日期（planned）${planned}比检查日期早${days}天：计划只能从登记之日算起（最多提前7天）`,
  planEarlier: (title: string, from: string, to: string, days: number) => `节点“${title}”的计划日期由${from}提前到${to}（比检查日期早${days}天）：计划日期不能事后提前`,
  startEarlier: (from: string, to: string, count: number) => `开始日期由${from}提前到${to}，使${count}个未写 planned 的节点的计划日期随之提前：请为这些节点写明 planned`,
  claimLate: (date: string, days: number, atStart: boolean) => `主动认领日期${date}${atStart ? '（claimed: true 视为在开始日期认领）' : ''}比检查日期早${days}天：认领只能从登记之日算起（最多提前7天），请写明认领日期 claimed: YYYY-MM-DD`,
  lateClosed: (closed: string, days: number) => `办结/撤销日期${closed}是事后补录的，比检查日期早${days}天`,
  doneEarlier: (title: string, from: string, to: string) => `节点“${title}”的完成日期由${from}改早为${to}`,
  closedEarlier: (from: string, to: string) => `办结/撤销日期由${from}改早为${to}`,
  reassignedItem: (from: string, to: string) => `责任单位由${from}改为${to}`,
  reassignedMilestone: (title: string, from: string, to: string) => `节点“${title}”的责任单位由${from}改为${to}`,
  rescored: (month: string, unit: string, from: number, to: number, changes: string, file: string, note?: string) =>
    `这项修改改变了已结算月份${month}的考核结果：${unit}由${from}分变为${to}分（${changes}）；已结算月份的结果只能通过 ${file} 中经批准的更正记录（amendments）改变${note ?? ''}`,
  rescoredChanges: (gained?: string, lost?: string) => [gained && `新增：${gained}`, lost && `不再计入：${lost}`].filter(Boolean).join('；'),
  rescoredEvents: (more: number, ...events: string[]) => events.join('、') + (more > 0 ? `，另有${more}项` : ''),
  rescoredEvent: (
    item: string | undefined, milestone: string | undefined, event: string, points: number, reason?: string,
  ) =>
    `${item ? `${item}${milestone ? ` 节点“${milestone}”` : ''} ` : reason ? `${reason} ` : ''}${zhEvents[event] ?? event}${points > 0 ? '+' : ''}${points}`,
  rescoredBadAmendment: (name: string) => `；新增的更正记录由${name}批准，但其不在 assessment.approvers 中或批准日期晚于检查日期，不能作为依据`,
  // overdue, score and report
  refused: (command: string, errors: number) => `wuzhong ${command}：数据中有${errors}个错误，修正后才能运行（运行 wuzhong check 查看全部问题）。`,
  unfinishedMonth: (month: string, today: string) => `注意：${zhMonth(month)}尚未结束（今天是${today}），以后补报的进展和完成情况还会改变结果。`,
  // tool-version
  toolFileMissing: (tool: string) => `缺少 ${tool}：请运行 wuzhong upgrade 重新固定`,
  toolVersionFileBad: (versionFile: string) => `${versionFile} 缺失，或没有写明版本号和 sha256：请运行 wuzhong upgrade 重新固定`,
  toolPinMismatch: (tool: string, versionFile: string) => `${tool} 与 ${versionFile} 记录的不是同一个文件（sha256 或版本号不同）：请运行 wuzhong upgrade 重新固定`,
  toolVersionDiffers: (pinned: string, running: string, tool: string) =>
    `园区仓库固定的是 wuzhong ${pinned}，正在运行的是 ${running}：CI 运行的是固定的版本，两者的检查和计分规则可能不同；请用 node ${tool} 运行，或用 wuzhong upgrade 更换固定的版本`,
  toolBuildDiffers: (pinned: string, tool: string) =>
    `园区仓库固定的 wuzhong ${pinned} 与正在运行的不是同一个文件（sha256 不同）：CI 运行的是固定的版本，两者的检查和计分规则可能不同；请用 node ${tool} 运行，或用 wuzhong upgrade 更换固定的版本`,
  // the clerk's slips: the real cause and the fix
  conflictMarker: (marker: string) => `文件中留有未解决的合并冲突（“${marker}”标记）：保留应有的内容，删去 <<<<<<<、=======、>>>>>>> 三行标记和不要的一方`,
  fullWidthSpace: () => '冒号后面是全角空格“　”：请改为半角空格（键: 值）',
  dashNoSpace: () => '“-”后面缺少空格：列表项应写成“- title: …”（短横线后加一个空格）',
  orphanList: (key: string) => `这几行列表项没有所属的键：上面缺少一行“${key}:”（可能被误删了），请在列表前补上`,
  orphanListUnknown: () => '这几行列表项没有所属的键：上面缺少一行“键:”（如 milestones:、updates:、partners:），可能被误删了，请在列表前补上',
  fullWidthComma: (value: string, items: string) => `“${value}”中用了全角逗号：方括号里的各项要用半角逗号加空格分开，请写成 [${items}]`,
  moneyHint: (n: string) => `（该字段以万元为单位，只写数字：${n}）`,
  landHint: (n: string) => `（占地以亩为单位，只写数字：${n}）`,
  quoteNameHint: (text: string) => `（“${text}”是登记过的名称，请加引号写成 "${text}"）`,
  commentInText: (key: string, kept: string, cut: string) => `“${key}”的值只读到“${kept}”：“ #”及其后的“${cut}”被当作注释丢掉了。如果它是值的一部分，请给整个值加上引号`,
  yamlTag: (tag: string) => `不支持 YAML 标签“${tag}”：日期、数字和文字直接写即可，请删去该标签`,
  complexKey: () => '键必须是普通文字：“? ”开头或方括号、花括号写成的复杂键不能使用',
  nullKey: () => '键是空值（null、~ 或什么都没写）：请写出键名；如果键名就是“null”，也不是有效字段',
  strayItem: (path: string, list: string, file: string) => `“${path}”看起来是一个事项文件，但不在 lists/<清单>/ 下，不会被读取：请移到 lists/${list || '<清单>'}/${file}`,
  symlinkFolder: (path: string) => `“${path}”是符号链接：lists/ 及其中的清单目录必须是真实的目录，其中的事项没有被读取`,
  reservedId: (id: string) => `编号“${id}”在 Windows 上不能用作文件名（CON、AUX、NUL、PRN、COM1…COM9、LPT1…LPT9是保留名）：请换一个编号`,
  // closed-month
  closedMonth: (month: string, file: string, committed: string, change: string, events: string, earlier: boolean) =>
    `${zhMonth(month)}考核结果已公布（${file}${committed === '' ? '' : `，${committed}提交`}），按现在的数据重新计算，${change}${events === '' ? '' : `：${events}`}。` +
    `${earlier ? `assessments/${month}.yaml 中的更正日期早于月报提交日，不能涵盖这次改动；` : ''}` +
    `已公布的月份只能通过更正改动：请在 assessments/${month}.yaml 的 amendments 中登记更正（reason 原因、approved 批准领导、date 日期），或撤回这项修改`,
  closedScore: (
    unit: string, from: number, to: number, rankFrom: number, rankTo: number, tierFrom: string, tierTo: string,
  ) =>
    `${unit}的得分${from} → ${to}` + bracket('（', '，', '）', [
      rankFrom !== rankTo ? `名次${rankFrom} → ${rankTo}` : '',
      tierFrom !== tierTo ? `等次${zhTiers[tierFrom] ?? tierFrom} → ${zhTiers[tierTo] ?? tierTo}` : '',
    ]),
  closedUnitNew: (unit: string, to: number) => `${unit}在公布的结果中没有，现在得${to}分`,
  closedUnitGone: (unit: string, from: number) => `${unit}公布为${from}分，现在已不在 units 中`,
  closedEvent: (added: boolean, kind: string, points: number, what: string) =>
    `${added ? '新增' : '不再有'}${zhEvents[kind] ?? kind}${points > 0 ? `+${points}` : points}${what === '' ? '' : `（${what}）`}`,
  closedEvents: (...parts: string[]) => parts.join('；'),
  closedMore: (n: number) => `另有${n}项`,
  closedUnreadable: (detail: string) => `无法读取 git 历史，未检查已公布的月份：${detail}`,
  ...zhPatrol,
  ...zhNotice,
  cli: zhCli,
  reportCli: zhReportCli,
  officeCli: zhOfficeCli,
  scaffold: zhScaffold,
  tool: zhTool,
  usage: zhUsage,
  focus: zhFocus,
  commit: zhCommit,
  leadBriefCli: zhLeadBriefCli,
};

export type Messages = typeof zh;
