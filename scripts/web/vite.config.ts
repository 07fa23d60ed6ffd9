// The console builds to static files in dist/, which the record gateway serves (`console.dir`).
import { defineConfig } from 'vite';

export default defineConfig({
  // Relative asset paths: the console works under any path the gateway is served at.
  base: './',
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    // polkadot.js with its WebAssembly cryptography: one large chunk, loaded once.
    chunkSizeWarningLimit: 4096,
  },
});
