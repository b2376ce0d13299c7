type Child = Node | string | number | null | undefined | false;
type Props = Record<string, unknown>;

/**
 * A small element builder. Handlers go through addEventListener (never inline attributes), so
 * the page runs under a CSP without 'unsafe-inline'.
 */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, props?: Props | null, ...children: (Child | Child[])[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const key in props ?? {}) {
    const value = props![key];
    if (value === undefined || value === null || value === false) continue;
    if (key === 'class') el.className = String(value);
    else if (key === 'text') el.textContent = String(value);
    else if (key === 'value') (el as HTMLInputElement).value = String(value);
    else if (key.slice(0, 2) === 'on' && typeof value === 'function') el.addEventListener(key.slice(2).toLowerCase(), value as EventListener);
    else el.setAttribute(key, value === true ? '' : String(value));
  }
  append(el, children);
  return el;
}

function append(el: Node, children: (Child | Child[])[]): void {
  for (const child of children) {
    if (Array.isArray(child)) append(el, child);
    else if (child !== null && child !== undefined && child !== false) el.appendChild(typeof child === 'object' ? child : document.createTextNode(String(child)));
  }
}

/** Empties an element and fills it again (replaceChildren needs Chrome 86). */
export function mount(el: Node, ...children: (Child | Child[])[]): void {
  while (el.firstChild) el.removeChild(el.firstChild);
  append(el, children);
}
