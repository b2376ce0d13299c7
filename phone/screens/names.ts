import type { Call } from '../api';
import { h, mount } from '../dom';
import { errorText, t } from '../i18n';
import type { JoinInput, Joined, Roster, RosterPerson } from '../types';

export interface NamesScreenOptions {
  call: Call;
  code: string;
  roster: Roster;
  onJoined(joined: Joined): void;
  /** The roster changed under us (a name removed): read it again. */
  onReload(): void;
  onBack(): void;
}

// Kept across a language switch.
const form = { filter: '', name: '', organisation: '', village: '', phone: '', typing: false };

export function resetNamesForm(): void {
  form.filter = form.name = form.organisation = form.village = form.phone = '';
  form.typing = false;
}

export function namesScreen(o: NamesScreenOptions): HTMLElement {
  const { roster } = o;
  const message = h('p', { class: 'msg', role: 'alert' });
  const buttons: HTMLButtonElement[] = [];
  let busy = false;

  const join = async (body: Omit<JoinInput, 'code'>, button: HTMLButtonElement) => {
    if (busy) return;
    busy = true;
    const label = button.textContent;
    buttons.forEach((b) => { b.disabled = true; });
    button.textContent = t('names.joining');
    const res = await o.call<Joined>('join', { code: o.code, ...body });
    busy = false;
    buttons.forEach((b) => { b.disabled = false; });
    button.textContent = label;
    if (res.ok) return o.onJoined(res.data);
    message.className = 'msg error';
    message.textContent = errorText(res.error);
    if (res.error.reason === 'participant_not_found') o.onReload();
    else if (res.error.reason === 'wrong_code' || res.error.reason === 'session_closed') setTimeout(o.onBack, 2500);
  };

  const person = (p: RosterPerson) => {
    const b = h('button', {
      type: 'button', class: p.taken ? 'person taken' : 'person',
      onclick: () => {
        if (p.taken && !confirm(t('names.takenConfirm', { name: p.name }))) return;
        void join({ participantId: p.id }, b);
      },
    }, h('span', { class: 'person-name' }, p.name), p.organisation ? h('span', { class: 'person-org' }, p.organisation) : null,
    p.taken ? h('span', { class: 'badge' }, t('names.taken')) : null);
    buttons.push(b);
    return b;
  };

  const list = h('div', { class: 'people' });
  const renderList = () => {
    const q = form.filter.trim().toLowerCase();
    const shown = roster.people.filter((p) => !q || `${p.name} ${p.organisation}`.toLowerCase().indexOf(q) >= 0);
    buttons.length = 0;
    mount(list, shown.length ? shown.map(person) : h('p', { class: 'muted' }, roster.people.length ? t('names.noMatch') : t('names.empty')));
  };

  const parts: (Node | null)[] = [];
  if (roster.joinMode === 'anonymous') {
    const b = h('button', { type: 'button', class: 'primary big', onclick: () => void join({}, b) }, t('names.join'));
    buttons.push(b);
    parts.push(h('p', { class: 'muted' }, t(roster.kind === 'questionnaire' ? 'names.anonymousAnswers' : 'names.anonymousHint')), b);
  } else {
    parts.push(h('h2', null, t('names.pick')));
    if (roster.people.length > 8) {
      parts.push(h('input', {
        type: 'search', class: 'field', placeholder: t('names.filter'), 'aria-label': t('names.filter'), value: form.filter,
        autocomplete: 'off', oninput: (e: Event) => { form.filter = (e.target as HTMLInputElement).value; renderList(); },
      }));
    }
    parts.push(list);
    renderList();
    if (roster.joinMode === 'pick_or_type') parts.push(typedName(roster, join));
  }

  return h('section', { class: 'card-screen' },
    h('p', { class: 'kicker' }, t(`names.kind.${roster.kind}`)),
    h('h1', null, roster.title),
    parts,
    message,
    h('button', { type: 'button', class: 'link', onclick: o.onBack }, t('names.changeCode')),
  );
}

/** Name and village typed by someone not on the list; a phone number too at a meeting. */
function typedName(roster: Roster, join: (body: Omit<JoinInput, 'code'>, b: HTMLButtonElement) => Promise<void>): HTMLElement {
  const field = (key: 'name' | 'organisation' | 'village' | 'phone', label: string, attrs: Record<string, unknown>) => {
    const input = h('input', { id: `typed-${key}`, class: 'field', value: form[key], oninput: () => { form[key] = input.value; }, ...attrs });
    return h('div', { class: 'stack' }, h('label', { for: `typed-${key}`, class: 'label' }, label), input);
  };
  const submit = h('button', { type: 'submit', class: 'primary big' }, t('names.join'));
  const body = h('form', {
    class: 'stack', novalidate: true,
    onsubmit: (e: Event) => {
      e.preventDefault();
      const name = form.name.trim();
      if (!name) return (document.getElementById('typed-name') as HTMLInputElement | null)?.focus();
      const phone = form.phone.trim();
      const village = form.village.trim();
      void join({ name, organisation: form.organisation.trim(), ...(village ? { village } : {}), ...(phone ? { phone } : {}) }, submit);
    },
  },
  field('name', t('names.name'), { maxlength: 120, autocomplete: 'name', autocapitalize: 'words', required: true }),
  field('organisation', t('names.organisation'), { maxlength: 200, autocapitalize: 'words' }),
  field('village', t('names.village'), { maxlength: 120, autocapitalize: 'words' }),
  roster.kind === 'meeting' ? field('phone', t('names.phone'), { type: 'tel', inputmode: 'tel', maxlength: 40, autocomplete: 'tel' }) : null,
  submit);
  const details = h('details', { class: 'typed', open: form.typing || !roster.people.length },
    h('summary', { class: 'summary-button' }, t('names.notListed')), body);
  details.addEventListener('toggle', () => { form.typing = details.open; });
  return details;
}
