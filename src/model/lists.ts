/**
 * The registry of the lists: one entry per list, in the order reports show them. A sixth list is one entry
 * here plus its schema in `listSchemas` (model/item.ts, which the compiler then requires).
 */
export const LIST_REGISTRY = [
  { name: 'enterprises', label: { zh: '重点企业', en: 'Key enterprises' } },
  { name: 'investments', label: { zh: '重大招商', en: 'Major investment deals' } },
  { name: 'projects', label: { zh: '重大项目', en: 'Major projects' } },
  { name: 'reforms', label: { zh: '重大改革', en: 'Major reforms' } },
  { name: 'tasks', label: { zh: '重点工作', en: 'Key work' } },
] as const;

export type ListName = (typeof LIST_REGISTRY)[number]['name'];

/** The list names in registry order (folders under lists/). */
export const LISTS: readonly ListName[] = LIST_REGISTRY.map((l) => l.name);

export const LIST_LABELS = Object.fromEntries(LIST_REGISTRY.map((l) => [l.name, l.label])) as Record<
  ListName,
  { zh: string; en: string }
>;
