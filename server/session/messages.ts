// Every client message of a session, as a zod schema. A message is parsed before anything is applied;
// a failure becomes one clear line for the sender ("propose.value: expected number, received string").
import { z } from "zod";
import { LEVER_BY_ID } from "../../sim-core/scenario/index.ts";
import { ROLE_IDS } from "./roles.ts";

/** Largest accepted message body (msgpack-decoded, measured as JSON) [bytes]. */
export const MAX_MESSAGE_BYTES = 4096;
export const MAX_RATIONALE_CHARS = 500;
export const MAX_NAME_CHARS = 40;

const id = z.string().min(1).max(40);
const leverId = z.string().refine((v) => LEVER_BY_ID.has(v), { message: "not a known lever" });
const year = z.number().int();

export const whereSchema = z.discriminatedUnion("scope", [
  z.strictObject({ scope: z.literal("municipality") }),
  z.strictObject({ scope: z.literal("district"), district: z.string().min(1).max(60) }),
  z.strictObject({
    scope: z.literal("filter"),
    use: z.array(z.string().max(40)).max(20).optional(),
    periods: z.array(z.string().max(40)).max(20).optional(),
  }),
]);

export const MESSAGES = {
  propose: z.strictObject({
    lever: leverId,
    value: z.number().finite(),
    startYear: year,
    where: whereSchema.default({ scope: "municipality" }),
    rationale: z.string().trim().min(1).max(MAX_RATIONALE_CHARS),
  }),
  vote: z.strictObject({ proposalId: id, choice: z.enum(["for", "against"]) }),
  decide: z.strictObject({ proposalId: id, decision: z.enum(["accept", "reject"]) }),
  setClock: z.strictObject({
    year: year.optional(),
    playing: z.boolean().optional(),
    /** Simulated years per minute of wall time. */
    speed_yr_min: z.number().min(0.1).max(60).optional(),
  }),
  setFocus: z.strictObject({ focus: z.enum(["energy", "circular", "both"]) }),
  setLock: z.strictObject({ lever: leverId, locked: z.boolean() }),
  setDecisionRule: z.strictObject({ rule: z.enum(["facilitator", "majority"]) }),
  setRole: z.strictObject({
    participantId: id,
    role: z.enum(ROLE_IDS),
    budget_NOK: z.number().min(0).max(1e12).optional(),
  }),
  reset: z.strictObject({}),
  branchVariant: z.strictObject({ name: z.string().trim().min(1).max(MAX_NAME_CHARS) }),
  selectVariant: z.strictObject({ variantId: id }),
} as const;

export type MessageType = keyof typeof MESSAGES;
export type MessageOf<T extends MessageType> = z.output<(typeof MESSAGES)[T]>;

/** Types only the facilitator may send (checked on the server, whatever a client shows). */
export const FACILITATOR_ONLY: ReadonlySet<MessageType> = new Set([
  "decide",
  "setClock",
  "setFocus",
  "setLock",
  "setDecisionRule",
  "setRole",
  "reset",
  "branchVariant",
  "selectVariant",
]);

export const joinOptionsSchema = z.object({
  code: z.string().min(1).max(20),
  name: z.string().trim().min(1).max(MAX_NAME_CHARS).optional(),
  role: z.enum(ROLE_IDS).optional(),
  spectator: z.boolean().optional(),
  facilitatorSecret: z.string().min(1).max(100).optional(),
  participantKey: z.string().min(1).max(100).optional(),
});
export type JoinOptions = z.output<typeof joinOptionsSchema>;

export const createSessionSchema = z.strictObject({
  municipality: z.string().min(1).max(40),
  focus: z.enum(["energy", "circular", "both"]).default("both"),
  decisionRule: z.enum(["facilitator", "majority"]).default("facilitator"),
  name: z.string().trim().min(1).max(80).optional(),
});

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

/** One line per problem, each with its path: "propose.value: Invalid input: expected number, received string". */
export function formatZodError(prefix: string, error: z.ZodError): string {
  return error.issues.map((issue) => `${[prefix, ...issue.path.map(String)].join(".")}: ${issue.message}`).join("; ");
}

export function parseWith<S extends z.ZodType>(prefix: string, schema: S, raw: unknown): Parsed<z.output<S>> {
  const r = schema.safeParse(raw);
  return r.success ? { ok: true, value: r.data } : { ok: false, error: formatZodError(prefix, r.error) };
}

/** Size of a decoded message as JSON [bytes]; non-JSON values (binary, cycles) count as too large. */
export function messageSize_bytes(raw: unknown): number {
  try {
    return Buffer.byteLength(JSON.stringify(raw) ?? "", "utf8");
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}
