// Wording of the monthly figures in updates and the filing deadline (docs/fields.md, docs/supervisors.md).

const zhLists: Record<string, string> = { projects: '重大项目', investments: '重大招商' };
const zhFigures: Record<string, string> = { invested: '年度累计完成投资', funds: '累计到位资金' };

export const zhHeadline = {
  figureOnlyIn: (key: string, list: string) =>
    `未知字段“${key}”：${zhFigures[key] ?? key}只能写在${zhLists[list] ?? list}（${list}）的月度进展中`,
  filingOpen: (month: string, deadline: string, units: string) =>
    `注意：${month}的进展报送截止日为${deadline}（含当日），报送尚未截止，结果还会随补报的进展改变。${units}`,
  filingUnits: (list: string) => `尚未报送完毕的单位：${list}。`,
  filingAllIn: () => '各单位均已报送。',
  filingUnit: (unit: string, items: number) => `${unit}（${items}项）`,
  filingCommitted: (month: string, deadline: string) =>
    `月报提交后${month}即为已公布月份：截止日（${deadline}）前补报的进展如改变考核结果，须登记更正；可先用 --no-commit 预览，截止日后再提交。`,
};
