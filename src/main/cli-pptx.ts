/**
 * `quadrant pptx`: the scorecard as a PowerPoint deck (docs/pptx.md), built from the same report data as the PDF,
 * on plain Node: no browser is needed, the deck is written by pptxgenjs.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildDeck, readDeckData } from './core/deck/deck-export';
import { call, chooseScorecards, helpText, need, openDocument, UsageError, type Command, type Io } from './cli-common';
import { checkOutputFile, writeOutputFile } from './cli-files';
import { IsoDate } from '../shared/domain';
import { t } from '../shared/i18n';
import { isPeriodKey } from '../shared/periods';

const SYNOPSIS = `quadrant pptx <file.scorecard> --out deck.pptx [--period 2026-Q3] [--scorecard ID] [--force]
                  [--title "…"] [--company "…"] [--prepared-by "…"] [--date 2026-10-06]
                                                           the scorecard as a PowerPoint deck`;

async function runPptx(args: string[], io: Io): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      out: { type: 'string' },
      period: { type: 'string' },
      scorecard: { type: 'string' },
      force: { type: 'boolean' },
      title: { type: 'string' },
      company: { type: 'string' },
      'prepared-by': { type: 'string' },
      date: { type: 'string' },
    },
  });
  need(positionals, 1, t('cli:pptxCommand.what'));
  if (values.out === undefined) throw new UsageError(t('cli:pptxCommand.missingOut'));
  if (values.period !== undefined && !isPeriodKey(values.period)) {
    throw new UsageError(t('cli:pptxCommand.badPeriod', { value: values.period }));
  }
  if (values.date !== undefined && !IsoDate.safeParse(values.date).success) {
    throw new UsageError(t('cli:pptxCommand.badDate', { value: values.date }));
  }
  const out = resolve(values.out);
  // The target is checked before the document is read, so a mistake costs nothing.
  checkOutputFile(out, values.force === true, 'deck.pptx');
  const { session, info } = openDocument(positionals[0]!);
  try {
    const [scorecardId] = chooseScorecards(info, values.scorecard, false) as [number];
    const { data, actions } = readDeckData((method, input) => call(session, method, input), {
      scorecardId,
      period: values.period,
      cover: {
        ...(values.title !== undefined ? { title: values.title } : {}),
        ...(values.company !== undefined ? { companyName: values.company } : {}),
        ...(values['prepared-by'] !== undefined ? { preparedBy: values['prepared-by'] } : {}),
        ...(values.date !== undefined ? { date: values.date } : {}),
      },
    });
    const deck = await buildDeck(data, actions);
    writeOutputFile(out, deck.bytes);
    io.out(`${t('cli:pptxCommand.wrote', { path: out, count: deck.slides, period: data.scorecards[0]!.periodLabel })}\n`);
  } finally {
    session.close();
  }
}

export const PPTX: Command = {
  synopsis: SYNOPSIS,
  get usage() {
    return helpText(
      `quadrant pptx <file.scorecard> --out deck.pptx [--period 2026-Q3] [--scorecard ID] [--force]
                      [--title "…"] [--company "…"] [--prepared-by "…"] [--date 2026-10-06]`,
      t('cli:pptxCommand.about'),
      [
        ['--out deck.pptx', t('cli:pptxCommand.out')],
        ['--force', t('cli:pptxCommand.force')],
        ['--period P', t('cli:pptxCommand.period')],
        ['--scorecard ID', t('cli:pptxCommand.scorecard')],
        ['--title, --company, --prepared-by, --date 2026-10-06', t('cli:pptxCommand.cover')],
      ],
      18,
    );
  },
  run: runPptx,
};
