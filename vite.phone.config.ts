import { defineConfig } from 'vite';

// The participants' page: plain TypeScript for phones (Android Chrome 80+) on a slow hotspot,
// served by the participant server from dist/phone with relative asset paths.
export default defineConfig({
  root: 'phone',
  base: './',
  publicDir: false,
  build: {
    outDir: '../dist/phone',
    emptyOutDir: true,
    target: 'chrome80',
    cssTarget: 'chrome80',
    // One entry, no lazy chunks: the preload helper would only add bytes.
    modulePreload: false,
    reportCompressedSize: false,
  },
});
