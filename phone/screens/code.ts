import { errorText, t } from '../i18n';
import type { Call } from '../api';
import { h } from '../dom';
import { asciiDigits } from '../format';
import type { Roster } from '../types';

export interface CodeScreenOptions {
  call: Call;
  /** A sentence to show first (why the phone is back here). */
  notice: string;
  onRoster(code: string, roster: Roster): void;
}

// Kept across re-renders (a language switch) so nothing typed is lost.
let typed = '';
let lockedUntil = 0;

export function setTypedCode(code: string): void {
  typed = code;
}

export function codeScreen(o: CodeScreenOptions): { el: HTMLElement; submit(): void; destroy(): void } {
  const input = h('input', {
    id: 'code', class: 'code-input', type: 'text', inputmode: 'numeric', pattern: '[0-9]*', maxlength: 4,
    autocomplete: 'off', autocorrect: 'off', spellcheck: 'false', enterkeyhint: 'go', value: typed,
    'aria-describedby': 'code-hint',
  });
  const button = h('button', { type: 'submit', class: 'primary big' }, t('code.submit'));
  const message = h('p', { class: o.notice ? 'msg info' : 'msg', role: 'alert' }, o.notice);
  let busy = false;
  let tick: ReturnType<typeof setInterval> | undefined;

  const showLock = () => {
    const left = Math.ceil((lockedUntil - Date.now()) / 1000);
    button.disabled = busy || left > 0;
    button.textContent = left > 0 ? t('code.wait', { seconds: left }) : busy ? t('code.checking') : t('code.submit');
    if (left <= 0) clearInterval(tick);
  };
  const lock = (seconds: number) => {
    lockedUntil = Date.now() + seconds * 1000;
    clearInterval(tick);
    tick = setInterval(showLock, 1000);
    showLock();
  };

  const submit = async () => {
    if (busy || lockedUntil > Date.now() || !/^\d{4}$/.test(typed)) return;
    busy = true;
    showLock();
    const res = await o.call<Roster>('roster', { code: typed });
    busy = false;
    showLock();
    if (res.ok) return o.onRoster(typed, res.data);
    message.className = 'msg error';
    message.textContent = errorText(res.error);
    if (res.error.reason === 'too_many_attempts') lock(Number(res.error.params.seconds) || 60);
    if (res.error.reason === 'rate_limited') lock(5);
    input.select();
  };

  input.addEventListener('input', () => {
    typed = asciiDigits(input.value).replace(/\D/g, '').slice(0, 4);
    if (input.value !== typed) input.value = typed;
    if (typed.length === 4) void submit();
  });

  const form = h('form', { class: 'stack', novalidate: true, onsubmit: (e: Event) => { e.preventDefault(); void submit(); } },
    h('label', { for: 'code', class: 'label' }, t('code.label')),
    input,
    h('p', { id: 'code-hint', class: 'muted' }, t('code.hint')),
    button,
    message,
  );
  const el = h('section', { class: 'card-screen' }, h('h1', null, t('code.title')), form);
  if (lockedUntil > Date.now()) lock((lockedUntil - Date.now()) / 1000);
  setTimeout(() => input.focus(), 0);
  return { el, submit: () => void submit(), destroy: () => clearInterval(tick) };
}
