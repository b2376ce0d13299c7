// Paper sizes and margins. Regency offices print on A4 or F4 (folio, 215 x 330 mm); the usual
// Indonesian official margins are 3 cm left (binding side) and 2-2.5 cm elsewhere.
import { PageOrientation, type ISectionPropertiesOptions } from 'docx';

export type Paper = 'A4' | 'F4';
/** Landscape for wide matrices (the PDM); everything else is portrait. */
export type Orientation = 'portrait' | 'landscape';

export const PAPER_MM: Readonly<Record<Paper, { width: number; height: number }>> = {
  A4: { width: 210, height: 297 },
  F4: { width: 215, height: 330 },
};

export interface MarginsCm {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export const DEFAULT_MARGINS_CM: Readonly<MarginsCm> = { top: 2.5, right: 2, bottom: 2, left: 3 };

/** Header / footer distance from the page edge; inside the 2 cm bottom margin so it never eats body text. */
const HEADER_FOOTER_CM = 1.25;

/** Word measures pages in twips (1/20 pt, 1440 per inch). Rounded: A4 is 11906 x 16838 as in Word. */
export function mmToTwip(mm: number): number {
  return Math.round((mm * 1440) / 25.4);
}

export function cmToTwip(cm: number): number {
  return mmToTwip(cm * 10);
}

export function ptToTwip(pt: number): number {
  return Math.round(pt * 20);
}

export function pageSizeTwip(paper: Paper): { width: number; height: number } {
  const { width, height } = PAPER_MM[paper];
  return { width: mmToTwip(width), height: mmToTwip(height) };
}

/** Width between the margins: what a full-width table may use. */
export function contentWidthTwip(paper: Paper, margins: Partial<MarginsCm> = {}, orientation: Orientation = 'portrait'): number {
  const m = { ...DEFAULT_MARGINS_CM, ...margins };
  const size = pageSizeTwip(paper);
  return (orientation === 'landscape' ? size.height : size.width) - cmToTwip(m.left) - cmToTwip(m.right);
}

/** The `page` part of a docx section for the paper, margins and orientation (docx swaps the sides). */
export function pageProperties(paper: Paper, margins: Partial<MarginsCm> = {}, orientation: Orientation = 'portrait'): NonNullable<ISectionPropertiesOptions['page']> {
  const m = { ...DEFAULT_MARGINS_CM, ...margins };
  return {
    size: orientation === 'landscape' ? { ...pageSizeTwip(paper), orientation: PageOrientation.LANDSCAPE } : pageSizeTwip(paper),
    margin: {
      top: cmToTwip(m.top),
      right: cmToTwip(m.right),
      bottom: cmToTwip(m.bottom),
      left: cmToTwip(m.left),
      header: cmToTwip(HEADER_FOOTER_CM),
      footer: cmToTwip(HEADER_FOOTER_CM),
      gutter: 0,
    },
  };
}
