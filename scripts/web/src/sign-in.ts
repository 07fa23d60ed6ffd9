// Signing in: the key this browser keeps (unlocked with its passphrase), a new or restored one,
// or an account of the polkadot.js extension.
import { runtime } from '@medledger/sdk';

import { ctx } from './chain.js';
import { field, h, message, page, shortAddress } from './ui.js';
import {
  createLocal,
  extensionAccounts,
  extensions,
  forgetLocal,
  storedAddress,
  unlockLocal,
  type Wallet,
} from './wallet.js';

/** Where a signed-in account goes first: its organisation, or its own page as a patient. */
async function signedIn(wallet: Wallet) {
  ctx.wallet = wallet;
  const standing = await runtime(ctx.api).identityApi.standing(wallet.address);
  location.hash = standing.adminOf.isSome ? '#/organisation' : '#/patient';
}

function form(
  label: string,
  fields: HTMLElement[],
  submit: string,
  action: (f: HTMLFormElement) => Promise<void>,
) {
  const out = h('div', { 'aria-live': 'polite' });
  const button = h('button', { type: 'submit' }, submit);
  const f = h('form', { 'aria-label': label }, ...fields, h('div', { class: 'actions' }, button), out);
  f.addEventListener('submit', async (e) => {
    e.preventDefault();
    button.disabled = true;
    out.replaceChildren();
    try {
      await action(f);
    } catch (err) {
      out.replaceChildren(message('error', 'Not done', (err as Error).message));
    } finally {
      button.disabled = false;
    }
  });
  return f;
}

const passphrase = (id: string, autocomplete: string) =>
  h('input', { type: 'password', id, name: id, required: true, minlength: 8, autocomplete });

export async function signInPage() {
  const kept = storedAddress();
  const sections: HTMLElement[] = [];
  if (kept) {
    sections.push(
      h('h2', {}, 'Unlock the key kept here'),
      h('p', {}, 'Account ', h('span', { class: 'mono' }, kept)),
      form(
        'Unlock',
        [field('Passphrase', passphrase('unlock-passphrase', 'current-password'))],
        'Unlock',
        async (f) =>
          signedIn(await unlockLocal((f.querySelector('#unlock-passphrase') as HTMLInputElement).value)),
      ),
      h(
        'p',
        { class: 'hint' },
        'Forgetting the key removes it from this browser. Only your recovery phrase can bring it back.',
      ),
      h(
        'button',
        {
          class: 'secondary',
          onclick: () => {
            if (confirm('Forget the key kept in this browser? Have your recovery phrase ready.')) {
              forgetLocal();
              void signInPage();
            }
          },
        },
        'Forget this key',
      ),
    );
  } else {
    const shown = h('div', { 'aria-live': 'polite' });
    sections.push(
      h('h2', {}, 'Make a key in this browser'),
      h(
        'p',
        {},
        'Your key, your encryption keys and your consent key are made here and kept here, encrypted under your passphrase. They never leave this browser.',
      ),
      form(
        'Make a key',
        [
          field(
            'Passphrase',
            passphrase('new-passphrase', 'new-password'),
            'At least 8 characters. It unlocks the key on this device only.',
          ),
          field(
            'Recovery phrase (to restore a key; leave empty for a new one)',
            h('input', { type: 'text', id: 'restore-phrase', autocomplete: 'off', spellcheck: 'false' }),
          ),
        ],
        'Make my key',
        async (f) => {
          const words = (f.querySelector('#restore-phrase') as HTMLInputElement).value;
          const { wallet, mnemonic } = await createLocal(
            (f.querySelector('#new-passphrase') as HTMLInputElement).value,
            words || undefined,
          );
          ctx.wallet = wallet;
          shown.replaceChildren(
            message('ok', 'Your key is ready', `Account ${wallet.address}`),
            h('h3', {}, 'Write down your recovery phrase'),
            h('p', { class: 'mono', id: 'recovery-phrase' }, mnemonic),
            h('p', {}, 'Anyone with these words controls your account. Keep them offline.'),
            h('button', { onclick: () => signedIn(wallet) }, 'I have written it down'),
          );
        },
      ),
      shown,
    );
  }
  const names = extensions();
  if (names.length) {
    const list = h('ul', {});
    sections.push(h('h2', {}, 'Or use your browser extension'), list);
    for (const name of names) {
      for (const w of await extensionAccounts(name)) {
        list.append(
          h(
            'li',
            {},
            h(
              'button',
              { class: 'secondary', onclick: () => signedIn(w) },
              `${name}: ${shortAddress(w.address)}`,
            ),
          ),
        );
      }
    }
  }
  page('Sign in', ...sections);
}
