import type { Diagnostic } from '../model/diagnostic.js';
import { at, type Rule } from './types.js';

/** Names in wuzhong.yaml must be unique: they are how items refer to units and leaders. */
export const configNames: Rule = {
  id: 'schema',
  severity: 'error',
  description: { zh: 'wuzhong.yaml 中的单位、领导不得重复', en: 'units and leaders in wuzhong.yaml must be unique' },
  run({ zone, t }) {
    const { config, configFile } = zone;
    if (!config || !configFile) return [];
    const out: Diagnostic[] = [];
    for (const key of ['units', 'leaders'] as const) {
      const seen = new Set<string>();
      config[key].forEach((name, i) => {
        if (seen.has(name)) out.push(at(configFile, [key, i], 'error', 'schema', t.duplicateName(key, name)));
        seen.add(name);
      });
    }
    return out;
  },
};
