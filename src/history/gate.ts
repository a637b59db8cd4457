import { assessmentDefaults, type AssessmentFile, type AssessmentSettings, type Config } from '../model/config.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { reporter } from '../model/rule.js';
import type { ItemData } from '../model/item.js';
import type { AssessmentDoc, Item, SourceFile, Zone } from '../model/zone.js';
import { classify } from '../load/build.js';
import { keepCoordination } from '../load/coordination.js';
import { coordinationGate } from './coordination-gate.js';
import { matchGoneItems, matchMilestones } from './match.js';
import type { BaseItemFile, BasePlan } from './plan.js';
import { rescore, type Coordination, type ScoredChange } from './rescore.js';
import { baseLinkedFolder, baseRules, baseUnparsable, removedItem, type BaseContext } from './rules.js';

/** A file's version at REV, parsed and validated like today's; undefined when it does not pass. */
export type VersionReader = (path: string, oid: string) => { value: unknown; file: SourceFile } | undefined;

export interface GateInput {
  zone: Zone;
  plan: BasePlan;
  read: VersionReader;
  /** The blob id of a file now (to match exact renames). */
  oidOf: (path: string) => string | undefined;
  asOf: string;
  rev: string;
}

/**
 * The review gate (`check --base REV`): items matched across REV and now (also renamed or moved to another
 * list), each pair compared by the base rules, and every settled month rescored. Pure: blobs come in as `read`.
 */
export function gateFindings(input: GateInput): Diagnostic[] {
  const { zone, plan, read, asOf, rev } = input;
  // A linked folder at REV hides every base version: say so rather than compare nothing.
  if (plan.linked.length > 0) return plan.linked.map((path) => baseLinkedFolder(path, rev));
  const baseConfig = plan.config?.oid === undefined ? undefined
    : configAt(read('wuzhong.yaml', plan.config.oid)?.value as Config | undefined);
  const approvers = approversOf(zone.config?.assessment?.approvers, baseConfig?.config.assessment?.approvers);
  const out: Diagnostic[] = [];
  const changes: ScoredChange[] = [];
  const versionOf = (f: BaseItemFile): Item | undefined => {
    const v = read(f.path, f.oid);
    return v && { list: f.list, id: f.id, key: f.key, file: v.file, data: v.value as ItemData };
  };
  const compare = (item: Item, base: Item | undefined) => {
    const milestones = matchMilestones(base?.data.milestones, item.data.milestones);
    const ctx: BaseContext = { item, base: base?.data, milestones, asOf, rev, approvers };
    for (const rule of baseRules) rule.run(ctx, reporter(rule, out));
    const renamed = new Map(milestones.pairs.filter((p) => p.renamed).map((p) => [p.base.title, p.now.title]));
    changes.push({ now: item, base, renamed });
  };

  for (const { item, base } of plan.changed) {
    const version = versionOf(base);
    if (version) compare(item, version);
    else out.push(baseUnparsable(item, rev));
  }
  const removed = plan.removed.map((file) => ({ file, version: versionOf(file) }));
  const moves = matchGoneItems(
    removed.map((r) => ({ key: r.file.key, id: r.file.id, oid: r.file.oid, title: r.version?.data.title })),
    plan.added.map((i) => ({ key: i.key, id: i.id, oid: input.oidOf(i.file.path), title: i.data.title })),
  );
  const moved = new Set(moves.values());
  for (const { file, version } of removed) {
    const to = plan.added.find((i) => i.key === moves.get(file.key));
    if (to && version) compare(to, version);
    else if (to) out.push(baseUnparsable(to, rev));
    else {
      out.push(removedItem(file.key, file.path, rev));
      if (version) changes.push({ now: undefined, base: version, renamed: new Map() });
    }
  }
  for (const item of plan.added) if (!moved.has(item.key)) compare(item, undefined);

  const coordination = coordinationAt(zone, plan, read);
  out.push(...coordinationFindings(coordination, plan, asOf, rev));
  out.push(...rescore({
    zone, asOf, items: changes, approvers,
    config: baseConfig,
    coordination,
    assessments: plan.assessments.map((a) => ({
      month: a.month, path: a.path, now: zone.assessments.get(a.month),
      base: a.oid === undefined ? undefined : assessmentAt(read(a.path, a.oid), a.month),
    })),
  }));
  return out;
}

/** Who may approve: a leader listed now and at REV, so that a change cannot make its own approver. */
function approversOf(
  now: readonly string[] | undefined, base: readonly string[] | undefined,
): readonly string[] | undefined {
  return now === undefined ? base : base === undefined ? now : now.filter((a) => base.includes(a));
}

/** The config at REV with its settings as buildZone fills them in; none when it did not pass (then today's is used). */
function configAt(config: Config | undefined): { config: Config; settings: AssessmentSettings } | undefined {
  if (!config) return undefined;
  const { approvers: _approvers, ...numbers } = config.assessment ?? {};
  return { config, settings: { ...assessmentDefaults, ...numbers } as AssessmentSettings };
}

/** The meetings and notices whose file differs at REV: their valid records now and at REV, read as the loader does. */
function coordinationAt(zone: Zone, plan: BasePlan, read: VersionReader): RescoreCoordination {
  const paths = new Set(plan.coordination.map((c) => c.path));
  const now: Coordination = {
    meetings: (zone.meetings ?? []).filter((m) => paths.has(m.file.path)),
    notices: (zone.notices ?? []).filter((n) => paths.has(n.file.path)),
  };
  const base: Coordination & { diagnostics: Diagnostic[] } = { meetings: [], notices: [], diagnostics: [] };
  for (const { path, oid } of plan.coordination) {
    const where = classify(path);
    const version = oid === undefined ? undefined : read(path, oid);
    if (!version || (where.kind !== 'meeting' && where.kind !== 'notice')) continue;
    keepCoordination(base, where, version.file, version.value);
  }
  return { paths, now, base: { meetings: base.meetings, notices: base.notices } };
}

type RescoreCoordination = NonNullable<Parameters<typeof rescore>[0]['coordination']>;

/** The base rules on meetings and notices; a record whose version at REV does not pass is not compared. */
function coordinationFindings(c: RescoreCoordination, plan: BasePlan, asOf: string, rev: string): Diagnostic[] {
  const atBase = new Set([...c.base.meetings, ...c.base.notices].map((r) => r.file.path));
  const existed = new Set(plan.coordination.flatMap((p) => (p.oid === undefined ? [] : [p.path])));
  const comparable = (r: { file: SourceFile }) => !existed.has(r.file.path) || atBase.has(r.file.path);
  const version = <T>(r: { file: SourceFile; data: T }) => ({ path: r.file.path, data: r.data });
  return coordinationGate({
    meetings: c.now.meetings.filter(comparable), notices: c.now.notices.filter(comparable),
    baseMeetings: c.base.meetings.map(version), baseNotices: c.base.notices.map(version), asOf, rev,
  });
}

function assessmentAt(v: ReturnType<VersionReader>, month: string): AssessmentDoc | undefined {
  return v && { month, file: v.file, data: v.value as AssessmentFile };
}
