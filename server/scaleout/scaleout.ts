// Scale-out on Colyseus' own engine: with REDIS_URL set, processes share presence and the room registry
// (RedisPresence + RedisDriver); a client matched on one process connects to the process that hosts the room
// through the seat reservation's publicAddress. Without REDIS_URL the embedded single-process defaults apply
// and the Redis client libraries are not even loaded (they cost seconds of start-up on a busy machine).
import { createRequire } from "node:module";
import type { matchMaker, Presence } from "@colyseus/core";

export interface ScaleOutOptions {
  presence?: Presence;
  driver?: matchMaker.MatchMakerDriver;
  publicAddress?: string;
}

const require = createRequire(import.meta.url);

export function scaleOutFromEnv(env: NodeJS.ProcessEnv = process.env): ScaleOutOptions {
  const url = env.REDIS_URL;
  if (!url) return {};
  const { RedisPresence } = require("@colyseus/redis-presence") as typeof import("@colyseus/redis-presence");
  const { RedisDriver } = require("@colyseus/redis-driver") as typeof import("@colyseus/redis-driver");
  return {
    presence: new RedisPresence(url),
    driver: new RedisDriver(url),
    // host:port under which clients reach this process directly (PUBLIC_ADDRESS, else localhost:PORT)
    publicAddress: env.PUBLIC_ADDRESS ?? `localhost:${env.PORT ?? 2567}`,
  };
}
