// A few DOM helpers: elements from data (text is always text, never HTML), the page's main
// region, and the progress bar of a transaction.
type Child = Node | string | number | null | undefined | false;
type Attrs = Record<string, string | number | boolean | ((e: Event) => void) | null | undefined>;

/** An element: `h('button', { onclick }, 'Revoke')`. Attributes set to false or null are left out. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: (Child | Child[])[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === false || v === null || v === undefined) continue;
    if (typeof v === 'function') el.addEventListener(k.replace(/^on/, ''), v);
    else if (v === true) el.setAttribute(k, '');
    else el.setAttribute(k, String(v));
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    el.append(c instanceof Node ? c : String(c));
  }
  return el;
}

/** Shows a page: its title in the document and an h1, then its content; focus moves to it. */
export function page(title: string, ...content: (Child | Child[])[]) {
  const main = document.getElementById('main') as HTMLElement;
  document.title = `${title} · MedLedger`;
  main.replaceChildren(h('h1', {}, title), h('div', {}, ...content));
  main.focus();
}

/** A labelled input: the label names it for screen readers and tests alike. */
export function field(label: string, input: HTMLInputElement | HTMLSelectElement, hint?: string) {
  const id = input.id || `f-${label.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
  input.id = id;
  const hintId = hint ? `${id}-hint` : null;
  if (hintId) input.setAttribute('aria-describedby', hintId);
  return h(
    'div',
    {},
    h('label', { for: id }, label),
    hint ? h('p', { class: 'hint', id: hintId }, hint) : null,
    input,
  );
}

/** A group of checkboxes or radio buttons under a legend. */
export function choices(
  legend: string,
  name: string,
  options: readonly { value: string; label: string; checked?: boolean }[],
  type: 'checkbox' | 'radio' = 'checkbox',
) {
  return h(
    'fieldset',
    {},
    h('legend', {}, legend),
    options.map((o) =>
      h(
        'label',
        { class: 'choice' },
        h('input', { type, name, value: o.value, checked: o.checked ?? false }),
        o.label,
      ),
    ),
  );
}

/** The values checked in the group `name` inside `root`. */
export const checked = (root: ParentNode, name: string) =>
  [...root.querySelectorAll<HTMLInputElement>(`input[name="${name}"]:checked`)].map((i) => i.value);

/** A message box: `error` boxes are announced at once (role alert). */
export function message(kind: 'error' | 'ok', title: string, detail?: string) {
  return h(
    'div',
    { class: kind, role: kind === 'error' ? 'alert' : 'status' },
    h('strong', {}, title),
    detail ? h('p', {}, detail) : null,
  );
}

let nearAction: HTMLElement | null = null;

/**
 * Where the progress of the next transaction is also shown: next to the control that started it
 * (a copy for the eye; the live region at the top of the page is the one read out).
 */
export function showProgressIn(el: HTMLElement | null) {
  nearAction = el;
}

/** A transaction's progress: the live region under the header, and a copy next to its control. */
export function progress(
  step: 'signing' | 'submitted' | 'inBlock' | 'finalized' | 'failed' | null,
  text = '',
) {
  const region = document.getElementById('progress') as HTMLElement;
  const render = () =>
    step === null
      ? []
      : [
          h('progress', {
            max: 4,
            value: { signing: 1, submitted: 2, inBlock: 3, finalized: 4, failed: 4 }[step],
            'aria-label': 'Transaction progress',
          }),
          ' ',
          h('span', { 'data-step': step }, text),
        ];
  region.replaceChildren(...render());
  if (nearAction?.isConnected) nearAction.replaceChildren(...render());
}

export const shortAddress = (a: string) => `${a.slice(0, 6)}…${a.slice(-6)}`;
