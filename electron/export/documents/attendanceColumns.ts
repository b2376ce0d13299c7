// Column widths of the attendance list. Each column is at least as wide as its longest word, so
// a village name never breaks mid-word, a phone number is kept whole, and the signature column
// has room for a real signature. When that does not fit across a portrait page, the list turns
// landscape; the room left over goes to the name and institution columns.
import { cmToTwip, contentWidthTwip, type Orientation, type Paper } from '../docx';

export interface AttendanceColumn {
  header: string;
  /** The texts of this column, to measure. */
  values: readonly string[];
  /** Kept on one line whole (phone numbers), not only word by word. */
  whole?: boolean;
  minTwip?: number;
  /** Share of the room left over. */
  grow: number;
}

/** Bold 9 pt Arial runs about 0.62 em a character on average; a cell adds 0.19 cm each side. */
const CHAR_TWIP = 9 * 0.62 * 20;
const CELL_PADDING_TWIP = 2 * 108 + 40;

function neededTwip(c: AttendanceColumn): number {
  const pieces = [c.header, ...c.values].flatMap((v) => (c.whole ? [v] : v.split(/\s+/)));
  const longest = Math.max(0, ...pieces.map((p) => p.length));
  return Math.max(c.minTwip ?? 0, Math.ceil(longest * CHAR_TWIP + CELL_PADDING_TWIP));
}

export interface AttendanceLayout {
  orientation: Orientation;
  widthsTwip: number[];
}

export function attendanceLayout(columns: readonly AttendanceColumn[], paper: Paper): AttendanceLayout {
  const needed = columns.map(neededTwip);
  const sum = needed.reduce((a, b) => a + b, 0);
  const orientation: Orientation = sum <= contentWidthTwip(paper) ? 'portrait' : 'landscape';
  const total = contentWidthTwip(paper, {}, orientation);
  if (sum > total) return { orientation, widthsTwip: needed.map((w) => Math.floor((w * total) / sum)) };
  const growth = columns.reduce((a, c) => a + c.grow, 0) || 1;
  const widthsTwip = needed.map((w, i) => w + Math.floor(((total - sum) * columns[i]!.grow) / growth));
  widthsTwip[widthsTwip.length - 1]! += total - widthsTwip.reduce((a, b) => a + b, 0);
  return { orientation, widthsTwip };
}

/** A signature needs about 4 cm; the staggered numbers use half of it each. */
export const SIGNATURE_MIN_TWIP = cmToTwip(4);
