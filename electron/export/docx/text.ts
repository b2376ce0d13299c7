// Paragraph and run helpers that always go through the named styles of styles.ts, so the
// document stays editable from Word's style pane instead of carrying direct formatting.
import { AlignmentType, LeaderType, Paragraph, Tab, TabStopType, TextRun, type IParagraphOptions, type ParagraphChild } from 'docx';
import { STYLE, type ListKind, type StyleId } from './styles';
import { ptToTwip } from './page';

export type Align = 'left' | 'center' | 'right' | 'justify';
export type Inline = string | ParagraphChild | readonly (string | ParagraphChild)[];

export interface ParaOptions {
  style?: StyleId;
  align?: Align;
  /** Points before/after, when a paragraph needs more air than its style gives. */
  spaceBeforePt?: number;
  spaceAfterPt?: number;
  indentLeftTwip?: number;
  firstLineTwip?: number;
  keepNext?: boolean;
  pageBreakBefore?: boolean;
}

const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT, justify: AlignmentType.JUSTIFIED } as const;

/** Strings become plain runs; "\n" inside a string becomes a line break within the paragraph. */
export function runs(content: Inline): ParagraphChild[] {
  const parts = typeof content === 'string' || !Array.isArray(content) ? [content as string | ParagraphChild] : content;
  return parts.flatMap((p) => (typeof p === 'string' ? textRuns(p) : [p]));
}

function textRuns(text: string, opts: { bold?: boolean; italics?: boolean; underline?: boolean } = {}): TextRun[] {
  return text.split('\n').map((line, i) => new TextRun({
    text: line, break: i > 0 ? 1 : undefined, bold: opts.bold, italics: opts.italics, underline: opts.underline ? {} : undefined,
  }));
}

function options(o: ParaOptions): IParagraphOptions {
  const spacing = o.spaceBeforePt !== undefined || o.spaceAfterPt !== undefined
    ? { before: o.spaceBeforePt !== undefined ? ptToTwip(o.spaceBeforePt) : undefined, after: o.spaceAfterPt !== undefined ? ptToTwip(o.spaceAfterPt) : undefined }
    : undefined;
  const indent = o.indentLeftTwip !== undefined || o.firstLineTwip !== undefined
    ? { left: o.indentLeftTwip, firstLine: o.firstLineTwip }
    : undefined;
  return {
    style: o.style ?? STYLE.normal,
    alignment: o.align ? ALIGN[o.align] : undefined,
    spacing, indent, keepNext: o.keepNext, pageBreakBefore: o.pageBreakBefore,
  };
}

export function para(content: Inline, o: ParaOptions = {}): Paragraph {
  return new Paragraph({ ...options(o), children: runs(content) });
}

/** Document title, centred bold caps; several lines (e.g. "NOTULEN RAPAT" + meeting name) share the Title style. */
export function title(text: string, o: ParaOptions = {}): Paragraph {
  return para(text, { ...o, style: STYLE.title });
}

export function heading(content: Inline, level: 1 | 2 = 1, o: ParaOptions = {}): Paragraph {
  return para(content, { ...o, style: level === 1 ? STYLE.heading1 : STYLE.heading2 });
}

export function centered(content: Inline, o: ParaOptions = {}): Paragraph {
  return para(content, { ...o, style: STYLE.centered });
}

/** An empty paragraph: vertical space measured in lines of the given style. */
export function blank(style: StyleId = STYLE.normal): Paragraph {
  return new Paragraph({ style, children: [] });
}

export const bold = (text: string): TextRun[] => textRuns(text, { bold: true });
export const italic = (text: string): TextRun[] => textRuns(text, { italics: true });
export const underline = (text: string): TextRun[] => textRuns(text, { underline: true });
export const boldUnderline = (text: string): TextRun[] => textRuns(text, { bold: true, underline: true });

export interface ListItemOptions extends ParaOptions {
  level?: number;
  /**
   * Start this list again at 1 (the first item of every list should set it). Only for level 0:
   * sub-points (a., b.) restart by themselves under each new item, and restarting there would
   * move the rest of the list onto a new list whose next "3." would read "1.".
   */
  restart?: boolean;
}

/** One item of a real Word list (numbering.xml), never a typed "1.". */
export function listItem(kind: ListKind, content: Inline, o: ListItemOptions = {}): Paragraph {
  return new Paragraph({
    ...options(o),
    numbering: { reference: kind, level: o.level ?? 0, restart: (o.level ?? 0) === 0 ? o.restart : undefined },
    children: runs(content),
  });
}

/** A whole list that starts at 1 (or a.), e.g. `numberedList(LIST.angka, misi)`. */
export function numberedList(kind: ListKind, items: readonly Inline[], o: Omit<ListItemOptions, 'restart'> = {}): Paragraph[] {
  return items.map((item, i) => listItem(kind, item, { ...o, restart: i === 0 }));
}

/**
 * "Nomor : ........" fill-in line: the text then a dotted tab leader to the right edge, for
 * forms printed before a meeting and completed by hand.
 */
export function dottedLine(label: Inline, widthTwip: number, o: ParaOptions = {}): Paragraph {
  return new Paragraph({
    ...options(o),
    tabStops: [{ type: TabStopType.RIGHT, position: widthTwip, leader: LeaderType.DOT }],
    children: [...runs(label), new TextRun({ children: [new Tab()] })],
  });
}
