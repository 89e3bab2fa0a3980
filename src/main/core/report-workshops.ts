/**
 * The report's "Workshops" section: each workshop of the scorecard held by the end of the period, newest first, with
 * its board as the board shows it (columns in the scorecard's order, then the parking lot; by votes once revealed),
 * and where each note or group went. Workshops are read live, as the board is: a closed period keeps its structure,
 * not the workshops held since.
 */
import type { ReportWorkshop, ReportWorkshopItem } from '../../shared/report';
import type { WorkshopNote } from '../../shared/workshop';
import { boardColumns, voteTotals } from '../../shared/workshop-board';
import type { Repositories } from './repositories';

function promotedTo(repos: Repositories, note: WorkshopNote): ReportWorkshopItem['promotedTo'] {
  if (note.promotedObjectiveId !== null) {
    const objective = repos.objectives.find(note.promotedObjectiveId);
    if (objective) return { kind: 'objective', name: objective.title };
  }
  if (note.promotedKpiId !== null) {
    const kpi = repos.kpis.find(note.promotedKpiId);
    if (kpi) return { kind: 'kpi', name: kpi.name };
  }
  return null;
}

/** Workshops of `scorecardId` dated on or before `lastDay` (ISO date), newest first. */
export function reportWorkshops(repos: Repositories, scorecardId: number, lastDay: string): ReportWorkshop[] {
  const workshops = repos.workshop.workshops
    .list({ scorecardId })
    .filter((w) => w.date <= lastDay)
    .sort((a, b) => b.date.localeCompare(a.date) || b.id - a.id);
  if (workshops.length === 0) return [];
  // The board's columns are the live perspectives: a workshop's notes name them, not a closed period's snapshot.
  const perspectives = repos.perspectives.list({ scorecardId });
  return workshops.map((workshop) => {
    const board = {
      workshop,
      notes: repos.workshop.notes.list({ workshopId: workshop.id }),
      votes: repos.workshop.votes.list({ workshopId: workshop.id }),
    };
    const revealed = workshop.votesRevealed;
    const totals = voteTotals(board.votes);
    const item = (note: WorkshopNote, members: WorkshopNote[]): ReportWorkshopItem => ({
      kind: note.kind,
      text: note.text,
      votes: revealed ? (totals.get(note.id) ?? 0) : null,
      promotedTo: promotedTo(repos, note),
      members: members.map((m) => item(m, [])),
    });
    const columns = boardColumns(perspectives, board, revealed)
      .filter((c) => c.items.length > 0)
      .map((c) => ({ title: c.title, items: c.items.map((i) => item(i.note, i.members)) }));
    return {
      id: workshop.id,
      name: workshop.name,
      date: workshop.date,
      participants: workshop.participants,
      dotsPerParticipant: workshop.dotsPerParticipant,
      votesRevealed: revealed,
      columns,
    };
  });
}
