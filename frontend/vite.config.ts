/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// The gateway serves this folder at / (api/Innomed.Api/Hosting/WebAppEndpoints.cs).
const outDir = fileURLToPath(new URL('../api/Innomed.Api/wwwroot/app', import.meta.url));

// emptyOutDir wipes the folder; the build output stays out of git.
const keepOutOfGit = {
  name: 'keep-out-of-git',
  closeBundle() {
    writeFileSync(`${outDir}/.gitignore`, '# Built from frontend/ (npm run build, or dotnet build); never committed.\n*\n');
  },
};

// The dev server (npm run dev) talks to the running system (dotnet run --project silo/Innomed.Silo).
const backend = process.env.INNOMED_URL ?? 'http://127.0.0.1:5080';

export default defineConfig({
  plugins: [react(), keepOutOfGit],
  build: { outDir, emptyOutDir: true, chunkSizeWarningLimit: 1024 },
  server: {
    proxy: {
      '/graphql': { target: backend, ws: true },
      '/auth': { target: backend },
      // Files and the statement CSV are plain HTTP next to /graphql (same bearer token).
      '/documents': { target: backend },
      '/tele-expertise': { target: backend },
    },
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/test/setup.ts'],
  },
});
