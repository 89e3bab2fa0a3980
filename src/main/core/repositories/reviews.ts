/** The review cycle's tables: meeting templates, reviews and their agenda lines, action items, closed periods. */
import type { Database } from 'better-sqlite3';
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
import { Table } from './table';

export class ReviewRepositories {
  readonly templates: Table<ReviewTemplate>;
  readonly reviews: Table<Review>;
  readonly items: Table<ReviewItem>;
  readonly actions: Table<ActionItem>;
  readonly periodEvents: Table<PeriodEvent>;
  readonly closed: ClosedPeriodRepository;

  constructor(db: Database) {
    this.templates = new Table<ReviewTemplate>(db, {
      table: 'review_template',
      label: 'Meeting template',
      columns: ['id', 'name', 'description', 'sections', 'rateMeeting'],
      booleans: ['rateMeeting'],
      json: ['sections'],
      orderBy: 'id',
    });
    this.reviews = new Table<Review>(db, {
      table: 'review',
      label: 'Review',
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
      orderBy: 'held_on, id',
    });
    this.items = new Table<ReviewItem>(db, {
      table: 'review_item',
      label: 'Agenda item',
      columns: ['id', 'reviewId', 'position', 'kind', 'entityId', 'title', 'reason', 'minutes', 'notes', 'decision', 'decided'],
      booleans: ['decided'],
      orderBy: 'review_id, position, id',
    });
    this.actions = new Table<ActionItem>(db, {
      table: 'action_item',
      label: 'Action item',
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
      orderBy: 'id',
    });
    this.periodEvents = new Table<PeriodEvent>(db, {
      table: 'period_event',
      label: 'Period event',
      columns: ['id', 'scorecardId', 'period', 'action', 'at', 'by', 'reason'],
      orderBy: 'id',
    });
    this.closed = new ClosedPeriodRepository(db);
  }
}

interface ClosedRow {
  scorecardId: number;
  period: string;
  closedAt: string;
  closedBy: string;
  snapshot: string;
}

const SELECT = 'SELECT scorecard_id AS scorecardId, period, closed_at AS closedAt, closed_by AS closedBy, snapshot FROM closed_period';

/** Closed periods, keyed by scorecard and period; the snapshot is JSON checked with its schema when read. */
export class ClosedPeriodRepository {
  constructor(private readonly db: Database) {}

  private fromRow(row: ClosedRow): ClosedPeriod {
    const snapshot = PeriodSnapshot.safeParse(JSON.parse(row.snapshot));
    if (!snapshot.success) {
      throw new AppError(ErrorCode.CORRUPT, `The snapshot of closed period ${row.period} is damaged: ${snapshot.error.issues[0]?.message}.`);
    }
    return { ...row, snapshot: snapshot.data };
  }

  list(scorecardId?: number): ClosedPeriod[] {
    const rows = (
      scorecardId === undefined
        ? this.db.prepare(`${SELECT} ORDER BY scorecard_id, period`).all()
        : this.db.prepare(`${SELECT} WHERE scorecard_id = ? ORDER BY period`).all(scorecardId)
    ) as ClosedRow[];
    return rows.map((r) => this.fromRow(r));
  }

  /** The periods closed, without their snapshots: what the lock check and the period picker need. */
  keys(scorecardId: number): string[] {
    return this.db.prepare('SELECT period FROM closed_period WHERE scorecard_id = ? ORDER BY period').pluck().all(scorecardId) as string[];
  }

  find(scorecardId: number, period: string): ClosedPeriod | undefined {
    const row = this.db.prepare(`${SELECT} WHERE scorecard_id = ? AND period = ?`).get(scorecardId, period) as ClosedRow | undefined;
    return row ? this.fromRow(row) : undefined;
  }

  add(closed: ClosedPeriod): void {
    const valid = ClosedPeriod.parse(closed);
    this.db
      .prepare('INSERT INTO closed_period (scorecard_id, period, closed_at, closed_by, snapshot) VALUES (?, ?, ?, ?, ?)')
      .run(valid.scorecardId, valid.period, valid.closedAt, valid.closedBy, JSON.stringify(valid.snapshot));
  }

  delete(scorecardId: number, period: string): boolean {
    return this.db.prepare('DELETE FROM closed_period WHERE scorecard_id = ? AND period = ?').run(scorecardId, period).changes > 0;
  }
}
