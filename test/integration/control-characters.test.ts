/**
 * Control characters in names: refused at the API and at import with a clear message; a document that already
 * holds one (written before the rule) still draws its strategy map as well-formed XML.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { importJsonFile } from '../../src/main/core/interchange-io';
import { documentWithControlCharacters } from '../control-character-document';
import { strategyMapSvg } from '../../src/shared/strategy-map/svg';
import { client, fingerprint, tempDir } from '../helpers';

function wellFormed(xml: string): boolean {
  const parser = new SaxesParser({ xmlns: true });
  let ok = true;
  parser.on('error', () => {
    ok = false;
  });
  parser.write(xml).close();
  return ok;
}

describe('control characters in names', () => {
  it('are refused by the API with a message naming the character; long text keeps its tabs and line breaks', () => {
    const dir = tempDir();
    const { call, fail, session } = client();
    call('document.create', { path: join(dir, 'a.scorecard') });
    const perspectiveId = call('perspective.list', { scorecardId: 1 })[0]!.id;
    const error = fail('objective.create', { perspectiveId, title: 'Grow\u000Brevenue' });
    expect(error.code).toBe('VALIDATION');
    expect(error.message).toContain('title');
    expect(error.message).toContain('must not contain control characters, tabs or line breaks (U+000B at character 5)');
    const objective = call('objective.create', { perspectiveId, title: 'Grow revenue', description: 'One\tTwo\nThree' });
    expect(objective.description).toBe('One\tTwo\nThree');
    for (const [method, input] of [
      ['objective.update', { id: objective.id, owner: 'Ann\tLee' }],
      ['kpi.create', { objectiveId: objective.id, name: 'Revenue', unit: '€\u0085' }],
      ['theme.create', { scorecardId: 1, name: 'Growth\u007F' }],
      ['scorecard.update', { id: 1, name: 'Acme\nLtd' }],
      ['perspective.update', { id: perspectiveId, name: 'Mo\u2028ney' }],
      ['objective.update', { id: objective.id, description: 'text\u0000' }],
      ['note.create', { entityType: 'objective', entityId: objective.id, body: 'bad \u001B[31m red' }],
      ['initiative.create', { scorecardId: 1, title: 'Half \ud800 a pair' }],
      ['document.create', { path: join(dir, 'b.scorecard'), name: 'B\u000Bx' }],
    ] as const) {
      expect(fail(method, input), method).toMatchObject({ code: 'VALIDATION', message: expect.stringContaining('must not contain control characters') });
    }
    session.close();
  });

  it('are refused at import, naming the row, with nothing written', () => {
    const dir = tempDir();
    const exported = join(dir, 'in.json');
    const { call, session } = client();
    call('document.open', { path: documentWithControlCharacters(dir) });
    writeFileSync(exported, JSON.stringify(call('document.export', {})));
    session.close();
    const before = fingerprint(dir);
    expect(() => importJsonFile(exported, join(dir, 'copy.scorecard'))).toThrow(
      /Cannot import “in.json”: .*\$\.scorecards\[0\]\.name: must not contain control characters, tabs or line breaks \(U\+000B at character 8\)/,
    );
    expect(fingerprint(dir)).toEqual(before);
  });

  it('already in a document: the strategy map is still well-formed XML', () => {
    const dir = tempDir();
    const { call, session } = client();
    call('document.open', { path: documentWithControlCharacters(dir) });
    const tree = call('scorecard.get', { id: 1 });
    const evaluation = call('scorecard.evaluate', { scorecardId: 1, period: '2026-Q3' });
    const svg = strategyMapSvg(tree, evaluation, { title: tree.scorecard.name });
    expect(wellFormed(svg)).toBe(true);
    expect(svg).toContain('Grow\uFFFDrevenue');
    session.close();
  });
});
