import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const outDir = fileURLToPath(new URL('../wwwroot/graphiql', import.meta.url));

// emptyOutDir wipes the folder; the build output (about 7 MB) must stay out of git.
const keepOutOfGit = {
  name: 'keep-out-of-git',
  closeBundle() {
    writeFileSync(`${outDir}/.gitignore`, '# Built by api/Innomed.Api/GraphiQL (npm ci && npm run build); never committed.\n*\n');
  },
};

// Relative URLs: the Api serves index.html at the GraphQL path with a <base> pointing at {path}/ide/.
export default defineConfig({
  base: './',
  plugins: [react(), keepOutOfGit],
  // Monaco's language workers split into chunks, which only the ES worker format allows.
  worker: { format: 'es' },
  build: {
    outDir,
    emptyOutDir: true,
    chunkSizeWarningLimit: 4096,
  },
});
