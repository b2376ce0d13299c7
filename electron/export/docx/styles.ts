// Named Word styles and list numbering for every exported document. Real styles (not direct
// formatting) let the regency office restyle a whole document from Word's style pane, and real
// numbering lets them insert a point without renumbering by hand.
import { AlignmentType, LevelFormat, LevelSuffix, LineRuleType, type INumberingOptions, type IParagraphStyleOptions, type IStylesOptions } from 'docx';
import { cmToTwip, ptToTwip } from './page';

export type DocFont = 'Arial' | 'Times New Roman' | 'Bookman Old Style';
export type DocSize = 11 | 12;

/** Style ids, so callers never type a style name by hand. */
export const STYLE = {
  normal: 'Normal',
  title: 'Title',
  heading1: 'Heading1',
  heading2: 'Heading2',
  signature: 'Signature',
  tableText: 'TableText',
  centered: 'Centered',
} as const;
export type StyleId = (typeof STYLE)[keyof typeof STYLE];

/** Indonesian, so Word and LibreOffice spell-check in the right language. */
export const LANGUAGE = { value: 'id-ID' } as const;

/**
 * Line spacing as a multiple of single (240 = 1.0). lineRule is always written: LibreOffice reads
 * a bare w:line as an exact height, which clips images and overlaps larger text.
 */
export function lines(multiple: number): { line: number; lineRule: typeof LineRuleType.AUTO } {
  return { line: Math.round(multiple * 240), lineRule: LineRuleType.AUTO };
}

export function documentStyles(font: DocFont, sizePt: DocSize): IStylesOptions {
  const size = sizePt * 2; // Word sizes are half-points
  const run = { font, size, language: LANGUAGE };
  const style = (id: string, name: string, o: Omit<IParagraphStyleOptions, 'id' | 'name'>): IParagraphStyleOptions => ({
    id, name, basedOn: id === STYLE.normal ? undefined : STYLE.normal, next: STYLE.normal, quickFormat: true, ...o,
  });
  return {
    // Defaults too, so text outside any style (headers, footers, numbering) uses the same font.
    default: { document: { run, paragraph: { spacing: lines(1.15) } } },
    paragraphStyles: [
      // Justified body with a little space after, the usual look of Indonesian official text.
      style(STYLE.normal, 'Normal', { run, paragraph: { alignment: AlignmentType.JUSTIFIED, spacing: { after: ptToTwip(6), ...lines(1.15) } } }),
      style(STYLE.title, 'Title', {
        run: { bold: true, size: size + 4 },
        paragraph: { alignment: AlignmentType.CENTER, spacing: { after: ptToTwip(2), ...lines(1) }, keepNext: true, outlineLevel: 0 },
      }),
      style(STYLE.heading1, 'Heading 1', {
        run: { bold: true },
        paragraph: { alignment: AlignmentType.LEFT, spacing: { before: ptToTwip(12), after: ptToTwip(6) }, keepNext: true, keepLines: true, outlineLevel: 0 },
      }),
      style(STYLE.heading2, 'Heading 2', {
        run: { bold: true },
        paragraph: { alignment: AlignmentType.LEFT, spacing: { before: ptToTwip(6), after: ptToTwip(3) }, keepNext: true, keepLines: true, outlineLevel: 1 },
      }),
      // Signature blocks: centred, no paragraph spacing so "blank lines" are exact line heights.
      // No keepNext here: signatureBlock() chains its own lines, so a block stays whole without
      // dragging whatever follows it onto the next page.
      style(STYLE.signature, 'Signature', {
        paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 0, after: 0, ...lines(1) }, keepLines: true },
      }),
      // Table cells: single-spaced and left-aligned; justified text in narrow cells leaves gaps.
      style(STYLE.tableText, 'Table Text', {
        paragraph: { alignment: AlignmentType.LEFT, spacing: { before: ptToTwip(1), after: ptToTwip(1), ...lines(1) } },
      }),
      style(STYLE.centered, 'Centered', { paragraph: { alignment: AlignmentType.CENTER } }),
    ],
  };
}

/** Numbering references for `listItem()`; levels below 0 carry the usual Indonesian sub-points. */
export const LIST = {
  /** 1. 2. 3. (Mengingat, misi, agenda) with a. b. c. and 1) 2) below */
  angka: 'angka',
  /** a. b. c. (Menimbang, points of an ayat) with 1) 2) below */
  huruf: 'huruf',
  /** (1) (2) (3) paragraphs of a Pasal, with a. b. c. and 1) 2) below */
  ayat: 'ayat',
  /** "-" dash bullets, the usual unnumbered list in Indonesian documents */
  strip: 'strip',
  /** "BAB I", "BAB II" chapter headings of the AD/ART: the office inserts a chapter, the rest renumber */
  bab: 'bab',
  /** "Pasal 1", "Pasal 2" continuous across chapters, never restarting */
  pasal: 'pasal',
} as const;
export type ListKind = (typeof LIST)[keyof typeof LIST];

type Lvl = { format: (typeof LevelFormat)[keyof typeof LevelFormat]; text: (n: number) => string };
const DEC: Lvl = { format: LevelFormat.DECIMAL, text: (n) => `%${n}.` };
const LET: Lvl = { format: LevelFormat.LOWER_LETTER, text: (n) => `%${n}.` };
const PAREN: Lvl = { format: LevelFormat.DECIMAL, text: (n) => `(%${n})` };
const DEC_CLOSE: Lvl = { format: LevelFormat.DECIMAL, text: (n) => `%${n})` };
const DASH: Lvl = { format: LevelFormat.BULLET, text: () => '-' };

/** Each level hangs 1 cm: wide enough for "(10)" and "aa.". */
function levels(chain: Lvl[]) {
  const step = cmToTwip(1);
  return chain.map((l, level) => ({
    level,
    format: l.format,
    text: l.text(level + 1),
    alignment: AlignmentType.LEFT,
    style: { paragraph: { indent: { left: step * (level + 1), hanging: step } } },
  }));
}

/**
 * A numbered heading: the label is the whole visible text ("BAB IV", "Pasal 12") on a centred
 * paragraph, so no indent and no tab after it.
 */
function headingLevel(format: Lvl['format'], text: string) {
  return [{ level: 0, format, text, alignment: AlignmentType.LEFT, suffix: LevelSuffix.NOTHING, style: { paragraph: { indent: { left: 0, hanging: 0 } } } }];
}

export function documentNumbering(): INumberingOptions {
  return {
    config: [
      { reference: LIST.angka, levels: levels([DEC, LET, DEC_CLOSE]) },
      { reference: LIST.huruf, levels: levels([LET, DEC_CLOSE, LET]) },
      { reference: LIST.ayat, levels: levels([PAREN, LET, DEC_CLOSE]) },
      { reference: LIST.strip, levels: levels([DASH, DASH, DASH]) },
      { reference: LIST.bab, levels: headingLevel(LevelFormat.UPPER_ROMAN, 'BAB %1') },
      { reference: LIST.pasal, levels: headingLevel(LevelFormat.DECIMAL, 'Pasal %1') },
    ],
  };
}
