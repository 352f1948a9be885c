import { describe, expect, it } from 'vitest';
import { parseOptions } from '../../../bench/harness/options.js';

describe('benchmark options', () => {
  it('defaults to a full run of every system', () => {
    const o = parseOptions([], '/repo');
    expect(o).toMatchObject({ quick: false, systems: null, sizeN: 1000, sizeM: 1000, rounds: 3, warmupIterations: 2, samplesPerProcess: 3, budgetSeconds: 10, throughput: true, outDir: '/repo/bench/results' });
  });

  it('makes --quick short and lets explicit flags win', () => {
    const o = parseOptions(['--quick', '--rounds=2', '--tiers', 'interp,cpython,interp', '--filter', '^bm_'], '/repo');
    expect(o).toMatchObject({ quick: true, rounds: 2, warmupIterations: 1, samplesPerProcess: 2, sizeN: 100, throughput: false, systems: ['interp', 'cpython'] });
    expect(o.filter?.test('bm_float')).toBe(true);
  });

  it('rejects unknown flags, systems and bad numbers with a message', () => {
    expect(() => parseOptions(['--fast'], '/')).toThrow('unknown option --fast');
    expect(() => parseOptions(['--tiers', 'wasm2'], '/')).toThrow("unknown system 'wasm2'");
    expect(() => parseOptions(['--rounds', '0'], '/')).toThrow('--rounds needs an integer >= 1');
    expect(() => parseOptions(['--filter', '('], '/')).toThrow('invalid regular expression');
    expect(() => parseOptions(['--out'], '/')).toThrow('--out needs a value');
  });
});
