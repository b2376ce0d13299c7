import { describe, expect, it } from 'vitest';
import { id } from '../../renderer/i18n/id';
import { STAKEHOLDER_KINDS } from '../../shared/domain/stakeholder';
import { FORMALITIES, RELATION_KINDS } from '../../shared/domain/relation';
import { CARD_COLOURS } from '../../shared/domain/workshop';
import { CARD_COLOUR_LABELS_ID, FORMALITY_LABELS_ID, KIND_LABELS_ID, RELATION_KIND_LABELS_ID } from '../../shared/labels';

// The back end cannot import the renderer's dictionaries, so exports keep their own table;
// it must say exactly what the screens say.
describe('labels for exports', () => {
  it('equal the renderer\'s Indonesian labels, one for every code', () => {
    const pairs: [Record<string, string>, Record<string, string>, readonly string[]][] = [
      [KIND_LABELS_ID, id.kinds, STAKEHOLDER_KINDS],
      [RELATION_KIND_LABELS_ID, id.map.relationKinds, RELATION_KINDS],
      [FORMALITY_LABELS_ID, id.map.formality, FORMALITIES],
      [CARD_COLOUR_LABELS_ID, id.workshops.colours, CARD_COLOURS],
    ];
    for (const [shared, renderer, codes] of pairs) {
      expect(shared).toEqual(renderer);
      expect(Object.keys(shared).sort()).toEqual([...codes].sort());
    }
  });
});
