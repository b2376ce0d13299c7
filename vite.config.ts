import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  root: 'renderer',
  // Relative asset paths: the same build loads from app://klaster/ in Electron and from the HTTP host.
  base: './',
  plugins: [react()],
  build: { outDir: '../dist/renderer', emptyOutDir: true, chunkSizeWarningLimit: 2000 },
  // Development only: the host accepts its own Host and Origin, so the proxy speaks as its page.
  server: {
    proxy: {
      '/api': {
        target: 'http://127.0.0.1:5170',
        changeOrigin: true,
        configure: (proxy) =>
          proxy.on('proxyReq', (proxyReq, req) => {
            // Only the dev server's own page is vouched for; any other origin goes on and is refused.
            if (req.headers.origin === `http://${req.headers.host}`) proxyReq.setHeader('origin', 'http://127.0.0.1:5170');
          }),
      },
    },
  },
});
