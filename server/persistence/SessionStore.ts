// Sessions in an embedded SQLite database (node:sqlite): sessions, scenarios (one per variant), participants,
// proposals, votes and the append-only decision log. A session is saved in one transaction after each burst of
// changes: only its rows that changed, the log incrementally; WAL lets several server processes share the file.
// synchronous=NORMAL in WAL mode: a commit survives a crash of the process (not of the machine) without an
// fsync per commit.
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { DatabaseSync, type StatementSync } from "node:sqlite";
import { createHash } from "node:crypto";
import { canonicalJson } from "../../sim-core/scenario/index.ts";
import type { SessionRecord } from "../session/model.ts";

const SCHEMA = `
CREATE TABLE IF NOT EXISTS sessions (
  code TEXT PRIMARY KEY, name TEXT NOT NULL, secret_hash TEXT NOT NULL, municipality TEXT NOT NULL,
  focus TEXT NOT NULL, decision_rule TEXT NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
  clock_json TEXT NOT NULL, locks_json TEXT NOT NULL, active_variant TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS scenarios (
  code TEXT NOT NULL, variant_id TEXT NOT NULL, name TEXT NOT NULL, parent_id TEXT, created_at INTEGER NOT NULL,
  scenario_json TEXT NOT NULL, content_hash TEXT NOT NULL, PRIMARY KEY (code, variant_id));
CREATE TABLE IF NOT EXISTS participants (
  code TEXT NOT NULL, id TEXT NOT NULL, key_hash TEXT NOT NULL, name TEXT NOT NULL, kind TEXT NOT NULL,
  role TEXT, budget_nok REAL NOT NULL, joined_at INTEGER NOT NULL, PRIMARY KEY (code, id));
CREATE TABLE IF NOT EXISTS proposals (
  code TEXT NOT NULL, id TEXT NOT NULL, author_id TEXT NOT NULL, variant_id TEXT NOT NULL, lever TEXT NOT NULL,
  value REAL NOT NULL, start_year INTEGER NOT NULL, where_json TEXT NOT NULL, rationale TEXT NOT NULL,
  status TEXT NOT NULL, created_at INTEGER NOT NULL, decided_at INTEGER, decided_by TEXT, PRIMARY KEY (code, id));
CREATE TABLE IF NOT EXISTS votes (
  code TEXT NOT NULL, proposal_id TEXT NOT NULL, participant_id TEXT NOT NULL, choice TEXT NOT NULL,
  PRIMARY KEY (code, proposal_id, participant_id));
CREATE TABLE IF NOT EXISTS decision_log (
  code TEXT NOT NULL, seq INTEGER NOT NULL, at INTEGER NOT NULL, actor_id TEXT NOT NULL, action TEXT NOT NULL,
  detail_json TEXT NOT NULL, PRIMARY KEY (code, seq));
`;

export const DEFAULT_DB_PATH = "./data/tvilling.sqlite";

export interface SessionSummary {
  code: string;
  name: string;
  municipality: string;
  focus: string;
  createdAt: number;
  updatedAt: number;
  participants: number;
}

type Row = Record<string, string | number | null>;
type SqlValue = string | number | null;

/** Tables with one row per item of a session, saved by difference: upsert keeps the rowid (load order). */
const ROW_TABLES = {
  scenarios: {
    upsert: `INSERT INTO scenarios VALUES (?,?,?,?,?,?,?) ON CONFLICT(code, variant_id) DO UPDATE SET name=excluded.name,
      parent_id=excluded.parent_id, scenario_json=excluded.scenario_json, content_hash=excluded.content_hash`,
    remove: "DELETE FROM scenarios WHERE code = ? AND variant_id = ?",
    keyColumns: 2,
  },
  participants: {
    upsert: `INSERT INTO participants VALUES (?,?,?,?,?,?,?,?) ON CONFLICT(code, id) DO UPDATE SET
      key_hash=excluded.key_hash, name=excluded.name, kind=excluded.kind, role=excluded.role,
      budget_nok=excluded.budget_nok`,
    remove: "DELETE FROM participants WHERE code = ? AND id = ?",
    keyColumns: 2,
  },
  proposals: {
    upsert: `INSERT INTO proposals VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT(code, id) DO UPDATE SET
      lever=excluded.lever, value=excluded.value, start_year=excluded.start_year, where_json=excluded.where_json,
      rationale=excluded.rationale, status=excluded.status, decided_at=excluded.decided_at, decided_by=excluded.decided_by`,
    remove: "DELETE FROM proposals WHERE code = ? AND id = ?",
    keyColumns: 2,
  },
  votes: {
    upsert: `INSERT INTO votes VALUES (?,?,?,?) ON CONFLICT(code, proposal_id, participant_id) DO UPDATE SET
      choice=excluded.choice`,
    remove: "DELETE FROM votes WHERE code = ? AND proposal_id = ? AND participant_id = ?",
    keyColumns: 3,
  },
} as const;
type RowTable = keyof typeof ROW_TABLES;

export class SessionStore {
  private readonly db: DatabaseSync;
  private readonly statements = new Map<string, StatementSync>();
  /** Per session code, the rows as last saved by this process (table|key → column values). */
  private readonly savedRows = new Map<string, Map<string, SqlValue[]>>();
  /** The row last built from a record object (participant, proposal, vote), its key, and the `where` it was built from. */
  private readonly rows = new WeakMap<object, { key: string; row: SqlValue[]; where?: unknown }>();

  constructor(readonly path: string = DEFAULT_DB_PATH) {
    if (path !== ":memory:") mkdirSync(dirname(path), { recursive: true });
    this.db = new DatabaseSync(path);
    this.db.exec(
      "PRAGMA busy_timeout = 10000; PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = OFF;",
    );
    this.db.exec(SCHEMA);
  }

  exists(code: string): boolean {
    return this.db.prepare("SELECT 1 FROM sessions WHERE code = ?").get(code) !== undefined;
  }

  /**
   * Saves the session in one transaction. The first save of a code in this process rewrites all its rows;
   * later ones write only the rows that changed since (a vote is one row, not the whole session).
   */
  save(r: SessionRecord): void {
    const db = this.db;
    const previous = this.savedRows.get(r.code);
    const next = new Map<string, SqlValue[]>();
    // Same digest as contentHash() of sim-core/scenario, computed synchronously so saves never interleave.
    const digest = (v: SessionRecord["variants"][number]) =>
      createHash("sha256").update(canonicalJson(v.scenario)).digest("hex");
    for (const v of r.variants) {
      const json = JSON.stringify(v.scenario);
      const old = previous?.get(`scenarios|${v.id}`);
      const hash = old && old[5] === json ? old[6] : digest(v);
      next.set(`scenarios|${v.id}`, [r.code, v.id, v.name, v.parentId, v.createdAt, json, hash]);
    }
    // Participants, proposals and votes: the row last built from the same record object is reused while its
    // columns still match (a vote is a few comparisons, no new key or array): saves stay cheap as a session grows.
    for (const p of r.participants) {
      const c = this.rows.get(p);
      if (
        c?.row[0] === r.code &&
        c.row[1] === p.id &&
        c.row[2] === p.keyHash &&
        c.row[3] === p.name &&
        c.row[4] === p.kind &&
        c.row[5] === p.role &&
        c.row[6] === p.budget_NOK &&
        c.row[7] === p.joinedAt
      )
        next.set(c.key, c.row);
      else
        this.remember(p, next, `participants|${p.id}`, [
          r.code,
          p.id,
          p.keyHash,
          p.name,
          p.kind,
          p.role,
          p.budget_NOK,
          p.joinedAt,
        ]);
    }
    for (const p of r.proposals) {
      const c = this.rows.get(p);
      if (
        c?.where === p.where &&
        c.row[0] === r.code &&
        c.row[1] === p.id &&
        c.row[2] === p.authorId &&
        c.row[3] === p.variantId &&
        c.row[4] === p.lever &&
        c.row[5] === p.value &&
        c.row[6] === p.startYear &&
        c.row[8] === p.rationale &&
        c.row[9] === p.status &&
        c.row[10] === p.createdAt &&
        c.row[11] === p.decidedAt &&
        c.row[12] === p.decidedBy
      )
        next.set(c.key, c.row);
      else
        this.remember(
          p,
          next,
          `proposals|${p.id}`,
          [
            r.code,
            p.id,
            p.authorId,
            p.variantId,
            p.lever,
            p.value,
            p.startYear,
            JSON.stringify(p.where),
            p.rationale,
            p.status,
            p.createdAt,
            p.decidedAt,
            p.decidedBy,
          ],
          p.where,
        );
    }
    for (const v of r.votes) {
      const c = this.rows.get(v);
      if (c?.row[0] === r.code && c.row[1] === v.proposalId && c.row[2] === v.participantId && c.row[3] === v.choice)
        next.set(c.key, c.row);
      else
        this.remember(v, next, `votes|${v.proposalId}|${v.participantId}`, [
          r.code,
          v.proposalId,
          v.participantId,
          v.choice,
        ]);
    }

    db.exec("BEGIN IMMEDIATE");
    try {
      this.statement(
        `INSERT INTO sessions VALUES (?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT(code) DO UPDATE SET name=excluded.name,
         focus=excluded.focus, decision_rule=excluded.decision_rule, updated_at=excluded.updated_at,
         clock_json=excluded.clock_json, locks_json=excluded.locks_json, active_variant=excluded.active_variant`,
      ).run(
        r.code,
        r.name,
        r.secretHash,
        r.municipality,
        r.focus,
        r.decisionRule,
        r.createdAt,
        Date.now(),
        JSON.stringify(r.clock),
        JSON.stringify(r.locks),
        r.activeVariantId,
      );
      if (!previous)
        for (const table of Object.keys(ROW_TABLES)) this.statement(`DELETE FROM ${table} WHERE code = ?`).run(r.code);
      for (const [key, row] of next) {
        const old = previous?.get(key);
        if (old === row || (old && old.length === row.length && old.every((x, i) => x === row[i]))) continue;
        this.statement(ROW_TABLES[key.slice(0, key.indexOf("|")) as RowTable].upsert).run(...row);
      }
      if (previous)
        for (const [key, old] of previous)
          if (!next.has(key)) {
            const table = key.slice(0, key.indexOf("|")) as RowTable;
            this.statement(ROW_TABLES[table].remove).run(...old.slice(0, ROW_TABLES[table].keyColumns));
          }
      const lastSeq =
        (this.statement("SELECT MAX(seq) AS s FROM decision_log WHERE code = ?").get(r.code) as Row).s ?? 0;
      const log = this.statement("INSERT INTO decision_log VALUES (?,?,?,?,?,?)");
      let first = r.log.length;
      while (first > 0 && r.log[first - 1].seq > (lastSeq as number)) first--;
      for (const e of r.log.slice(first)) log.run(r.code, e.seq, e.at, e.actorId, e.action, JSON.stringify(e.detail));
      db.exec("COMMIT");
      this.savedRows.set(r.code, next);
    } catch (err) {
      db.exec("ROLLBACK");
      this.savedRows.delete(r.code);
      throw err;
    }
  }

  private remember(item: object, next: Map<string, SqlValue[]>, key: string, row: SqlValue[], where?: unknown): void {
    this.rows.set(item, { key, row, where });
    next.set(key, row);
  }

  /** Prepared once per SQL text. */
  private statement(sql: string): StatementSync {
    let s = this.statements.get(sql);
    if (!s) {
      s = this.db.prepare(sql);
      this.statements.set(sql, s);
    }
    return s;
  }

  load(code: string): SessionRecord | null {
    // Another process may have saved this session since: the next save here rewrites it whole.
    this.savedRows.delete(code);
    const s = this.db.prepare("SELECT * FROM sessions WHERE code = ?").get(code) as Row | undefined;
    if (!s) return null;
    const all = (sql: string) => this.db.prepare(sql).all(code) as Row[];
    return {
      code,
      name: s.name as string,
      secretHash: s.secret_hash as string,
      municipality: s.municipality as string,
      focus: s.focus as SessionRecord["focus"],
      decisionRule: s.decision_rule as SessionRecord["decisionRule"],
      createdAt: s.created_at as number,
      clock: JSON.parse(s.clock_json as string),
      locks: JSON.parse(s.locks_json as string),
      activeVariantId: s.active_variant as string,
      variants: all("SELECT * FROM scenarios WHERE code = ? ORDER BY created_at, rowid").map((v) => ({
        id: v.variant_id as string,
        name: v.name as string,
        parentId: v.parent_id as string | null,
        createdAt: v.created_at as number,
        scenario: JSON.parse(v.scenario_json as string),
      })),
      participants: all("SELECT * FROM participants WHERE code = ? ORDER BY joined_at, rowid").map((p) => ({
        id: p.id as string,
        keyHash: p.key_hash as string,
        name: p.name as string,
        kind: p.kind as SessionRecord["participants"][number]["kind"],
        role: p.role as SessionRecord["participants"][number]["role"],
        budget_NOK: p.budget_nok as number,
        joinedAt: p.joined_at as number,
      })),
      proposals: all("SELECT * FROM proposals WHERE code = ? ORDER BY created_at, rowid").map((p) => ({
        id: p.id as string,
        authorId: p.author_id as string,
        variantId: p.variant_id as string,
        lever: p.lever as string,
        value: p.value as number,
        startYear: p.start_year as number,
        where: JSON.parse(p.where_json as string),
        rationale: p.rationale as string,
        status: p.status as SessionRecord["proposals"][number]["status"],
        createdAt: p.created_at as number,
        decidedAt: p.decided_at as number | null,
        decidedBy: p.decided_by as SessionRecord["proposals"][number]["decidedBy"],
      })),
      votes: all("SELECT * FROM votes WHERE code = ? ORDER BY rowid").map((v) => ({
        proposalId: v.proposal_id as string,
        participantId: v.participant_id as string,
        choice: v.choice as "for" | "against",
      })),
      log: all("SELECT * FROM decision_log WHERE code = ? ORDER BY seq").map((e) => ({
        seq: e.seq as number,
        at: e.at as number,
        actorId: e.actor_id as string,
        action: e.action as string,
        detail: JSON.parse(e.detail_json as string),
      })),
    };
  }

  list(): SessionSummary[] {
    return (
      this.db
        .prepare(
          `SELECT s.code, s.name, s.municipality, s.focus, s.created_at, s.updated_at,
         (SELECT COUNT(*) FROM participants p WHERE p.code = s.code AND p.kind = 'participant') AS n
         FROM sessions s ORDER BY s.updated_at DESC LIMIT 200`,
        )
        .all() as Row[]
    ).map((r) => ({
      code: r.code as string,
      name: r.name as string,
      municipality: r.municipality as string,
      focus: r.focus as string,
      createdAt: r.created_at as number,
      updatedAt: r.updated_at as number,
      participants: r.n as number,
    }));
  }

  close(): void {
    this.db.close();
  }
}
