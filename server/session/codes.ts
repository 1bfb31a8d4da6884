// Join codes and secrets. Codes use an alphabet without look-alikes (no 0/O, 1/I/L, 5/S, 2/Z, 8/B) so that
// a code read aloud or from a big screen is typed right the first time.
import { createHash, randomBytes, randomInt, timingSafeEqual } from "node:crypto";

export const JOIN_CODE_ALPHABET = "ACDEFGHJKMNPQRTUVWXY34679";
export const JOIN_CODE_LENGTH = 6;
const CODE_PATTERN = new RegExp(`^[${JOIN_CODE_ALPHABET}]{${JOIN_CODE_LENGTH}}$`);

export function newJoinCode(): string {
  let code = "";
  for (let i = 0; i < JOIN_CODE_LENGTH; i++) code += JOIN_CODE_ALPHABET[randomInt(JOIN_CODE_ALPHABET.length)];
  return code;
}

/** Upper-cases and strips spaces/dashes, so "acd-efg" from a phone keyboard still matches. */
export function normaliseJoinCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, "");
}

export const isJoinCode = (code: string) => CODE_PATTERN.test(code);

/** 128-bit random secret, URL-safe. */
export const newSecret = () => randomBytes(16).toString("base64url");

/** Secrets are stored only as SHA-256 hashes. */
export const hashSecret = (secret: string) => createHash("sha256").update(secret).digest("hex");

export function secretMatches(secret: string, storedHash: string): boolean {
  const a = Buffer.from(hashSecret(secret), "hex");
  const b = Buffer.from(storedHash, "hex");
  return a.length === b.length && timingSafeEqual(a, b);
}
