import type { Database } from 'better-sqlite3';
import { STRATEGY_COLUMNS, type StrategyFields, type SwotStrategy } from '../../../shared/domain/swotStrategy';
import type { WorkshopBoard } from '../../../shared/domain/workshop';
import { AppError, notFound } from '../../errors';
import type { ProjectTools } from '../../handlers/types';
import { createWorkshop, readBoard } from './workshops';
import { listCards, listGroups, nextPosition, readWorkshop } from './rows';

interface Row { id: string; workshop_id: string; kind: SwotStrategy['kind']; text: string; card_ids: string; position: number }

/** Each card of a SWOT workshop with the S/W/O/T column it sits in (none for the ungrouped pile). */
function swotColumns(db: Database, workshopId: string): Map<string, { text: string; column: 'S' | 'W' | 'O' | 'T' | null }> {
  const keyOf = new Map(listGroups(db, workshopId).map((g) => [g.id, g.fixedKey]));
  return new Map(listCards(db, workshopId).map((c) => {
    const key = c.groupId ? keyOf.get(c.groupId) : null;
    return [c.id, { text: c.text, column: key === 'S' || key === 'W' || key === 'O' || key === 'T' ? key : null }];
  }));
}

function toStrategy(r: Row, cards: ReturnType<typeof swotColumns>): SwotStrategy {
  const linked = (JSON.parse(r.card_ids) as string[]).filter((id) => cards.get(id)?.column);
  return {
    id: r.id, workshopId: r.workshop_id, kind: r.kind, text: r.text, position: r.position, cardIds: linked,
    sources: linked.map((cardId) => ({ cardId, text: cards.get(cardId)!.text, column: cards.get(cardId)!.column! })),
  };
}

function swotWorkshop(db: Database, workshopId: string) {
  const w = readWorkshop(db, workshopId);
  if (w.template !== 'swot') throw new AppError('invalid_state', 'strategy_needs_swot', 'Strategies come from a SWOT workshop');
  return w;
}

/** A strategy's cards must be in this workshop and in the columns its kind names (SO: S and O cards). */
function checkSources(db: Database, workshopId: string, kind: SwotStrategy['kind'], cardIds: readonly string[]): void {
  const cards = swotColumns(db, workshopId);
  const allowed = STRATEGY_COLUMNS[kind];
  for (const id of cardIds) {
    const c = cards.get(id);
    if (!c) throw notFound('card', id);
    if (!c.column || !allowed.includes(c.column as never)) {
      throw new AppError('invalid_input', 'strategy_card_column', `A ${kind} strategy draws on ${allowed.join(' and ')} cards`, { kind, text: c.text });
    }
  }
}

export function listStrategies(db: Database, workshopId: string): SwotStrategy[] {
  readWorkshop(db, workshopId);
  const cards = swotColumns(db, workshopId);
  const rows = db.prepare(`SELECT * FROM swot_strategies WHERE workshop_id = ?
    ORDER BY CASE kind WHEN 'SO' THEN 0 WHEN 'WO' THEN 1 WHEN 'ST' THEN 2 ELSE 3 END, position`).all(workshopId) as Row[];
  return rows.map((r) => toStrategy(r, cards));
}

function readStrategy(db: Database, id: string): SwotStrategy {
  const row = db.prepare('SELECT * FROM swot_strategies WHERE id = ?').get(id) as Row | undefined;
  if (!row) throw notFound('strategy', id);
  return toStrategy(row, swotColumns(db, row.workshop_id));
}

export function createStrategy(db: Database, workshopId: string, f: StrategyFields, t: ProjectTools): SwotStrategy {
  swotWorkshop(db, workshopId);
  checkSources(db, workshopId, f.kind, f.cardIds);
  const id = t.newId();
  const position = nextPosition(db, 'SELECT max(position) AS p FROM swot_strategies WHERE workshop_id = ?', workshopId);
  t.rec.insert('swot_strategies', {
    id, workshop_id: workshopId, kind: f.kind, text: f.text, card_ids: JSON.stringify([...new Set(f.cardIds)]), position, created_at: t.now, updated_at: t.now,
  });
  return readStrategy(db, id);
}

export function updateStrategy(db: Database, id: string, patch: Partial<StrategyFields>, t: ProjectTools): SwotStrategy {
  const s = readStrategy(db, id);
  const kind = patch.kind ?? s.kind;
  const cardIds = patch.cardIds ?? s.cardIds;
  checkSources(db, s.workshopId, kind, cardIds);
  t.rec.update('swot_strategies', id, {
    kind, text: patch.text ?? s.text, card_ids: JSON.stringify([...new Set(cardIds)]), updated_at: t.now,
  });
  return readStrategy(db, id);
}

export function deleteStrategy(db: Database, id: string, t: ProjectTools): { deleted: true } {
  readStrategy(db, id);
  t.rec.delete('swot_strategies', id);
  return { deleted: true };
}

/** The strategies carried into a long-list workshop, one card each ("SO: …"), ready for voting. */
export function strategiesToLongList(db: Database, workshopId: string, theme: string | undefined, t: ProjectTools): WorkshopBoard {
  const w = swotWorkshop(db, workshopId);
  const strategies = listStrategies(db, workshopId);
  if (strategies.length === 0) throw new AppError('invalid_state', 'strategy_none', 'There are no strategies to carry into a long list yet');
  const board = createWorkshop(db, { template: 'longlist', theme: theme ?? `Daftar panjang strategi dari ${w.theme}`, date: w.date, place: w.place, facilitator: w.facilitator }, t);
  strategies.forEach((s, position) => t.rec.insert('workshop_cards', {
    id: t.newId(), workshop_id: board.id, group_id: null, position, text: `${s.kind}: ${s.text}`, author_participant_id: null,
    author_name: '', colour: 'yellow', hidden: 0, withheld: 0, created_at: t.now, updated_at: t.now,
  }));
  return readBoard(db, board.id, t.now);
}

