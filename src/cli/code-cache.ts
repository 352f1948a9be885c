// A CommonJS file compiled with V8's code cache (`FILE.cache` beside it, when there is one).
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vm from 'node:vm';
import { createRequire } from 'node:module';

export interface CachedScript {
  script: vm.Script;
  /** True when a cache was there and V8 refused it (another V8 version or other flags). */
  rejected: boolean;
  /** Runs the file as a CommonJS module; returns its exports. */
  run(): unknown;
}

export function compileWithCache(file: string): CachedScript {
  const source = fs.readFileSync(file, 'utf8');
  let cachedData: Buffer | undefined;
  try {
    cachedData = fs.readFileSync(`${file}.cache`);
  } catch {
    cachedData = undefined;
  }
  const wrapped = `(function (exports, require, module, __filename, __dirname) {${source}\n})`;
  const script = new vm.Script(wrapped, { filename: file, cachedData });
  return {
    script,
    rejected: cachedData !== undefined && script.cachedDataRejected === true,
    run() {
      const module = { exports: {} };
      const fn = script.runInThisContext() as (...args: unknown[]) => void;
      fn(module.exports, createRequire(file), module, file, path.dirname(file));
      return module.exports;
    },
  };
}
