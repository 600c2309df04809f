// What a new password must be. Length limits are better-auth's (lib/auth.ts
// passes the same numbers); guessability is zxcvbn-ts's estimate with its
// common-password and common-word lists, the maintained successor of
// Dropbox's zxcvbn, rather than a hand-kept list of bad passwords.
import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import { adjacencyGraphs, dictionary } from "@zxcvbn-ts/language-common";

export const MIN_PASSWORD_LENGTH = 8;
export const MAX_PASSWORD_LENGTH = 128;
/** zxcvbn scores 0–4; 0 and 1 are "too guessable" and "very guessable" (under ~10^6 guesses). */
export const MIN_SCORE = 2;
/** A local part shorter than this is a substring of too many good passwords to refuse them. */
const MIN_LOCAL_PART = 3;

export type PasswordProblem = "tooShort" | "tooLong" | "onlySpaces" | "containsEmail" | "tooCommon";

let estimator: ZxcvbnFactory | undefined;

export function passwordProblem(password: string, email: string): PasswordProblem | null {
  if (password.length < MIN_PASSWORD_LENGTH) return "tooShort";
  if (password.length > MAX_PASSWORD_LENGTH) return "tooLong";
  if (password.trim() === "") return "onlySpaces";
  const local = email.split("@")[0].toLowerCase();
  if (local.length >= MIN_LOCAL_PART && password.toLowerCase().includes(local)) return "containsEmail";
  estimator ??= new ZxcvbnFactory({ dictionary, graphs: adjacencyGraphs });
  if (estimator.check(password, [email, local]).score < MIN_SCORE) return "tooCommon";
  return null;
}
