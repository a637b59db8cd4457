/** Messages of the Office outputs (docx, xlsx, csv); spread into zh.ts. */
export const zhOffice = {
  docNumberPattern: (value: string) => `发文字号“${value}”中没有{n}（期数），如 高新督〔{year}〕{n}号`,
};
