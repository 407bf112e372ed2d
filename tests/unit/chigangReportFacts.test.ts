/**
 * The rest of Chigang's report kept as data for drafting reports (publicity, training, the 站、片、点
 * levels, registration targets, the evaluation's method, basis, principles and stages, cover and
 * feedback): every fact quotes the source, or says it is derived and from what.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import facts from '../../server/seed/reference/chigang-report-facts.json' with { type: 'json' };

const sourceLines = readFileSync(new URL('../fixtures/chigang/source.txt', import.meta.url), 'utf8').split(
  '\n',
);
const flat = (text: string) => text.replace(/\s+/g, '');

interface Fact {
  value: unknown;
  quote?: string;
  line?: number;
  derived?: boolean;
  how?: string;
}

/** Every object of the file that has a `value`: a fact. */
function* allFacts(node: unknown, path: string): Generator<[string, Fact]> {
  if (Array.isArray(node)) for (const [i, v] of node.entries()) yield* allFacts(v, `${path}[${i}]`);
  else if (node && typeof node === 'object') {
    if ('value' in node) yield [path, node as Fact];
    for (const [k, v] of Object.entries(node)) if (k !== 'value') yield* allFacts(v, `${path}.${k}`);
  }
}

const list = [...allFacts(facts, '')];

describe('Chigang report facts', () => {
  it('holds what the report-drafting work needs', () => {
    for (const key of [
      'publicity',
      'training',
      'levels',
      'registration',
      'method',
      'basis',
      'principles',
      'stages',
    ])
      expect(Object.keys(facts), key).toContain(key);
    expect(list.length).toBeGreaterThan(50);
  });

  it('quotes every printed fact from the line it names; a derived one says how', () => {
    const wrong = list.filter(([, f]) => {
      if (f.derived) return !f.how;
      if (!f.quote || !f.line) return true;
      // The quote starts on its line (a quote may run over the next lines, joined as printed).
      const from = flat(sourceLines.slice(f.line - 1, f.line + 6).join(''));
      return !from.includes(flat(f.quote));
    });
    expect(wrong.map(([path]) => path)).toEqual([]);
  });

  it('has the registration targets the text prints: 应建档 458 and 406', () => {
    const quotes = list.map(([, f]) => f.quote ?? '').join('\n');
    expect(quotes).toContain('应建档数 458 人');
    expect(quotes).toContain('应建档数 406 人');
  });
});
