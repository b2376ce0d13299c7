// The AD/ART's "BAB IV" and "Pasal 12" are Word list numbers, not text: this writes them into the
// body XML as Word would show them, so tests can read the document as a person does.
import { romawi } from '../../shared/indonesian';
import type { DocxParts } from './docx';

/** numId -> the level-0 label of its numbering ("BAB %1", "Pasal %1", "%1.", ...). */
export function numberingLabels(numberingXml: string): Map<string, string> {
  const abstract = new Map<string, string>();
  for (const m of numberingXml.matchAll(/<w:abstractNum [^>]*w:abstractNumId="(\d+)"[^>]*>([\s\S]*?)<\/w:abstractNum>/g)) {
    const lvl0 = /<w:lvl [^>]*w:ilvl="0"[^>]*>[\s\S]*?<w:lvlText w:val="([^"]*)"/.exec(m[2]!);
    abstract.set(m[1]!, lvl0?.[1] ?? '');
  }
  const out = new Map<string, string>();
  for (const m of numberingXml.matchAll(/<w:num w:numId="(\d+)"[^>]*>[\s\S]*?<w:abstractNumId w:val="(\d+)"\/>/g)) out.set(m[1]!, abstract.get(m[2]!) ?? '');
  return out;
}

/** The body XML with the BAB and Pasal numbers written in, counted in document order. */
export function withHeadingNumbers(parts: Pick<DocxParts, 'documentXml' | 'numberingXml'>): string {
  const labels = numberingLabels(parts.numberingXml);
  const count = new Map<string, number>();
  return parts.documentXml.replace(/<w:p>((?:(?!<\/w:p>)[\s\S])*?<w:numId w:val="(\d+)"\/>[\s\S]*?)<\/w:p>/g, (whole, inner: string, numId: string) => {
    const label = labels.get(numId) ?? '';
    if (label !== 'BAB %1' && label !== 'Pasal %1') return whole;
    const n = (count.get(label) ?? 0) + 1;
    count.set(label, n);
    const text = label === 'BAB %1' ? `BAB ${romawi(n)}` : `Pasal ${n}`;
    return `<w:p>${inner}<w:r><w:t>${text}</w:t></w:r></w:p>`;
  });
}
