/**
 * Passwords of team accounts, hashed with node:crypto's scrypt (a maintained, memory-hard function: no extra
 * dependency). Stored as `scrypt$N$r$p$salt$hash` so the cost can be raised later and old hashes still verify.
 * Hashing runs on libuv's thread pool (async scrypt), so a sign-in does not stall other people's calls.
 */
import { randomBytes, scrypt as scryptCallback, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { t } from '../../shared/i18n';

const COST = { N: 2 ** 15, r: 8, p: 1 };
const KEY_BYTES = 32;
const SALT_BYTES = 16;
export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 1024;

function scrypt(password: string, salt: Buffer, cost: { N: number; r: number; p: number }): Promise<Buffer> {
  // 128·N·r bytes is exactly Node's default limit at N = 2^15, r = 8: leave room above it.
  const options: ScryptOptions = { ...cost, maxmem: 256 * cost.N * cost.r };
  return new Promise((done, fail) =>
    scryptCallback(password.normalize('NFC'), salt, KEY_BYTES, options, (err, key) => (err ? fail(err) : done(key))),
  );
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const key = await scrypt(password, salt, COST);
  return ['scrypt', COST.N, COST.r, COST.p, salt.toString('base64'), key.toString('base64')].join('$');
}

/** Whether `password` matches the stored hash; false for a malformed hash rather than an error. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [kind, n, r, p, salt, key] = stored.split('$');
  if (kind !== 'scrypt' || !salt || !key) return false;
  const cost = { N: Number(n), r: Number(r), p: Number(p) };
  if (![cost.N, cost.r, cost.p].every((x) => Number.isInteger(x) && x > 0)) return false;
  const expected = Buffer.from(key, 'base64');
  const actual = await scrypt(password, Buffer.from(salt, 'base64'), cost);
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/**
 * A hash nobody's password matches, verified when an e-mail address is unknown so that the answer takes as long
 * as for a known one and does not tell which addresses have accounts.
 */
let decoy: Promise<string> | null = null;
export function decoyHash(): Promise<string> {
  decoy ??= hashPassword(randomBytes(24).toString('base64'));
  return decoy;
}

/** Why a new password is refused, in words; null when it will do. */
export function passwordProblem(password: string): string | null {
  if ([...password].length < MIN_PASSWORD_LENGTH)
    return t('errors:teamAuth.passwordShort', { min: MIN_PASSWORD_LENGTH });
  if (password.length > MAX_PASSWORD_LENGTH) return t('errors:teamAuth.passwordLong', { max: MAX_PASSWORD_LENGTH });
  return null;
}
