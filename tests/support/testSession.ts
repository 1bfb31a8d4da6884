// A session in memory for tests that drive Session directly (no server): facilitator secret "secret", code
// ACDEFG, a clock that advances 1 ms per reading so every event has its own time.
import { hashSecret } from "../../server/session/codes.ts";
import { newSessionRecord, Session, type SessionContext } from "../../server/session/Session.ts";

export function testSession(name: string, context: SessionContext): Session {
  let t = 1_700_000_000_000;
  const record = newSessionRecord({
    code: "ACDEFG",
    secretHash: hashSecret("secret"),
    municipality: "baerum",
    focus: "both",
    decisionRule: "facilitator",
    name,
    now: t,
  });
  return new Session(record, context, () => ++t);
}
