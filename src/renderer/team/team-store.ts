/**
 * Who is signed in on a team server, and the screens before the scorecard: sign-in, accepting an invite (or the
 * first admin's setup link, which is an invite too). Outside team mode the status stays 'off' and nothing here runs.
 */
import { t } from '../../shared/i18n';
import { create } from 'zustand';
import type { TeamMe } from '../../shared/contract-team';
import type { ApiError } from '../../shared/errors';
import { authPost, isTeamMode, onSignedOut, readSession, setTeamCsrf } from './transport';

export type TeamStatus = 'off' | 'checking' | 'signed-out' | 'invite' | 'signed-in' | 'unreachable';

interface TeamState {
  status: TeamStatus;
  me: TeamMe | null;
  /** The one-time token of `/?invite=…`, taken from the address bar. */
  inviteToken: string | null;
  /** The database has no admin yet: the sign-in screen says where the setup link is. */
  setupNeeded: boolean;
  /** Why the last sign-in was refused, or why the page was sent back to sign in. */
  message: string | null;
  start(): Promise<void>;
  signIn(email: string, password: string): Promise<ApiError | null>;
  /** `email` only for the first admin's setup link, which names nobody. */
  acceptInvite(name: string, password: string, email?: string): Promise<ApiError | null>;
  signOut(): Promise<void>;
  /** The server answered 401: the session ended. */
  lost(): void;
  /** Leaves the invitation (used, expired, or not this person's) for the sign-in screen. */
  leaveInvite(): void;
  /** An account update touched the signed-in person (an admin renamed themselves, say). */
  setMe(me: TeamMe): void;
}

const INVITE_KEY = 'quadrant.invite';

/**
 * Takes `?invite=` out of the address bar, so a shared screenshot or a bookmark does not carry it; kept for this tab
 * until it is used, so a reload halfway through the form does not lose the invitation.
 */
function takeInviteToken(): string | null {
  const url = new URL(window.location.href);
  const token = url.searchParams.get('invite');
  if (token) {
    url.searchParams.delete('invite');
    window.history.replaceState(window.history.state, '', url.pathname + url.search + url.hash);
  }
  try {
    if (token) window.sessionStorage.setItem(INVITE_KEY, token);
    return token ?? window.sessionStorage.getItem(INVITE_KEY);
  } catch {
    return token;
  }
}

function forgetInviteToken(): void {
  try {
    window.sessionStorage.removeItem(INVITE_KEY);
  } catch {
    // Storage disabled: nothing was kept.
  }
}

export const useTeamStore = create<TeamState>()((set, get) => {
  function signedIn(answer: { me: TeamMe | null; csrfToken: string | null }): void {
    setTeamCsrf(answer.csrfToken);
    if (get().inviteToken) forgetInviteToken();
    set({ status: 'signed-in', me: answer.me, message: null, inviteToken: null });
  }

  return {
    status: 'off',
    me: null,
    inviteToken: null,
    setupNeeded: false,
    message: null,

    start: async () => {
      if (!isTeamMode()) return;
      onSignedOut(() => get().lost());
      const inviteToken = takeInviteToken();
      set({ status: 'checking', inviteToken });
      try {
        const session = await readSession<TeamMe>();
        set({ setupNeeded: session.setupNeeded });
        // An invite link opened while signed in as someone else still shows the invite: it is for a new account.
        if (inviteToken) set({ status: 'invite' });
        else if (session.me) signedIn(session);
        else set({ status: 'signed-out' });
      } catch (err) {
        set({ status: 'unreachable', message: (err as Error).message });
      }
    },

    signIn: async (email, password) => {
      const answer = await authPost<{ me: TeamMe; csrfToken: string }>('/auth/sign-in', { email, password });
      if (!answer.ok) return answer.error;
      signedIn(answer.value);
      return null;
    },

    acceptInvite: async (name, password, email) => {
      const token = get().inviteToken;
      if (!token) return { code: 'VALIDATION', message: t('team:store.noInvite') };
      const answer = await authPost<{ me: TeamMe; csrfToken: string }>('/auth/accept-invite', {
        token,
        name,
        password,
        ...(email === undefined ? {} : { email }),
      });
      if (!answer.ok) return answer.error;
      signedIn(answer.value);
      return null;
    },

    signOut: async () => {
      await authPost('/auth/sign-out', {});
      setTeamCsrf(null);
      set({ status: 'signed-out', me: null, message: t('team:store.signedOut') });
    },

    lost: () => {
      if (get().status !== 'signed-in') return;
      setTeamCsrf(null);
      set({ status: 'signed-out', me: null, message: t('team:store.sessionEnded') });
    },

    leaveInvite: () => {
      forgetInviteToken();
      set({ status: 'signed-out', inviteToken: null, message: null });
    },

    setMe: (me) => set({ me }),
  };
});
