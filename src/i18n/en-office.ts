import type { zhOffice } from './zh-office.js';

/** Messages of the Office outputs (docx, xlsx, csv); spread into en.ts. */
export const enOffice: { [K in keyof typeof zhOffice]: (typeof zhOffice)[K] } = {
  docNumberPattern: (value) => `document number "${value}" has no {n} (the issue number), e.g. 高新督〔{year}〕{n}号`,
};
