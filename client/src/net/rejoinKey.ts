// The participant key of each session this browser tab has joined, so that a page reload comes back as the
// same participant (identity, role, votes) after the 60 s reconnection seat is gone. sessionStorage: it
// survives a reload but not a new tab, so two tabs stay two people. The key is a 128-bit secret the server
// keeps only as a hash (server/session/codes.ts); nobody else can use it to act as this participant.
const PREFIX = "tvilling.session.participantKey.";

function storage(): Storage | undefined {
  try {
    return globalThis.sessionStorage;
  } catch {
    return undefined; // storage blocked (privacy settings): no rejoin, a reload joins anew
  }
}

export function storedRejoinKey(code: string): string | undefined {
  try {
    return storage()?.getItem(PREFIX + code) ?? undefined;
  } catch {
    return undefined;
  }
}

export function storeRejoinKey(code: string, key: string): void {
  try {
    storage()?.setItem(PREFIX + code, key);
  } catch {
    // full or blocked: the next reload joins anew
  }
}

export function forgetRejoinKey(code: string): void {
  try {
    storage()?.removeItem(PREFIX + code);
  } catch {
    // nothing stored
  }
}
