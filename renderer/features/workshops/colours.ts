import { CARD_COLOURS } from '../../../shared/domain/workshop';

export type CardColour = (typeof CARD_COLOURS)[number];

/** Paper colours of the cards; light enough for black text on a washed-out projector. */
export const PAPER: Record<CardColour, string> = {
  yellow: '#fff59d', orange: '#ffcc80', pink: '#f8bbd0', green: '#c5e1a5', blue: '#b3e5fc', purple: '#d1c4e9', white: '#ffffff',
};
