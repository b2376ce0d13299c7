import { h } from '../dom';
import { t } from '../i18n';

export const CARD_MAX = 500;

/** What the writer holds; kept outside the DOM so a language switch or a new board keeps it. */
export interface WriterState {
  draft: string;
  /** Editing one of my hidden cards: its id and the draft put aside meanwhile. */
  editing: { cardId: string; original: string; setAside: string } | null;
}

export const writerState: WriterState = { draft: '', editing: null };

export interface WriterOptions {
  privateWriting: boolean;
  /** A new card; the writer clears itself. */
  onCreate(text: string): void;
  onUpdate(cardId: string, text: string): void;
}

export interface Writer {
  el: HTMLElement;
  setPrivate(on: boolean): void;
  edit(cardId: string, text: string): void;
  cancelEdit(): void;
}

export function createWriter(o: WriterOptions): Writer {
  const area = h('textarea', {
    id: 'card-text', class: 'writer-text', rows: 3, maxlength: CARD_MAX, enterkeyhint: 'send',
    autocapitalize: 'sentences', 'aria-describedby': 'card-count card-hint',
  });
  const label = h('label', { for: 'card-text', class: 'label' });
  const counter = h('span', { id: 'card-count', class: 'counter', 'aria-live': 'polite' });
  const send = h('button', { type: 'submit', class: 'primary' });
  const cancel = h('button', { type: 'button', class: 'secondary', onclick: () => cancelEdit() }, t('common.cancel'));
  const hint = h('p', { id: 'card-hint', class: 'muted small' });
  let privateWriting = o.privateWriting;

  const show = () => {
    const s = writerState;
    const length = area.value.trim().length;
    label.textContent = s.editing ? t('writer.editLabel') : t('writer.label');
    send.textContent = s.editing ? t('writer.save') : t('writer.send');
    send.disabled = length === 0 || length > CARD_MAX;
    cancel.hidden = !s.editing;
    counter.textContent = t('writer.counter', { count: area.value.length, max: CARD_MAX });
    counter.className = area.value.length >= CARD_MAX ? 'counter full' : 'counter';
    hint.textContent = (privateWriting ? `${t('writer.private')} ` : '') + t('writer.enter');
  };

  const submit = () => {
    const text = area.value.trim();
    if (!text || text.length > CARD_MAX) return;
    const editing = writerState.editing;
    if (editing) {
      if (text !== editing.original) o.onUpdate(editing.cardId, text);
      cancelEdit();
    } else {
      o.onCreate(text);
      area.value = writerState.draft = '';
      show();
    }
    // Keep the keyboard up for the next idea.
    area.focus();
  };

  const edit = (cardId: string, text: string) => {
    const setAside = writerState.editing ? writerState.editing.setAside : area.value;
    writerState.editing = { cardId, original: text, setAside };
    area.value = writerState.draft = text;
    show();
    area.scrollIntoView({ block: 'center' });
    area.focus();
  };

  const cancelEdit = () => {
    if (!writerState.editing) return;
    area.value = writerState.draft = writerState.editing.setAside;
    writerState.editing = null;
    show();
  };

  area.addEventListener('keydown', (e) => {
    // Enter sends, Shift+Enter breaks the line; not while a keyboard is still composing a word.
    if ((e.key === 'Enter' || e.keyCode === 13) && !e.shiftKey && !e.isComposing) {
      e.preventDefault();
      submit();
    }
  });
  area.addEventListener('beforeinput', (e) => {
    // Some Android keyboards report every key as 229, so Enter arrives only as a line break.
    if (e.inputType === 'insertLineBreak' && !e.isComposing) {
      e.preventDefault();
      submit();
    }
  });
  area.addEventListener('input', () => {
    writerState.draft = area.value;
    show();
  });

  area.value = writerState.draft;
  show();
  const el = h('form', { class: 'writer', novalidate: true, onsubmit: (e: Event) => { e.preventDefault(); submit(); } },
    label, area, h('div', { class: 'writer-row' }, counter, cancel, send), hint);
  return {
    el,
    setPrivate: (on) => { privateWriting = on; show(); },
    edit,
    cancelEdit,
  };
}
