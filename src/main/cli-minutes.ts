/**
 * `quadrant minutes`: a review's minutes as a PDF from the command line. The data is minutes.data, as the app's
 * export reads it; the same print view as the report's (out/renderer/report.html, built first when missing)
 * draws it and the Chromium found on the machine prints it.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { PeriodKey } from '../shared/domain';
import { AppError, ErrorCode } from '../shared/errors';
import { t } from '../shared/i18n';
import { minutesFileName } from '../shared/minutes';
import { periodLabel } from '../shared/periods';
import type { Review } from '../shared/review';
import { countPdfPages, printDocumentPdf } from './core/report-pdf';
import type { Session } from './core/session';
import { call, chooseScorecards, need, openDocument, UsageError, type Command, type Io } from './cli-common';
import { checkOutputFile, writeOutputFile } from './cli-files';
import { ensurePrintView, RENDERER_DIR } from './cli-report';
import { usageText } from './cli-usage';

const SYNOPSIS = `quadrant minutes <file.scorecard> [--review ID | --period 2026-Q3] [--scorecard ID]
                   [--out minutes.pdf] [--force]           a review's minutes as a PDF (printed with Chromium)`;

/** A period key as the document stores it, or a usage mistake that says what one looks like; `what` is in the current language. */
export function periodArgument(text: string, what: string): string {
  const parsed = PeriodKey.safeParse(text);
  if (!parsed.success) throw new UsageError(t('cli:minutes.periodArgument', { what, text }));
  return parsed.data;
}

/** The latest review first: the later meeting, and of two on one day the one started last. */
const latestFirst = (a: Review, b: Review) => (a.heldOn === b.heldOn ? b.id - a.id : a.heldOn < b.heldOn ? 1 : -1);

function reviewList(reviews: readonly Review[], fy: number): string {
  return reviews
    .slice(0, 10)
    .map((r) => t('cli:minutes.reviewItem', { id: r.id, period: periodLabel(r.period, fy), heldOn: r.heldOn }))
    .join(', ');
}

/** The review `--review`, or the latest one of the scorecard (of `--period` when given); refusals say what exists. */
function chooseReview(
  session: Session,
  scorecardId: number,
  reviewId: number | undefined,
  period: string | undefined,
): Review {
  const tree = call(session, 'scorecard.get', { id: scorecardId });
  const fy = tree.scorecard.fiscalYearStartMonth;
  const reviews = call(session, 'review.list', { scorecardId }).sort(latestFirst);
  if (reviewId !== undefined) {
    const review = reviews.find((r) => r.id === reviewId);
    if (review) return review;
    const words = { id: scorecardId, name: tree.scorecard.name, review: reviewId };
    throw new AppError(
      ErrorCode.NOT_FOUND,
      reviews.length > 0
        ? t('cli:minutes.noSuchReview', { ...words, reviews: reviewList(reviews, fy) })
        : t('cli:minutes.noSuchReviewNone', words),
    );
  }
  if (reviews.length === 0) {
    throw new AppError(ErrorCode.NOT_FOUND, t('cli:minutes.noReviews', { name: tree.scorecard.name }));
  }
  if (period === undefined) return reviews[0]!;
  const ofPeriod = reviews.find((r) => r.period === period);
  if (ofPeriod) return ofPeriod;
  throw new AppError(
    ErrorCode.NOT_FOUND,
    t('cli:minutes.noReviewOf', { name: tree.scorecard.name, label: periodLabel(period, fy), period, reviews: reviewList(reviews, fy) }),
  );
}

async function runMinutes(args: string[], io: Io): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      review: { type: 'string' },
      period: { type: 'string' },
      scorecard: { type: 'string' },
      out: { type: 'string' },
      force: { type: 'boolean' },
    },
  });
  need(positionals, 1, t('cli:minutes.missing'));
  if (values.review !== undefined && values.period !== undefined) {
    throw new UsageError(t('cli:minutes.reviewOrPeriod'));
  }
  if (values.review !== undefined && !/^\d{1,9}$/.test(values.review)) {
    throw new UsageError(t('cli:minutes.reviewId', { text: values.review }));
  }
  const period = values.period === undefined ? undefined : periodArgument(values.period, '--period');
  const force = values.force === true;
  // The target is checked before the document is read and long before printing, which takes seconds.
  if (values.out !== undefined) checkOutputFile(resolve(values.out), force, 'minutes.pdf');
  const { session, info } = openDocument(positionals[0]!);
  try {
    let scorecardId: number;
    const reviewId = values.review === undefined ? undefined : Number(values.review);
    if (reviewId !== undefined && values.scorecard === undefined) {
      // A review id names its scorecard; one the document does not hold is refused by review.get.
      scorecardId = call(session, 'review.get', { id: reviewId }).review.scorecardId;
    } else {
      scorecardId = chooseScorecards(info, values.scorecard, false)[0]!;
    }
    const review = chooseReview(session, scorecardId, reviewId, period);
    const data = call(session, 'minutes.data', { reviewId: review.id });
    const out = resolve(values.out ?? minutesFileName(data));
    checkOutputFile(out, force, 'minutes.pdf');
    ensurePrintView(io);
    const printed = await printDocumentPdf({ kind: 'minutes', data }, { rendererDir: RENDERER_DIR });
    writeOutputFile(out, printed.pdf);
    const pages = countPdfPages(printed.pdf);
    io.err(`${t('cli:report.printedWith', { engine: printed.engine })}\n`);
    io.out(`${t('cli:minutes.wrote', { path: out, review: review.id, period: data.periodLabel, count: pages })}\n`);
  } finally {
    session.close();
  }
}

export const MINUTES: Command = {
  synopsis: SYNOPSIS,
  get usage() {
    const form = `quadrant minutes <file.scorecard> [--review ID | --period 2026-Q3] [--scorecard ID]
                        [--out minutes.pdf] [--force]`;
    return usageText(form, t('cli:minutes.usage'));
  },
  run: runMinutes,
};
