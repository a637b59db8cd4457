import type { Meeting } from './coordination.js';
import type { Notice } from './notice.js';
import type { AssessmentFile, AssessmentSettings, Config } from './config.js';
import type { Diagnostic } from './diagnostic.js';
import type { ListName } from './fields.js';
import type { ItemData } from './item.js';

export type PathSegment = string | number;

export interface Pos {
  line: number;
  column: number;
  endColumn?: number;
}

/** A parsed data file: where its values are, without exposing the YAML library. */
export interface SourceFile {
  path: string;
  /** Position of the value (or, with at='key', the key) at this path; falls back to the nearest existing parent. */
  locate(path: readonly PathSegment[], at?: 'key' | 'value'): Pos;
}

export interface Item {
  list: ListName;
  id: string;
  /** `<list>/<id>`, how the item is named in output and links. */
  key: string;
  file: SourceFile;
  data: ItemData;
}

export interface AssessmentDoc {
  month: string;
  file: SourceFile;
  data: AssessmentFile;
}

export interface Zone {
  config: Config | undefined;
  configFile: SourceFile | undefined;
  settings: AssessmentSettings;
  /** Items whose files parsed and passed the schema, sorted by key. */
  items: Item[];
  /** Every `<list>/<id>` that has a file, valid or not (links to a broken file still resolve). */
  itemKeys: Set<string>;
  assessments: Map<string, AssessmentDoc>;
  /** Coordination meetings (meetings/*.yaml) that passed the schema, by file name; absent before any loading. */
  meetings?: Meeting[];
  /** Every meeting id (file stem) that has a file, valid or not. */
  meetingIds?: Set<string>;
  /** 督办 notices (notices/<YYYY>/<NNN>.yaml) that passed the schema, by year and number. */
  notices?: Notice[];
  fileCount: number;
  /** yaml / schema / path findings made while loading. */
  diagnostics: Diagnostic[];
}
