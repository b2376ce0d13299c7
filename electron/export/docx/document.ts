// Assembles a whole Word document from the building blocks: page setup, named styles, list
// numbering, optional letterhead, page numbers and metadata.
import { Document, Packer, type FileChild, type ISectionOptions } from 'docx';
import { contentWidthTwip, pageProperties, type MarginsCm, type Orientation, type Paper } from './page';
import { documentNumbering, documentStyles, type DocFont, type DocSize } from './styles';
import { kopSurat, type KopSuratSpec } from './letterhead';
import { draftHeader, pageNumberFooter, type PageNumberAlign } from './footer';

export interface BuildDocumentOptions {
  /** Metadata (File > Properties), e.g. "Notulen Rapat FGD 1". */
  title: string;
  subject?: string;
  description?: string;
  keywords?: string;
  creator?: string;
  font?: DocFont;
  sizePt?: DocSize;
  paper?: Paper;
  orientation?: Orientation;
  margins?: Partial<MarginsCm>;
  /** Printed at the top of the first page only. */
  letterhead?: KopSuratSpec;
  /** Each entry is a Word section that starts on a new page (e.g. a decree, then its LAMPIRAN). */
  sections: readonly (readonly FileChild[])[];
  pageNumbers?: PageNumberAlign | false;
  /** e.g. "RANCANGAN" on every page of an unsigned decree. */
  draftMark?: string;
}

export function buildDocument(o: BuildDocumentOptions): Document {
  const paper = o.paper ?? 'A4';
  const font = o.font ?? 'Arial';
  const sizePt = o.sizePt ?? 12;
  const page = pageProperties(paper, o.margins, o.orientation);
  const footer = o.pageNumbers === false ? undefined : pageNumberFooter(o.pageNumbers ?? 'center');
  const header = o.draftMark ? draftHeader(o.draftMark) : undefined;
  const kop = o.letterhead
    ? kopSurat(o.letterhead, { sizePt, totalWidthTwip: contentWidthTwip(paper, o.margins, o.orientation) })
    : [];
  const sections: ISectionOptions[] = (o.sections.length ? o.sections : [[]]).map((children, i) => ({
    properties: { page },
    headers: header ? { default: header } : undefined,
    footers: footer ? { default: footer } : undefined,
    children: i === 0 ? [...kop, ...children] : [...children],
  }));
  return new Document({
    title: o.title,
    subject: o.subject,
    description: o.description,
    keywords: o.keywords,
    creator: o.creator ?? 'Klaster Workbench',
    lastModifiedBy: o.creator ?? 'Klaster Workbench',
    styles: documentStyles(font, sizePt),
    numbering: documentNumbering(),
    sections,
  });
}

export async function renderDocx(doc: Document): Promise<Buffer> {
  return Packer.toBuffer(doc);
}
