/** The review cycle's tables: meeting templates, reviews and their agenda lines, action items, closed periods. */
import type { Kysely } from 'kysely';
import {
  ClosedPeriod,
  PeriodSnapshot,
  type ActionItem,
  type PeriodEvent,
  type Review,
  type ReviewItem,
  type ReviewTemplate,
} from '../../../shared/review';
import { AppError, ErrorCode } from '../../../shared/errors';
import { t } from '../../../shared/i18n';
import type { Engine } from '../db/engine';
import { prepared, slot } from '../db/prepared';
import type { QuadrantSchema } from '../db/schema';
import { Table } from './table';

export class ReviewRepositories {
  readonly templates: Table<ReviewTemplate, 'review_template'>;
  readonly reviews: Table<Review, 'review'>;
  readonly items: Table<ReviewItem, 'review_item'>;
  readonly actions: Table<ActionItem, 'action_item'>;
  readonly periodEvents: Table<PeriodEvent, 'period_event'>;
  readonly closed: ClosedPeriodRepository;

  constructor(engine: Engine) {
    this.templates = new Table<ReviewTemplate, 'review_template'>(engine, {
      table: 'review_template',
      label: 'meetingTemplate',
      columns: ['id', 'name', 'description', 'sections', 'rateMeeting'],
      booleans: ['rateMeeting'],
      json: ['sections'],
      orderBy: ['id'],
    });
    this.reviews = new Table<Review, 'review'>(engine, {
      table: 'review',
      label: 'review',
      columns: [
        'id',
        'scorecardId',
        'period',
        'title',
        'heldOn',
        'attendees',
        'templateName',
        'rateMeeting',
        'rating',
        'status',
        'summary',
      ],
      booleans: ['rateMeeting'],
      json: ['attendees'],
      orderBy: ['held_on', 'id'],
    });
    this.items = new Table<ReviewItem, 'review_item'>(engine, {
      table: 'review_item',
      label: 'agendaItem',
      columns: [
        'id',
        'reviewId',
        'position',
        'kind',
        'entityId',
        'title',
        'reason',
        'minutes',
        'notes',
        'decision',
        'decided',
      ],
      booleans: ['decided'],
      orderBy: ['review_id', 'position', 'id'],
    });
    this.actions = new Table<ActionItem, 'action_item'>(engine, {
      table: 'action_item',
      label: 'actionItem',
      columns: [
        'id',
        'scorecardId',
        'title',
        'owner',
        'dueDate',
        'status',
        'concernType',
        'concernId',
        'reviewId',
        'reviewItemId',
        'createdOn',
        'closedOn',
      ],
      orderBy: ['id'],
    });
    this.periodEvents = new Table<PeriodEvent, 'period_event'>(engine, {
      table: 'period_event',
      label: 'periodEvent',
      columns: ['id', 'scorecardId', 'period', 'action', 'at', 'by', 'reason'],
      orderBy: ['id'],
    });
    this.closed = new ClosedPeriodRepository(engine);
  }
}

interface ClosedRow {
  scorecardId: number;
  period: string;
  closedAt: string;
  closedBy: string;
  snapshot: string;
}

const closedRows = (qb: Kysely<QuadrantSchema>) =>
  qb
    .selectFrom('closed_period')
    .select(['scorecard_id as scorecardId', 'period', 'closed_at as closedAt', 'closed_by as closedBy', 'snapshot']);

/** Closed periods, keyed by scorecard and period; the snapshot is JSON checked with its schema when read. */
export class ClosedPeriodRepository {
  constructor(private readonly engine: Engine) {}

  private fromRow(row: ClosedRow): ClosedPeriod {
    const snapshot = PeriodSnapshot.safeParse(JSON.parse(row.snapshot));
    if (!snapshot.success) {
      throw new AppError(
        ErrorCode.CORRUPT,
        t('errors:table.snapshotDamaged', { period: row.period, detail: snapshot.error.issues[0]?.message ?? '' }),
      );
    }
    return { ...row, snapshot: snapshot.data };
  }

  list(scorecardId?: number): ClosedPeriod[] {
    const q =
      scorecardId === undefined
        ? prepared(this.engine, 'closed_period.all', (qb) => closedRows(qb).orderBy('scorecard_id').orderBy('period'))
        : prepared(
            this.engine,
            'closed_period.ofScorecard',
            (qb) => closedRows(qb).where('scorecard_id', '=', slot(0)).orderBy('period'),
            [scorecardId],
          );
    return this.engine.all<ClosedRow>(q).map((r) => this.fromRow(r));
  }

  /** The periods closed, without their snapshots: what the lock check and the period picker need. */
  keys(scorecardId: number): string[] {
    const q = prepared(
      this.engine,
      'closed_period.keys',
      (qb) => qb.selectFrom('closed_period').select('period').where('scorecard_id', '=', slot(0)).orderBy('period'),
      [scorecardId],
    );
    return this.engine.all<{ period: string }>(q).map((r) => r.period);
  }

  find(scorecardId: number, period: string): ClosedPeriod | undefined {
    const q = prepared(
      this.engine,
      'closed_period.find',
      (qb) => closedRows(qb).where('scorecard_id', '=', slot(0)).where('period', '=', slot(1)),
      [scorecardId, period],
    );
    const row = this.engine.get<ClosedRow>(q);
    return row ? this.fromRow(row) : undefined;
  }

  add(closed: ClosedPeriod): void {
    const valid = ClosedPeriod.parse(closed);
    const q = prepared(
      this.engine,
      'closed_period.add',
      (qb) =>
        qb
          .insertInto('closed_period')
          .values({
            scorecard_id: slot(0),
            period: slot(1),
            closed_at: slot(2),
            closed_by: slot(3),
            snapshot: slot(4),
          }),
      [valid.scorecardId, valid.period, valid.closedAt, valid.closedBy, JSON.stringify(valid.snapshot)],
    );
    this.engine.run(q);
  }

  delete(scorecardId: number, period: string): boolean {
    const q = prepared(
      this.engine,
      'closed_period.delete',
      (qb) => qb.deleteFrom('closed_period').where('scorecard_id', '=', slot(0)).where('period', '=', slot(1)),
      [scorecardId, period],
    );
    return this.engine.run(q).changes > 0;
  }
}
