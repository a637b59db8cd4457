/**
 * One synthetic item, valid per docs/fields.md as of AS_OF: no errors, some warnings (overdue, stale, behind,
 * problem-open).
 */
import { day, iso, monthOf, endOfMonth, addMonths, monthDiff, weekdayOnOrBefore, clamp } from './dates.mjs';
import * as W from './words.mjs';

export const AS_OF = '2026-11-26';
const A = day(AS_OF);
const START_MIN = day('2024-01-01');
const START_MAX = day('2026-04-30'); // leaves ≥ 6 months of updates before 2026-11
const DUE_MAX = day('2027-12-31');

const company = (r, brand) => `${r.pick(W.PLACES)}${brand}${r.pick(W.INDUSTRIES)}${r.pick(W.COMPANY_SUFFIX)}`;
const round = (x, step) => Math.max(step, Math.round(x / step) * step);

function title(r, list, brand, year) {
  const [product, unit] = r.pick(W.PRODUCTS);
  switch (list) {
    case 'enterprises': return `${brand}公司${r.pick(W.ENTERPRISE_PROGRAMS)}`;
    case 'investments': return `${brand}年产${r.int(1, 50)}${r.pick(['千', '万'])}${unit}${product}项目`;
    case 'projects': return `${r.pick(['湖北', '随州'])}${brand}${product}${r.pick(W.PROJECT_KINDS)}${r.pick(W.PHASES)}`;
    case 'reforms': return `${r.pick(W.REFORMS)}（${year}年度）`;
    default: return `${r.pick(W.TASKS)}（${r.pick(W.AREAS)}片区）`;
  }
}

/** Milestone due days: sorted, within [start, due], on weekdays where possible. */
function milestoneDues(r, start, due, k) {
  const dues = Array.from({ length: k }, (_, i) => {
    const n =
      i === k - 1 && r.chance(0.7) ? due : start + Math.round(((i + 1) / k) * (due - start) * (0.75 + 0.25 * r.next()));
    return Math.max(start, weekdayOnOrBefore(Math.min(n, due)));
  });
  return dues.sort((a, b) => a - b);
}

function status(r, start, due) {
  if (start <= A - 180 && r.chance(0.03)) return 'cancelled';
  if (due < A) return r.chance(0.85) ? 'done' : 'active';
  if (due <= A + 60 && r.chance(0.3)) return 'done';
  return 'active';
}

function closedDay(r, st, start, due) {
  if (st === 'cancelled') return r.int(start + 90, A);
  return r.int(Math.max(start + 180, due - 60), Math.min(due + 45, A));
}

function milestones(r, list, start, due, st, closed, units, owner) {
  const k = Math.min(r.int(3, 8), W.MILESTONES[list].length);
  const titles = r.sample(W.MILESTONES[list], k);
  const dues = milestoneDues(r, start, due, k);
  const cutoff = st === 'active' ? A : closed;
  return titles.map((t, i) => {
    const m = { title: t, due: iso(dues[i]) };
    let done;
    if (st === 'done') done = clamp(dues[i] + r.int(-30, 10), start, closed);
    else if (dues[i] < cutoff && r.chance(0.95)) done = clamp(dues[i] + r.int(-30, 12), start, cutoff);
    else if (dues[i] >= cutoff && cutoff - 40 >= start && r.chance(0.08)) done = cutoff - r.int(1, 40);
    if (done !== undefined) m.done = iso(done);
    if (r.chance(0.2)) m.owner = r.pick(units.filter((u) => u !== owner));
    if (done !== undefined && r.chance(0.4)) m.evidence = r.pick(W.EVIDENCE);
    const from = dues[i] - r.int(15, 90);
    if (from >= start && r.chance(0.05)) {
      m.postponed = [{ from: iso(from), reason: r.pick(W.POSTPONE_REASONS), approved: r.pick(W.LEADERS) }];
    }
    return m;
  });
}

function updates(r, start, due, st, closed, ms) {
  let last = st === 'active' ? (r.chance(0.07) ? addMonths('2026-11', -r.int(2, 3)) : r.chance(0.5) ? '2026-11' : '2026-10') : monthOf(closed);
  const n = Math.min(r.int(6, 12), monthDiff(monthOf(start), last) + 1);
  const bias = r.int(-5, 15);
  let pct = 0;
  return Array.from({ length: n }, (_, i) => {
    const month = addMonths(last, i - n + 1);
    const eom = endOfMonth(day(`${month}-01`));
    const time = due === start ? 100 : clamp(((eom - start) / (due - start)) * 100, 0, 100);
    pct = Math.max(pct, clamp(Math.round(time + bias + r.int(-6, 6)), 0, 100));
    if (st === 'done' && i === n - 1) pct = 100;
    const doneMs = ms.filter((m) => m.done && m.done <= iso(eom)).at(-1);
    const lead = doneMs && r.chance(0.6) ? `${doneMs.title}已完成` : r.pick(W.UPDATE_DONE);
    const [d1, d2] = r.chance(0.5) ? r.sample(W.UPDATE_DOING, 2) : r.sample(W.UPDATE_DOING, 2).reverse();
    const figures = `本月投入资金${r.int(50, 5000)}万元、出动人员${r.int(10, 300)}人次，完成月计划的${r.int(60, 120)}%，累计完成${pct}%`;
    const u = { month, text: `${lead}；${d1}，${d2}。${figures}。${r.pick(W.UPDATE_NEXT)}。` };
    if (i === n - 1 || r.chance(0.92)) u.percent = pct;
    return u;
  });
}

function problems(r, start, st, closed) {
  const end = st === 'active' ? A : closed;
  return Array.from({ length: r.pick([0, 0, 0, 1, 1, 1, 2, 2, 3]) }, () => {
    const open = st === 'active' && r.chance(0.25);
    // open ones are mostly recent
    const raised = open && r.chance(0.7) ? r.int(Math.max(start, end - 30), end) : r.int(start, end);
    const p = { raised: iso(raised), text: r.pick(W.PROBLEMS) };
    if (!open) p.resolved = iso(Math.min(raised + r.int(3, 90), end));
    return p;
  }).sort((a, b) => (a.raised < b.raised ? -1 : 1));
}

function targets(r) {
  return r.sample(W.TARGETS, r.pick([0, 0, 1, 1, 2, 3])).map(([name, unit]) => {
    const goal = round(r.int(10, 50000), 10);
    return r.chance(0.7) ? { name, unit, goal, actual: Math.round(goal * r.next() * 1.1) } : { name, unit, goal };
  });
}

function listFields(r, list, brand, st, progress) {
  switch (list) {
    case 'enterprises':
      return {
        company: company(r, brand), industry: r.pick(W.INDUSTRIES),
        honors: r.sample(W.HONORS, r.int(0, 3)), measures: r.sample(W.MEASURES, r.int(2, 4)),
      };
    case 'investments': {
      const stages = ['lead', 'talks', 'signed', 'registered', 'started', 'operating'];
      const stage = st === 'done' ? 'operating' : stages[clamp(Math.floor(progress / 20), 0, 5)];
      const amount = round(r.int(2000, 300000), 100);
      const inPlace = stages.indexOf(stage) >= 2 ? { funds_in_place: round(amount * r.next(), 100) } : {};
      return { investor: company(r, r.pick(W.BRANDS)), stage, industry: r.pick(W.INDUSTRIES), amount, ...inPlace };
    }
    case 'projects': {
      const investment = round(r.int(5000, 500000), 100);
      const plan = round(investment * (0.2 + 0.4 * r.next()), 100);
      return {
        investment, land: r.chance(0.8) ? r.int(20, 600) : undefined, annual_plan: plan,
        annual_done: round(plan * r.next(), 100),
      };
    }
    case 'reforms':
      return { goal: r.pick(W.REFORM_GOALS) };
    default:
      return {};
  }
}

/** ctx: { list, earlier: (r) => "<list>/<id>" | undefined } */
export function buildItem(r, ctx) {
  const { list } = ctx;
  const brand = r.pick(W.BRANDS);
  const owner = r.pick(W.UNITS);
  const start = r.int(START_MIN, START_MAX);
  const due = weekdayOnOrBefore(Math.min(DUE_MAX, start + r.int(365, 1100)));
  const st = status(r, start, due);
  const closed = st === 'active' ? undefined : closedDay(r, st, start, due);
  const ms = milestones(r, list, start, due, st, closed, W.UNITS, owner);
  const ups = updates(r, start, due, st, closed, ms);
  const from = due - r.int(30, 180);
  const links = r.chance(0.08) ? [...new Set([ctx.earlier(r), ctx.earlier(r)].filter(Boolean))] : [];
  const t = title(r, list, brand, iso(start).slice(0, 4));
  return {
    title: t,
    lead: r.pick(W.LEADERS),
    owner,
    partners: r.sample(W.UNITS.filter((u) => u !== owner), r.pick([0, 1, 1, 2, 2, 3])),
    start: iso(start),
    due: iso(due),
    status: st === 'active' && r.chance(0.7) ? undefined : st,
    closed: closed === undefined ? undefined : iso(closed),
    claimed: r.chance(0.1) ? true : undefined,
    ...listFields(r, list, brand, st, ups.at(-1)?.percent ?? 0),
    tags: r.sample(W.TAGS, r.int(0, 2)),
    summary: r.chance(0.7) ? `${t}由${owner}牵头推进，${r.pick(W.SUMMARY_TAILS)}。` : undefined,
    links: links.length ? links : undefined,
    postponed:
      from > start && r.chance(0.06)
        ? [{ from: iso(from), reason: r.pick(W.POSTPONE_REASONS), approved: r.pick(W.LEADERS) }]
        : undefined,
    targets: targets(r),
    milestones: ms,
    updates: ups,
    problems: problems(r, start, st, closed),
  };
}
