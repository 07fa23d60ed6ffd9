// The MedLedger web console: one page per task, chosen by the URL's hash (#/consents, ...).
import './style.css';

import { ChainRefusal, ctx, start } from './chain.js';
import { councilPage } from './council.js';
import { organisationPage } from './organisation.js';
import { consentsPage, grantPage, patientPage, timelinePage } from './patient.js';
import { signInPage } from './sign-in.js';
import { h, message, page } from './ui.js';

const ROUTES: Record<string, { label: string; show: () => Promise<void> | void }> = {
  '/': { label: 'Sign in', show: signInPage },
  '/patient': { label: 'Me', show: patientPage },
  '/consents': { label: 'My consents', show: consentsPage },
  '/grant': { label: 'Grant or deny', show: grantPage },
  '/timeline': { label: 'Timeline', show: timelinePage },
  '/organisation': { label: 'Organisation', show: organisationPage },
  '/council': { label: 'Council', show: councilPage },
};

function nav(current: string) {
  const list = document.getElementById('nav') as HTMLElement;
  list.replaceChildren(
    ...Object.entries(ROUTES).map(([path, { label }]) =>
      h('li', {}, h('a', { href: `#${path}`, 'aria-current': path === current ? 'page' : null }, label)),
    ),
  );
}

const currentPath = () => location.hash.replace(/^#/, '') || '/';

async function route() {
  const path = currentPath();
  const target = ROUTES[path] ?? ROUTES['/'];
  nav(path);
  if (!ctx.wallet && path !== '/') {
    location.hash = '#/';
    return;
  }
  try {
    await target.show();
  } catch (e) {
    const r = e instanceof ChainRefusal ? e : null;
    page('Something went wrong', message('error', r?.reason ?? 'Error', r?.words ?? (e as Error).message));
  }
  // Pages read the chain before they show: one left while it was reading may finish after the
  // page chosen next and cover it. Then show the page the address names again.
  if (currentPath() !== path) await route();
}

// The skip link moves focus to the content without touching the address, which names the page.
document.querySelector('a.skip')?.addEventListener('click', (e) => {
  e.preventDefault();
  document.getElementById('main')?.focus();
});

page('Connecting…', h('p', {}, 'Connecting to the chain.'));
start()
  .then(() => {
    window.addEventListener('hashchange', route);
    return route();
  })
  .catch((e) =>
    page(
      'Cannot reach the chain',
      message('error', 'No connection', `The console could not connect: ${(e as Error).message}`),
    ),
  );
