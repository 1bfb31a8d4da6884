// The session state fields the screens read beyond the panel's (server/session/SessionState.ts), as JSON.
import type { ParticipantJson, SessionStateJson } from "../session/sessionModel.ts";

export interface ScreenStateJson extends SessionStateJson {
  name?: string;
  playing?: boolean;
  speed_yr_min?: number;
  participants: Record<string, ParticipantJson & { slot?: number }>;
  interventions?: { lever: string; value: number; startYear: number; where: string }[];
}

/** The pose slot of the connected facilitator (the first, if several), or undefined. */
export function facilitatorSlot(state: Pick<ScreenStateJson, "participants">): number | undefined {
  const f = Object.values(state.participants).find((p) => p.kind === "facilitator" && p.connected);
  return f?.slot;
}
