/**
 * `quadrant pptx`: the scorecard as a PowerPoint deck (docs/pptx.md), built from the same report data as the PDF,
 * on plain Node: no browser is needed, the deck is written by pptxgenjs.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildDeck, readDeckData } from './core/deck/deck-export';
import { call, chooseScorecards, need, openDocument, UsageError, type Command, type Io } from './cli-common';
import { checkOutputFile, writeOutputFile } from './cli-files';
import { IsoDate } from '../shared/domain';
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
  need(positionals, 1, 'the document to make a deck of');
  if (values.out === undefined) throw new UsageError('Missing --out deck.pptx: the deck to write.');
  if (values.period !== undefined && !isPeriodKey(values.period)) {
    throw new UsageError(`--period takes a month (2026-03), quarter (2026-Q3) or year (2026), not “${values.period}”.`);
  }
  if (values.date !== undefined && !IsoDate.safeParse(values.date).success) {
    throw new UsageError(`--date takes a date like 2026-10-06, not “${values.date}”.`);
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
    io.out(
      `Wrote ${out} (${deck.slides} ${deck.slides === 1 ? 'slide' : 'slides'}, ${data.scorecards[0]!.periodLabel})\n`,
    );
  } finally {
    session.close();
  }
}

export const PPTX: Command = {
  synopsis: SYNOPSIS,
  usage: `Usage: quadrant pptx <file.scorecard> --out deck.pptx [--period 2026-Q3] [--scorecard ID] [--force]
                      [--title "…"] [--company "…"] [--prepared-by "…"] [--date 2026-10-06]

Writes the scorecard as a PowerPoint deck (16:9) from the same numbers as the PDF report: a title slide, the
summary, the strategy map as editable shapes, a slide per perspective with a native bar chart and its table, a
slide per key KPI with its history as a native line chart, the initiatives and the open actions. Every chart
and table stays editable in PowerPoint, Keynote or LibreOffice Impress (docs/pptx.md).

  --out deck.pptx   the deck to write (required)
  --force           replace the --out file if it exists
  --period P        a month, quarter or year; default: the latest period with data
  --scorecard ID    which scorecard of the document (default: the first)
  --title, --company, --prepared-by, --date 2026-10-06
                    the title slide's texts and date (default: those the Report view remembers)`,
  run: runPptx,
};
