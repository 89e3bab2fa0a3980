/**
 * The countdown of the workshop's current exercise. It lives in a store, not in the timer's component, so going to
 * another view and back (or into projector mode) neither stops nor resets it: a running timer is an end time.
 */
import { create } from 'zustand';
import { t } from '../../shared/i18n';

/** The suggested exercises; their words follow the language, so a suggestion is kept as its id. */
export const EXERCISES = ['brainstorm', 'cluster', 'vote', 'discuss'] as const;
export type ExerciseId = (typeof EXERCISES)[number];
/** A suggested exercise, or whatever the facilitator typed. */
export type Exercise = { id: ExerciseId } | { text: string };
export const MAX_MINUTES = 180;

export const exerciseWord = (id: ExerciseId): string => t(`review:timerExercise.${id}`);

export const exerciseName = (exercise: Exercise): string =>
  'id' in exercise ? exerciseWord(exercise.id) : exercise.text;

/** Typed text that is a suggestion's word in the current language becomes that suggestion. */
export function exerciseFrom(text: string): Exercise {
  const id = EXERCISES.find((x) => exerciseWord(x) === text);
  return id ? { id } : { text };
}

interface TimerState {
  exercise: Exercise;
  minutes: number;
  /** When the running countdown reaches zero (ms since the epoch); null while paused or stopped. */
  endsAt: number | null;
  /** What is left while paused (ms); the full length when reset. */
  leftMs: number;
  setExercise(text: string): void;
  setMinutes(minutes: number): void;
  start(now: number): void;
  pause(now: number): void;
  reset(): void;
}

export const useWorkshopTimer = create<TimerState>((set, get) => ({
  exercise: { id: 'brainstorm' },
  minutes: 10,
  endsAt: null,
  leftMs: 10 * 60_000,
  setExercise: (text) => set({ exercise: exerciseFrom(text) }),
  // A new length resets a countdown that is not running; a running one keeps going until reset.
  setMinutes: (minutes) => set((s) => (s.endsAt === null ? { minutes, leftMs: minutes * 60_000 } : { minutes })),
  start: (now) => {
    const s = get();
    if (s.endsAt !== null) return;
    const left = s.leftMs > 0 ? s.leftMs : s.minutes * 60_000;
    set({ endsAt: now + left, leftMs: left });
  },
  pause: (now) => {
    const s = get();
    if (s.endsAt === null) return;
    set({ endsAt: null, leftMs: Math.max(0, s.endsAt - now) });
  },
  reset: () => set((s) => ({ endsAt: null, leftMs: s.minutes * 60_000 })),
}));

/** What is left of the countdown at `now`, in ms. */
export function timeLeft(s: Pick<TimerState, 'endsAt' | 'leftMs'>, now: number): number {
  return s.endsAt === null ? s.leftMs : Math.max(0, s.endsAt - now);
}

/** mm:ss, rounded up so "00:00" shows only at the end. */
export function clock(ms: number): string {
  const total = Math.ceil(ms / 1000);
  const m = Math.floor(total / 60);
  const s = total % 60;
  return `${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`;
}
