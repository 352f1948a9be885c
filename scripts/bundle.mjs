// Bundles the CLI with esbuild into dist/bundle/ (what `pytier` runs): one file per lazily
// loaded subcommand, so start-up parses only what the command needs. tsc's per-module
// output in dist/src stays the library entry (`import('pytier')`) and carries the types.
// Measured here: `pytier -c "print(1)"` spends 0.17 s of CPU starting from dist/src and
// 0.10 s from the bundle (node alone: 0.05 s).
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = join(root, 'dist/bundle');
rmSync(outdir, { recursive: true, force: true });
await build({
  entryPoints: [join(root, 'src/cli.ts')],
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  outdir,
  chunkNames: 'chunks/[name]-[hash]',
  logLevel: 'warning',
});
