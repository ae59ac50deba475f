// The content of an official document, independent of its file format. Templates build it
// from the case; the DOCX renderer lays it out per GB/T 9704-2012; the frozen copy stored at
// issue is what every later rendering (and the archive) is made from.

/** A run of text; `bold` is used for the third level of headings (1.) and field labels. */
export type Inline = string | { text: string; bold?: boolean; underline?: boolean };

export type Block =
  /** a body paragraph, first line indented two characters unless `indent: false` */
  | { type: 'p'; text: Inline[] | string; indent?: boolean; align?: 'left' | 'right' | 'center' }
  /** 一、 level heading (黑体) */
  | { type: 'h1'; text: string }
  /** （一） level heading (楷体) */
  | { type: 'h2'; text: string }
  /** a bordered form table: label/value rows; a row of one cell spans the table */
  | { type: 'form'; rows: FormRow[] }
  /** a bordered table of columns with a header row repeated on every page, e.g. a ranking */
  | { type: 'table'; columns: TableColumn[]; rows: string[][] }
  /** empty lines, e.g. room for handwritten signatures */
  | { type: 'space'; lines: number };

export interface TableColumn {
  title: string;
  /** share of the text width, relative to the other columns */
  width: number;
  align?: 'left' | 'center' | 'right';
}

export interface FormRow {
  label: string;
  value: string;
  /** minimum height in body lines, for cells that hold opinions and signatures */
  lines?: number;
  /** a signature line printed under the value: who and on which day */
  signedBy?: { name: string; date: string | null } | null;
  /** the row stays on the page of the next (a proposal with the approval signed under it) */
  keepWithNext?: boolean;
}

export interface OfficialDocument {
  /** the document kind, as in the registry */
  kind: string;
  /** the issuing body's name above the title, e.g. 晋城市人民政府 */
  issuerHead: string;
  /** the document's name, e.g. 行政执法监督决定书 */
  title: string;
  /** 发文字号, e.g. 晋市执监决〔2024〕3号; null for internal forms and records */
  number: string | null;
  /** whether a red separator line follows the number (outgoing documents) */
  separator: boolean;
  /** 主送机关 or addressee, printed flush left with a full-width colon */
  addressee: string | null;
  body: Block[];
  /** 附件说明 */
  attachments: string[];
  /** 署名 and 成文日期; the seal is placed over them */
  signature: { name: string; date: string } | null;
  /** 附注, printed in brackets under the date */
  note: string | null;
  /** 版记: 抄送 and 印发机关 with the printing date */
  colophon: { cc: string | null; printer: string; printedOn: string } | null;
}
