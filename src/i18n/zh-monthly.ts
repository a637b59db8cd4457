// Wording of the monthly report (src/report/monthly/), Chinese.
import type { Stage } from '../assess/headline.js';
import type { ChartWords } from '../report/monthly/chart-text.js';
import type { CoordinationWords } from '../report/monthly/coordination.js';
import type { HeadlineText } from '../report/monthly/headline.js';
import type { ReportText } from '../report/monthly/text.js';
import { decimal, percent } from '../text/numbers.js';
import { zhAssess } from './zh-assess.js';
import { zhDay, zhMonth } from './zh-dates.js';

export const zhMonthly: ReportText = {
  // The product contract pins "数据截至 D" in the title: the one date after a space (docs/contributing.md).
  title: (zone, month, asOf) => `${zone}${zhMonth(month)}“五重”清单月报（数据截至 ${asOf}）`,
  intro: (first, asOf) => `统计期间${first}至${asOf}；逾期天数、时序进度均按自然日计算至${asOf}。`,
  provenance: '由 wuzhong 根据清单数据生成，请勿手工修改',
  none: '（无）',
  dash: '—',
  sections: {
    overview: '一、总体情况',
    score: '二、月度考核',
    events: '加减分明细',
    overdue: (asOf) => `三、逾期节点（截至${zhDay(asOf)}）`,
    completed: (month) => `四、本月（${zhMonth(month)}）完成节点`,
    dueNext: (next) => `五、下月（${zhMonth(next)}）到期节点`,
    lists: '六、分清单进展',
    problems: (asOf) => `七、未解决问题（截至${zhDay(asOf)}）`,
  },
  overviewHeader: ['清单', '事项', '推进中', '已办结或撤销', '本月完成节点', '逾期', '达到时序进度'],
  total: '合计',
  overviewNote: '“逾期”含逾期未完成的节点和逾期未办结的事项。“达到时序进度”：推进中且填报了完成百分比的事项中，最近一次填报的百分比不低于当月末时序进度的个数 / 这类事项总数。',
  scoreRules: (base, rewardAt, warnAt) => `基础分${base}分；得分不低于${rewardAt}分奖励，低于${warnAt}分约谈。`,
  scoreHeader: ['名次', '单位', '得分', '加分', '减分', '等次'],
  rank: zhAssess.rank,
  tier: zhAssess.tier,
  eventsHeader: ['单位', '事项', '节点或理由', '类别', '分值'],
  event: zhAssess.event,
  itemDeadline: '（事项完成时限）',
  overdueHeader: ['清单', '事项', '节点', '责任单位', '完成时限', '逾期天数'],
  completedHeader: ['清单', '事项', '节点', '责任单位', '完成时限', '完成日期', '完成情况'],
  completion: (c, days) => (c === 'early' ? `提前完成（提前${days}天）` : c === 'late' ? `逾期完成（晚${days}天）` : '按时完成'),
  dueNextHeader: ['清单', '事项', '节点', '责任单位', '完成时限'],
  listHeading: (label, count) => `${label}（${count}项）`,
  progressHeader: ['事项', '状态', '责任单位', '牵头领导', '最新进展', '完成 / 时序进度', '量化指标'],
  state: (s, closed) => ({ open: '推进中', 'not-started': '未开始', done: `已办结（${closed ?? ''}）`, cancelled: `已撤销（${closed ?? ''}）` })[s],
  reportedIn: (month) => `（${zhMonth(month)}填报）`,
  meets: (meets) => (meets ? '达到' : '滞后'),
  meetsSep: '，',
  problemsHeader: ['清单', '事项', '责任单位', '提出日期', '已历天数', '问题'],
  days: (n) => `${n}天`,
  targetSep: '；',
  target: (name, actual, goal, unit, percent) => `${name}${actual}/${goal}${unit}${percent === undefined ? '' : `，${percent}%`}`,
};

/** The "主要指标" subsection (src/report/monthly/headline.ts, docs/supervisors.md). */
const zhStages: Record<Stage, string> = {
  lead: '线索', talks: '洽谈', signed: '签约', registered: '注册', started: '开工', operating: '投产',
};
const zhPeriod = (month: string) => (Number(month.slice(5, 7)) === 1 ? '1月' : `1—${Number(month.slice(5, 7))}月`);
/** Money held in 万元, as a government report writes it: 1亿元 (10,000万元) and more in 亿元 to two decimals, less in 万元. */
const zhMoney = (wan: number) => (wan >= 10000 ? `${decimal(wan / 10000, 2)}亿元` : `${decimal(wan, 2)}万元`);

export const zhHeadlineText: HeadlineText = {
  money: zhMoney,
  heading: '主要指标',
  projects: (h, month) => {
    const rate = h.rate === undefined ? '' : `，完成率${percent(h.rate)}`;
    const parts = [
      `重大项目${h.count}个，总投资${zhMoney(h.investment)}${h.land > 0 ? `，用地${decimal(h.land, 2)}亩` : ''}；` +
        `年度计划投资${zhMoney(h.annualPlan)}，${zhPeriod(month)}累计完成投资${zhMoney(h.annualDone)}${rate}，` +
        `时序进度${percent(h.timeProgress)}。`,
    ];
    if (h.planMissing > 0) parts.push(`${h.planMissing}个项目未填年度计划投资。`);
    if (h.doneFromItem > 0) parts.push(`${h.doneFromItem}个项目未按月填报完成投资，取其当前的年度已完成投资。`);
    if (h.doneMissing > 0) parts.push(`${h.doneMissing}个项目未填报完成投资。`);
    if (h.cancelled > 0) parts.push(`另有${h.cancelled}个项目年内已撤销，未计入。`);
    return parts.join('');
  },
  investments: (h) =>
    `重大招商${h.count}个，计划投资${zhMoney(h.amount)}，累计到位资金${zhMoney(h.funds)}` +
    `${h.fundsFromItem > 0 ? `（其中${h.fundsFromItem}个未按月填报，取其当前的实际到位资金）` : ''}` +
    `${h.cancelled > 0 ? `；另有${h.cancelled}个年内已撤销，未计入` : ''}。按招商阶段：`,
  stageHeader: ['招商阶段', '个数', '计划投资', '到位资金'],
  stage: zhStages,
  total: '合计',
  note: '金额为万元或亿元（1亿元＝10000万元）；年度完成投资、到位资金取各项目截至本月末最近一次填报的累计数；时序进度为本月末已过月份占全年的比例。',
};

/** The coordination section (src/report/monthly/coordination.ts). */
export const zhCoordinationWords: CoordinationWords = {
  heading: (asOf) => `八、协调督办（截至${zhDay(asOf)}）`,
  meetings: (month) => `本月（${zhMonth(month)}）协调会议`,
  meetingsHeader: ['日期', '会议', '召集领导', '参会单位', '议定事项', '已落实'],
  decisions: (asOf) => `未落实的议定事项（截至${zhDay(asOf)}）`,
  decisionsHeader: ['会议', '议定事项', '落实单位', '时限', '逾期天数'],
  overdue: (days) => (days === 0 ? '未到期' : String(days)),
  levels: (month) => `需协调问题分级（${zhMonth(month)}）`,
  levelsHeader: ['层级', '未解决', '本月解决', '本月解决的平均用时（天）'],
  ungraded: '未分级',
  notices: (month) => `本月（${zhMonth(month)}）督办通知`,
  noticesHeader: ['文号', '类别', '单位', '发出', '回复期限', '回复', '销号', '本月'],
  issuedClosed: (issued, closed) => [issued ? '发出' : '', closed ? '销号' : ''].filter((s) => s !== '').join('、'),
  none: '（无）',
  dash: '—',
  sep: '、',
};

/** The score chart (src/report/monthly/chart-text.ts). */
export const zhChartWords: ChartWords = {
  text: (month) => ({ title: `${zhMonth(month)}各责任单位考核得分`, axis: '得分' }),
  caption: ({ rewardAt, warnAt }, low) =>
    `图中条形按考核结果着色：绿色为得分${rewardAt}分及以上（奖励），橙色为低于${warnAt}分（约谈），灰色为其余单位；` +
    `蓝色竖线为奖励线${rewardAt}分，红色竖线为约谈线${warnAt}分。分值轴自${low}分起，各单位得分见上表。`,
};
