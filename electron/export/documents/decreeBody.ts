// The legal body of a decree: Menimbang, Mengingat, Menetapkan and the dictums KESATU, KEDUA...
// in one layout (Law 12/2011 Annex II): a label column, a colon column and the text, shared by
// every group, so the dictums line up with the considerations' "a." and every text is set in
// the same justified body style. One row per item, so a long Menimbang breaks across a page
// instead of leaving the page empty; the lettered and numbered items stay real Word lists.
import { Table, TableRow } from 'docx';
import { borderlessTable, cell, cmToTwip, listItem, para, type ListKind } from '../docx';

export interface LegalGroup {
  /** "Menimbang", "KESATU" ... printed once, on the group's first row. */
  label: string;
  items: readonly string[];
  /** a., b. (LIST.huruf) or 1., 2. (LIST.angka); none for a dictum's plain text. */
  list?: ListKind;
  /** 'left' for text in capitals (Menetapkan), which justified would spread across the line. */
  align?: 'left' | 'justify';
}

const LABEL_TWIP = cmToTwip(3.3);
const COLON_TWIP = cmToTwip(0.5);
/** No left padding: the labels start at the text margin like the paragraphs around them. */
const MARGINS = { left: 0, right: 57, top: 0, bottom: 0 };

export function legalBody(groups: readonly LegalGroup[], widthTwip: number): Table {
  const widths = [LABEL_TWIP, COLON_TWIP, widthTwip - LABEL_TWIP - COLON_TWIP];
  const rows = groups.flatMap((g) => g.items.map((text, i) => {
    const first = i === 0;
    const align = g.align ?? 'justify';
    const body = g.list ? listItem(g.list, text, { restart: first, align }) : para(text, { align });
    return new TableRow({
      children: [
        cell(first ? para(g.label, { align: 'left' }) : [], { widthTwip: widths[0], margins: MARGINS }),
        cell(first ? para(':', { align: 'center' }) : [], { widthTwip: widths[1], margins: MARGINS }),
        cell(body, { widthTwip: widths[2], margins: MARGINS }),
      ],
    });
  }));
  return borderlessTable(rows, widths, widthTwip);
}
