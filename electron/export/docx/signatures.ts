// Signature blocks: place and date, the role, room for the signature and stamp, then the name in
// bold underlined and the NIP of civil servants. Laid out in a borderless table so two signers
// sit side by side (Pimpinan Rapat | Notulis, saksi-saksi) with "Mengetahui," centred below.
import { Paragraph, Table, TableRow, TextRun } from 'docx';
import { contentWidthTwip } from './page';
import { STYLE } from './styles';
import { borderlessTable, cell, columnWidthsTwip } from './tables';

export interface SignatureBlockSpec {
  /** A line above everything else, e.g. "Mengetahui," or "Hormat kami,". */
  heading?: string;
  /** e.g. "Sleman, 25 November 2026". */
  placeDate?: string;
  /** e.g. "Pimpinan Rapat," (punctuation as given); "\n" for a role over several lines. */
  role: string;
  /** Empty for forms printed before the meeting: a dotted line is left to write the name. */
  name: string;
  nip?: string;
  /** Lines left blank for the signature and stamp (default 4, about 2 cm). */
  blankLines?: number;
}

/** An official known to the project: the Kepala Dinas, the Bupati/Walikota, the Bappeda head. */
export interface OfficialSpec {
  name: string;
  nip: string;
  /** e.g. "Kepala Dinas Perindustrian dan Perdagangan Kabupaten Cirebon". */
  title: string;
  /** Civil servants sign with a NIP; an elected head has none. */
  civilServant: boolean;
}

/**
 * An official's block: the title as the role, the name and NIP when known. An unknown name keeps
 * the dotted blank to write by hand, and a civil servant's unknown NIP a dotted NIP line.
 */
export function officialBlock(o: OfficialSpec, heading?: string): SignatureBlockSpec {
  const nip = o.nip || (o.civilServant && !o.name.trim() ? '..............................' : undefined);
  return { ...(heading ? { heading } : {}), role: `${o.title},`, name: o.name, nip };
}

/** One run per line of the text; nothing for an absent text. */
const textLines = (text?: string): TextRun[][] => (text ? text.split('\n').map((t) => [new TextRun(t)]) : []);

/** Lines above the blank space; used to line up names of blocks sitting side by side. */
function linesAboveSpace(b: SignatureBlockSpec): number {
  return (b.heading ? 1 : 0) + (b.placeDate ? 1 : 0) + b.role.split('\n').length;
}

/** Name bold underlined; a blank name leaves a dotted line to write it by hand. */
function nameRuns(name: string): TextRun[] {
  return name.trim() ? [new TextRun({ text: name, bold: true, underline: {} })] : [new TextRun('(......................................)')];
}

/** The paragraphs of one block; `padTop` empty lines first so neighbouring names align. */
export function signatureBlock(b: SignatureBlockSpec, padTop = 0): Paragraph[] {
  const content: TextRun[][] = [
    ...Array.from({ length: padTop }, () => []),
    ...textLines(b.heading),
    ...textLines(b.placeDate),
    ...textLines(b.role),
    ...Array.from({ length: b.blankLines ?? 4 }, () => []),
    nameRuns(b.name),
    ...(b.nip ? [[new TextRun(`NIP. ${b.nip}`)]] : []),
  ];
  // Every line but the last keeps with the next: the block never breaks across pages, but it
  // does not drag whatever follows it (the Mengetahui row, Tembusan) onto its page.
  return content.map((children, i) => new Paragraph({ style: STYLE.signature, keepNext: i < content.length - 1, children }));
}

export interface SignatureColumnsOptions {
  /** Official of the regency office, centred under the other signers. */
  mengetahui?: SignatureBlockSpec;
  /** Where a single block sits (letters: "Hormat kami," on the right). Default right. */
  single?: 'left' | 'center' | 'right';
  totalWidthTwip?: number;
}

/** Blocks two per row; a lone last block is centred across both columns. Rows never split. */
export function signatureColumns(blocks: readonly SignatureBlockSpec[], o: SignatureColumnsOptions = {}): Table {
  const total = o.totalWidthTwip ?? contentWidthTwip('A4');
  const widths = columnWidthsTwip([50, 50], 'pct', total);
  const rows: TableRow[] = [];
  const row = (children: ReturnType<typeof cell>[]) => rows.push(new TableRow({ cantSplit: true, children }));
  const full = (b: SignatureBlockSpec, spaceBefore: number) =>
    row([cell(signatureBlock(b, spaceBefore), { widthTwip: total, columnSpan: 2 })]);

  if (blocks.length === 1 && blocks[0]) {
    const pos = o.single ?? 'right';
    if (pos === 'center') full(blocks[0], 1);
    else {
      const block = cell(signatureBlock(blocks[0], 1), { widthTwip: widths[1] });
      const empty = cell([], { widthTwip: widths[0] });
      row(pos === 'right' ? [empty, block] : [block, empty]);
    }
  } else {
    for (let i = 0; i < blocks.length; i += 2) {
      const pair = blocks.slice(i, i + 2);
      if (pair.length === 1) {
        full(pair[0]!, 1);
        continue;
      }
      const top = Math.max(...pair.map(linesAboveSpace));
      // A blank line above each row, separating the signers from the closing text and each other.
      row(pair.map((b, k) => cell(signatureBlock(b, 1 + top - linesAboveSpace(b)), { widthTwip: widths[k] })));
    }
  }
  if (o.mengetahui) full({ heading: 'Mengetahui,', ...o.mengetahui }, 1);
  return borderlessTable(rows, widths, total);
}
