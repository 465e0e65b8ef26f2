import { Hono } from 'hono';
import { SCHEMA_VERSION } from '../../shared/schema/version.ts';
import type { RoomRegistry } from '../sync/RoomRegistry.ts';

/** /api/health: the process answers, with the document schema version and the rooms held open (API1). */
export function healthRoutes(deps: { registry: RoomRegistry }) {
  return new Hono().get('/', (c) => c.json({ ok: true, schemaVersion: SCHEMA_VERSION, openRooms: deps.registry.openRooms }));
}
