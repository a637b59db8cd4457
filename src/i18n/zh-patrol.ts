/** Wording of coordination meetings, decisions, problem states and 督办 notices; spread into zh.ts. */
export const zhPatrol = {
  badMeetingName: (name: string) => `会议文件名“${name}”应为 YYYY-MM-DD-<名称>.yaml（名称用小写字母、数字和连字符），如 2025-11-12-heating-rail.yaml`,
  meetingDateMismatch: (date: string, fileDate: string) => `会议日期${date}与文件名中的日期${fileDate}不一致`,
  badMeetingRef: (value: string) => `会议“${value}”应写 meetings/ 下的文件名（不含 .yaml），如 2025-11-12-heating-rail`,
  unknownMeeting: (name: string, hint: string | undefined) => `会议“${name}”不存在（meetings/ 下没有这个文件）${hint ? `，是不是“${hint}”？` : ''}`,
  unknownMilestone: (item: string, title: string, hint: string | undefined) => `事项 ${item} 中没有节点“${title}”${hint ? `，是不是“${hint}”？` : ''}`,
  decisionDueBeforeMeeting: (due: string, date: string) => `议定事项的时限${due}早于会议日期${date}`,
  decisionDoneBeforeMeeting: (done: string, date: string) => `议定事项的落实日期${done}早于会议日期${date}`,
  overdueDecision: (text: string, due: string, days: number) => `议定事项“${text}”已逾期${days}天（时限${due}）`,
  dueSoonDecision: (text: string, due: string, days: number) =>
    days === 0 ? `议定事项“${text}”今天（${due}）到期` : `议定事项“${text}”将于${days}天后（${due}）到期`,
  problemStateUnresolved: (state: string) => `问题的状态为“${state}”，但没有填写解决日期 resolved`,
  badNoticeName: (name: string) => `督办通知应存为 notices/<年>/<三位序号>.yaml，如 notices/2025/001.yaml，而不是“${name}”`,
  noticeYearMismatch: (date: string, year: number) => `通知的发出日期${date}不在目录所示的${year}年`,
  badNoticeRef: (value: string) => `前序通知“${value}”应写 <年>/<三位序号>，如 2025/003`,
  noticeUnanswered: (number: string, replyBy: string, days: number) => `${number}的回复期限${replyBy}已过${days}天，没有回复`,
  noticeUnreceived: (number: string, date: string, days: number) => `${number}于${date}发出，已过${days}个工作日仍未签收`,
  noticeEscalate: (number: string, unit: string) => `督办通知${number}逾期未回复，建议向${unit}发催办通知（wuzhong notice --kind 催办）`,
  badNoticePattern: () => '文号格式须含 {n}（当年序号），如 高新督〔{year}〕{n}号',
  unknownDecision: (meeting: string, text: string, hint: string | undefined) =>
    `会议“${meeting}”中没有议定事项“${text}”${hint ? `，是不是“${hint}”？` : ''}`,
  unknownNotice: (id: string) => `前序通知 ${id} 不存在（notices/ 下没有这个文件）`,
  // The review gate (check --base) on meetings and notices.
  decisionRecordedLate: (text: string, date: string, days: number) =>
    `议定事项“${text}”是基准版本之后新增的，会议日期${date}比检查日期早${days}天：议定事项应在会后7天内登记`,
  decisionNewDone: (text: string, done: string) =>
    `新增的议定事项“${text}”同时填写了落实日期${done}：先登记议定事项，落实后再另行提交落实日期`,
  decisionDueMoved: (text: string, from: string, to: string) =>
    `议定事项“${text}”的时限由${from}推迟到${to}：议定事项的时限不能推迟，确需调整的由协调会议另行议定`,
  decisionLateDone: (text: string, done: string, days: number) =>
    `议定事项“${text}”的落实日期${done}是事后补录的，比检查日期早${days}天`,
  decisionDueEarlier: (text: string, from: string, to: string) =>
    `议定事项“${text}”的时限由${from}改为${to}：议定事项的时限是会议定的，不能改动，确需调整的由协调会议另行议定`,
  decisionDoneRemoved: (text: string, done: string) =>
    `议定事项“${text}”的落实日期${done}被删除了：已登记的落实情况不能撤销，确属误记的须经督查专班核实后更正`,
  decisionDoneMoved: (text: string, from: string, to: string) =>
    `议定事项“${text}”的落实日期由${from}改为${to}：已登记的落实日期不能改动，确属误记的须经督查专班核实后更正`,
  removedNotice: (number: string, path: string, rev: string) => `督办通知${number}（${path}）在 ${rev} 中存在，现在被删除了`,
  noticeRecordedLate: (number: string, date: string, days: number) =>
    `督办通知${number}是基准版本之后新增的，发出日期${date}比检查日期早${days}天：通知由 wuzhong notice 当天起草提交`,
  noticeChanged: (number: string, key: string, from: string, to: string) =>
    `督办通知${number}的 ${key} 由“${from}”改为“${to}”：通知的单位、类别、日期和回复期限由 wuzhong notice 编排，发出后不能改动`,
  reassignedDecision: (text: string, from: string, to: string) => `议定事项“${text}”的落实单位由${from}改为${to}`,
  removedDecision: (text: string, rev: string) => `议定事项“${text}”在 ${rev} 中存在，现在被删除了`,
  removedMeeting: (path: string, rev: string) => `会议记录 ${path} 在 ${rev} 中存在，现在被删除了`,
  noticeLateRecord: (number: string, what: string, date: string, days: number) =>
    `${number}的${what}日期${date}是事后补录的，比检查日期早${days}天`,
  noticeDateEarlier: (number: string, what: string, from: string, to: string) =>
    `${number}的${what}日期由${from}改早为${to}`,
  noticeReply: () => '回复',
  noticeClosed: () => '销号',
  problemStateResolved: (state: string, resolved: string) => `问题已于${resolved}解决（resolved），状态却是“${state}”`,
};
