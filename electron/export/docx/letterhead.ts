// Kop surat: logo on the left, the institution centred in capitals, address and contact, then the
// thick-over-thin double rule that Indonesian government letters carry under the letterhead.
//
// It goes at the top of the BODY of the first page, not in a page header: only the first page of
// a letter carries it, a first-page-only header needs `titlePage` plus a header height that Word
// and LibreOffice each grow differently around an image, and in the body the recipient can still
// edit or delete it like any text. Both programs then lay it out identically.
import { BorderStyle, ImageRun, Paragraph, Table, TableRow, TextRun } from 'docx';
import { cmToTwip, contentWidthTwip } from './page';
import { lines, STYLE } from './styles';
import { borderlessTable, cell } from './tables';
import { imageSize } from './imageSize';

export interface KopSuratSpec {
  /** e.g. "PEMERINTAH KABUPATEN SLEMAN" (or the cluster organisation); "\n" for several lines. */
  institution: string;
  /** e.g. "DINAS KOPERASI DAN UKM", printed larger below the institution. */
  subInstitution?: string;
  address: string;
  /** Telephone, e-mail, website, postcode line. */
  contact?: string;
  logo?: { data: Buffer | Uint8Array; type: 'png' | 'jpg' };
}

export interface KopSuratOptions {
  sizePt?: number;
  totalWidthTwip?: number;
}

const LOGO_CM = 2.5;
const PX_PER_CM = 96 / 2.54; // docx sizes images in 96-dpi pixels

function line(text: string, sizePt: number, bold: boolean, spaceAfterPt = 0): Paragraph[] {
  return text.split('\n').map((t) => new Paragraph({
    style: STYLE.centered,
    spacing: { before: 0, after: spaceAfterPt * 20, ...lines(1) },
    children: [new TextRun({ text: t, bold, size: sizePt * 2 })],
  }));
}

function logoParagraph(logo: NonNullable<KopSuratSpec['logo']>): Paragraph {
  const px = imageSize(logo.data, logo.type);
  const maxPx = (LOGO_CM - 0.3) * PX_PER_CM;
  const scale = Math.min(maxPx / px.width, maxPx / px.height);
  return new Paragraph({
    style: STYLE.centered,
    spacing: { before: 0, after: 0, ...lines(1) },
    children: [new ImageRun({
      type: logo.type, data: logo.data,
      transformation: { width: Math.round(px.width * scale), height: Math.round(px.height * scale) },
      altText: { name: 'Logo', description: 'Logo instansi', title: 'Logo' },
    })],
  });
}

const NBSP = '\u00a0';
/**
 * A line may wrap, but never between a postcode and the town before it, inside "e-mail", nor
 * between "e-mail:", "Telp." or "Fax" and what follows: those spaces become non-breaking.
 */
export const keepTogether = (text: string) =>
  text
    // "e-mail" would otherwise wrap at its hyphen: a non-breaking hyphen (U+2011) instead.
    .replace(/\be-mail\b/gi, (m) => m.replace('-', '\u2011'))
    .replace(/(\S) (\d{5})\b/g, `$1${NBSP}$2`)
    .replace(/\b(e[-\u2011]?mail|surel|telp\.?|telepon|fax|faks\.?|faksimile|website|laman)(:?) /gi, `$1$2${NBSP}`);

/** The letterhead table followed by the double rule paragraph. */
export function kopSurat(spec: KopSuratSpec, o: KopSuratOptions = {}): (Paragraph | Table)[] {
  const size = o.sizePt ?? 12;
  const total = o.totalWidthTwip ?? contentWidthTwip('A4');
  // The text takes all the width the logo leaves: an empty column on the right (to centre the text
  // on the page) made "DINAS PERINDUSTRIAN DAN PERDAGANGAN", postcodes and e-mails wrap.
  const side = spec.logo ? cmToTwip(LOGO_CM) : 0;
  const widths = side ? [side, total - side] : [total];
  const text = [
    ...line(spec.institution.toUpperCase(), size + 2, true),
    ...(spec.subInstitution ? line(spec.subInstitution.toUpperCase(), size + 4, true) : []),
    ...line(keepTogether(spec.address), size - 2, false),
    ...(spec.contact ? line(keepTogether(spec.contact), size - 2, false) : []),
  ];
  const table = borderlessTable([new TableRow({
    cantSplit: true,
    children: spec.logo
      ? [cell([logoParagraph(spec.logo)], { widthTwip: widths[0], verticalAlign: 'center' }), cell(text, { widthTwip: widths[1], verticalAlign: 'center' })]
      : [cell(text, { widthTwip: total, verticalAlign: 'center' })],
  })], widths, total);
  // thickThinSmallGap on a bottom border draws the thick line above the thin one (4.5 pt total).
  const rule = new Paragraph({
    style: STYLE.normal,
    spacing: { before: 60, after: 240, ...lines(1) },
    border: { bottom: { style: BorderStyle.THICK_THIN_SMALL_GAP, size: 24, color: '000000', space: 1 } },
    // A 2 pt paragraph mark keeps the empty rule paragraph from adding a full text line.
    run: { size: 4 },
    children: [],
  });
  return [table, rule];
}
