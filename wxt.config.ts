import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// See https://wxt.dev/api/config.html
export default defineConfig({
  manifestVersion: 3,
  manifest: {
    name: 'Dalil — Arabic news guide',
    short_name: 'Dalil',
    description:
      'Glosses the people, places and organisations of Arabic news pages in English, on your machine.',
    // No permissions: IndexedDB needs none, tabs.query/sendMessage work without `tabs`, and the content
    // script's match patterns are the only host access.
    permissions: [],
    commands: {
      'toggle-page': {
        suggested_key: { default: 'Alt+Shift+D' },
        description: 'Turn highlighting on or off for this page',
      },
    },
  },
  vite: () => ({
    plugins: [preact()],
  }),
});
