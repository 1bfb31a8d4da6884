// Scale-out on Colyseus' own engine: with REDIS_URL set, processes share presence and the room registry
// (RedisPresence + RedisDriver); a client matched on one process connects to the process that hosts the room
// through the seat reservation's publicAddress. Without REDIS_URL the embedded single-process defaults apply.
import type { matchMaker, Presence } from "@colyseus/core";
import { RedisDriver } from "@colyseus/redis-driver";
import { RedisPresence } from "@colyseus/redis-presence";

export interface ScaleOutOptions {
  presence?: Presence;
  driver?: matchMaker.MatchMakerDriver;
  publicAddress?: string;
}

export function scaleOutFromEnv(env: NodeJS.ProcessEnv = process.env): ScaleOutOptions {
  const url = env.REDIS_URL;
  if (!url) return {};
  return {
    presence: new RedisPresence(url),
    driver: new RedisDriver(url),
    // host:port under which clients reach this process directly (PUBLIC_ADDRESS, else localhost:PORT)
    publicAddress: env.PUBLIC_ADDRESS ?? `localhost:${env.PORT ?? 2567}`,
  };
}
