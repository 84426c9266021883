// docx 9 ships type declarations with extensionless relative paths inside a `"type": "module"`
// package, which TypeScript's NodeNext resolution cannot follow (every export looks missing). So the
// library is loaded at run time as is, and typed here for the few constructors the report uses.
import { createRequire } from 'node:module';

type Options = Record<string, unknown>;
/** A piece of the document tree; docx checks the shapes at run time. */
export interface DocxNode {
  readonly __docxNode?: never;
}
type Node = new (options: Options | string) => DocxNode;

export interface DocxLib {
  Document: new (options: Options) => DocxNode;
  Paragraph: Node;
  TextRun: Node;
  ImageRun: Node;
  Table: Node;
  TableRow: Node;
  TableCell: Node;
  Header: new (options: Options) => DocxNode;
  Footer: new (options: Options) => DocxNode;
  Packer: { toBuffer(doc: DocxNode): Promise<Uint8Array> };
  PageNumber: Record<'CURRENT' | 'TOTAL_PAGES', string>;
  TabStopType: Record<'RIGHT' | 'CENTER', string>;
  ShadingType: Record<'CLEAR', string>;
  HeadingLevel: Record<'TITLE' | 'HEADING_1' | 'HEADING_2' | 'HEADING_3', string>;
  AlignmentType: Record<'CENTER' | 'LEFT' | 'RIGHT', string>;
  WidthType: Record<'PERCENTAGE', string>;
}

export const docx = createRequire(import.meta.url)('docx') as DocxLib;
