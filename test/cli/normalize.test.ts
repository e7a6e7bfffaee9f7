import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { test } from 'node:test';
import data from '../fixtures/arabic-text.json' with { type: 'json' };

const marsad = (args: string[]) => execFileSync(process.execPath, ['bin/marsad.js', ...args], { encoding: 'utf8' });

test('marsad normalize prints one normalized line per argument, for every reference pair', () => {
  const inputs = data.normalize.map(([a]) => a);
  const lines = marsad(['normalize', ...inputs]).split('\n').slice(0, -1);
  assert.deepEqual(lines, data.normalize.map(([, b]) => b));
});

test('marsad normalize --stem gives one key line per argument, the same for each same_key group', () => {
  for (const group of data.same_key) {
    const lines = marsad(['normalize', '--stem', ...group]).split('\n').slice(0, -1);
    assert.equal(lines.length, group.length);
    assert.equal(new Set(lines).size, 1, group.join(' '));
  }
  const [a, b] = marsad(['normalize', '--stem', 'كوريا الشمالية', 'كوريا الجنوبية']).split('\n');
  assert.notEqual(a, b);
  assert.equal(a.split(' ').length, 2, 'one key per word');
});

test('marsad with an unknown command exits 2', () => {
  assert.throws(() => execFileSync(process.execPath, ['bin/marsad.js', 'no-such-command'], { stdio: 'pipe' }), (e: { status: number }) => e.status === 2);
});
