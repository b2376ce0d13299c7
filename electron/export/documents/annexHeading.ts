// The block at the top right of an annex (LAMPIRAN / NOMOR / TANGGAL / TENTANG), tying the annex
// to its letter or decree. It is as wide as its fixed lines need, so "KEPUTUSAN BUPATI ..." and
// the number never wrap; only the subject, which can be long, wraps under itself.
import { cmToTwip, labelValueTable } from '../docx';

/** Capitals of 12 pt Arial average about 0.72 em. */
const CAP_TWIP = 12 * 0.72 * 20;
const LABEL_TWIP = cmToTwip(2.9);
const COLON_TWIP = cmToTwip(0.5);

/**
 * `rows` as label and value; every value but the last must fit on one line (the last is the
 * subject). At least half the text width, at most all of it.
 */
export function annexHeading(rows: readonly (readonly [string, string])[], contentWidthTwip: number) {
  const fixed = rows.slice(0, -1).map(([, v]) => v.length);
  const value = Math.ceil(Math.max(0, ...fixed) * CAP_TWIP) + 120;
  const total = Math.min(contentWidthTwip, Math.max(Math.round(contentWidthTwip / 2), LABEL_TWIP + COLON_TWIP + value));
  return labelValueTable(rows, { totalWidthTwip: total, labelWidthTwip: LABEL_TWIP, align: 'right' });
}
