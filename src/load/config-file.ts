import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { configSchema, type Config } from '../model/config.js';
import { parseFile } from './parse.js';
import { validate } from './validate.js';

export interface ConfigFile {
  /** The parsed mapping whatever its schema errors (for `locale` and `zone` before the file is valid). */
  raw?: Record<string, unknown>;
  /** The schema-valid configuration, if it is valid. */
  config?: Config;
}

/** `<root>/wuzhong.yaml`, read and parsed once, for commands that need only the configuration. */
export function readConfigFile(root: string): ConfigFile {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(join(root, 'wuzhong.yaml'));
  } catch {
    return {};
  }
  return configFromBytes(bytes);
}

/** The same from bytes already read (the loader reads wuzhong.yaml with every other file). */
export function configFromBytes(bytes: Uint8Array): ConfigFile {
  const parsed = parseFile('wuzhong.yaml', bytes);
  if (!parsed.data) return {};
  return { raw: parsed.data, config: validate(configSchema, parsed.data, parsed.file).value };
}
