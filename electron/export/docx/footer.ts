// "Halaman X dari Y" page numbers. PAGE and NUMPAGES are Word fields, so the numbers stay right
// when the recipient edits the document; Word and LibreOffice both compute them on open.
import { AlignmentType, Footer, Header, PageNumber, Paragraph, TextRun } from 'docx';
import { STYLE } from './styles';

export type PageNumberAlign = 'center' | 'right';

export function pageNumberFooter(align: PageNumberAlign = 'center', sizePt = 10): Footer {
  return new Footer({
    children: [new Paragraph({
      style: STYLE.normal,
      alignment: align === 'center' ? AlignmentType.CENTER : AlignmentType.RIGHT,
      spacing: { before: 0, after: 0 },
      children: [new TextRun({ size: sizePt * 2, children: ['Halaman ', PageNumber.CURRENT, ' dari ', PageNumber.TOTAL_PAGES] })],
    })],
  });
}

/**
 * A "RANCANGAN" / "DRAFT" mark at the top right of every page, for decrees and letters that are
 * not signed yet (DOCUMENTS.md); deleting the header makes the final version.
 */
export function draftHeader(text: string): Header {
  return new Header({
    children: [new Paragraph({
      style: STYLE.normal,
      alignment: AlignmentType.RIGHT,
      spacing: { before: 0, after: 0 },
      children: [new TextRun({ text, bold: true })],
    })],
  });
}
