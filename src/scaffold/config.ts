import { assessmentDefaults } from '../model/config.js';
import { schemaSpec } from '../model/json-schema.js';
import { scalar } from './yaml-text.js';

/** Placeholders a new zone starts with: valid as written, meant to be replaced. */
const PLACEHOLDER_UNITS = ['党政办公室', '经济发展局', '招商服务中心'] as const;
const PLACEHOLDER_LEADERS = ['张三', '李四'] as const;

const assessmentComments: Record<keyof typeof assessmentDefaults, string> = {
  base: '基础分：每个单位每月从此分起算',
  onTime: '节点在当月完成且不晚于时限：每个加分',
  early: '比时限提前 earlyDays 天以上完成：再加分',
  earlyDays: '“提前完成”的天数门槛',
  claimed: '主动认领的事项（claimed: 认领日期）在认领后完成的节点按时完成：再加分',
  late: '节点逾期后在当月完成：加分（默认不加）',
  overdue: '截至月末仍逾期未完成的节点：每个扣分',
  serious: '逾期超过 seriousDays 天：再扣分',
  seriousDays: '“严重逾期”的天数门槛',
  stale: '事项当月没有填报月度进展：扣分',
  rewardAt: '得分不低于此值：奖励',
  warnAt: '得分低于此值：约谈',
  filingDay: '每月几日前报送上月进展（1–28）；次日起未报送提示，上月考核结果锁定',
  planLeadDays: '节点列入计划（planned）满此天数后完成才加分，事后补列的节点不得分',
  decisionOnTime: '协调会议的议定事项在当月按时落实：每项加分',
  decisionLate: '议定事项逾期后在当月落实：加分（默认不加）',
  decisionOverdue: '截至月末仍逾期未落实的议定事项：每项扣分',
  noticeUnanswered: '督办通知的回复期限在当月届满而未回复：每份扣分（默认不扣）',
};

/** The commented wuzhong.yaml that `init` writes. */
export function configTemplate(zone: string): string {
  const assessment = (Object.keys(assessmentDefaults) as (keyof typeof assessmentDefaults)[])
    .map((k) => {
      const line = `${k}: ${assessmentDefaults[k]}`;
      // A comment needs a space before its # (a longer key would otherwise run into it).
      return `  ${line.padEnd(Math.max(17, line.length + 1))}# ${assessmentComments[k]}`;
    });
  return [
    `# yaml-language-server: $schema=./schemas/${schemaSpec('config').file}`,
    '# wuzhong 园区配置。键名是英文小写，值多为中文；写错或多写的键都会报错。',
    '# 修改后运行 wuzhong check 检查。',
    '',
    '# 园区名称（必填），用于报告标题',
    `zone: ${scalar(zone)}`,
    '',
    '# 时区（IANA 名称），决定“今天”是哪一天；CI 服务器多在 UTC，按此换算。默认 Asia/Shanghai',
    'timezone: Asia/Shanghai',
    '',
    '# 工作日历：cn 按国务院法定节假日和调休 / weekends 周一至周五 / none 每天都是工作日。默认 cn',
    'calendar: cn',
    '',
    '# 输出语言：zh-CN 或 en（命令行 --lang 可临时切换）。默认 zh-CN',
    'locale: zh-CN',
    '',
    '# 责任单位（必填，至少一个，不能重复）。事项的 owner、partners 和节点的 owner 只能填这里的名称；',
    '# 顺序即考核表的显示顺序。以下是占位示例，请换成本园区的实际单位。',
    'units:',
    ...PLACEHOLDER_UNITS.map((u) => `  - ${scalar(u)}`),
    '',
    '# 牵头领导（必填，至少一位，不能重复）。事项的 lead 和延期记录的 approved 只能填这里的姓名。',
    '# 以下是占位姓名，请替换。',
    'leaders:',
    ...PLACEHOLDER_LEADERS.map((l) => `  - ${scalar(l)}`),
    '',
    '# 额外休息日和额外工作日（调休），YYYY-MM-DD，优先于上面的工作日历，如 [2026-10-09]',
    'holidays: []',
    'workdays: []',
    '',
    '# 月度“五重”考核规则。以下都是默认值，写出来便于对照和调整；',
    '# 分值一律写正数，扣分项由程序减去；分值为0的事件不列出。',
    'assessment:',
    ...assessment,
    '  # approvers: [张三]  # 审批领导：填写后只有这些领导可以批准延期和考核更正',
    '',
  ].join('\n');
}
