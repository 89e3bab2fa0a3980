import { beforeEach, describe, expect, it } from 'vitest';
import { clock, timeLeft, useWorkshopTimer } from './workshop-timer';

const T0 = 1_000_000;
const state = () => useWorkshopTimer.getState();

describe('the workshop timer', () => {
  beforeEach(() => {
    state().setMinutes(10);
    state().reset();
  });

  it('shows mm:ss rounded up, so 00:00 is the end and only the end', () => {
    expect(clock(10 * 60_000)).toBe('10:00');
    expect(clock(59_001)).toBe('01:00');
    expect(clock(59_000)).toBe('00:59');
    expect(clock(1)).toBe('00:01');
    expect(clock(0)).toBe('00:00');
    expect(clock(125 * 60_000)).toBe('125:00');
  });

  it('counts down from an end time, pauses keeping what is left, and resumes from there', () => {
    state().start(T0);
    expect(timeLeft(state(), T0 + 90_000)).toBe(8.5 * 60_000);
    state().pause(T0 + 90_000);
    expect(timeLeft(state(), T0 + 500_000)).toBe(8.5 * 60_000);
    state().start(T0 + 500_000);
    expect(timeLeft(state(), T0 + 530_000)).toBe(8 * 60_000);
    expect(timeLeft(state(), T0 + 10 * 3_600_000)).toBe(0);
  });

  it('takes a new length at once when stopped, but not under a running countdown until reset', () => {
    state().setMinutes(5);
    expect(timeLeft(state(), T0)).toBe(5 * 60_000);
    state().start(T0);
    state().setMinutes(2);
    expect(timeLeft(state(), T0 + 60_000)).toBe(4 * 60_000);
    state().reset();
    expect(timeLeft(state(), T0 + 60_000)).toBe(2 * 60_000);
  });

  it('starts afresh once it has run out', () => {
    state().setMinutes(1);
    state().start(T0);
    state().pause(T0 + 70_000);
    expect(state().leftMs).toBe(0);
    state().start(T0 + 80_000);
    expect(timeLeft(state(), T0 + 80_000)).toBe(60_000);
  });
});
