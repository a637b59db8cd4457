// Wording of the monthly figures in updates and the filing deadline (docs/fields.md, docs/supervisors.md).

const zhLists: Record<string, string> = { projects: '重大项目', investments: '重大招商' };
const zhFigures: Record<string, string> = { invested: '年度累计完成投资', funds: '累计到位资金' };
/** 2025-11-05 → 2025年11月5日; 2025-10 → 2025年10月. */
const zhDay = (d: string) => `${d.slice(0, 4)}年${Number(d.slice(5, 7))}月${d.length > 7 ? `${Number(d.slice(8, 10))}日` : ''}`;

export const zhHeadline = {
  figureOnlyIn: (key: string, list: string) =>
    `未知字段“${key}”：${zhFigures[key] ?? key}只能写在${zhLists[list] ?? list}（${list}）的月度进展中`,
  filingOpen: (month: string, deadline: string, units: string) =>
    `${zhDay(month)}进展报送截止日为${zhDay(deadline)}（含当日），目前报送尚未截止，考核结果还会随补报的进展改变。${units}`,
  filingUnits: (...units: string[]) => `尚未报送完毕的单位：${units.join('、')}。`,
  filingAllIn: () => '各单位均已报送。',
  filingUnit: (unit: string, items: number) => `${unit}（${items}项）`,
  filingCommitted: (month: string, deadline: string) =>
    `提交月报即公布${zhDay(month)}考核结果：截止日（${zhDay(deadline)}）前补报的进展如改变结果，须登记更正；` +
    '可先用 --no-commit 预览，截止日后再提交。',
};
