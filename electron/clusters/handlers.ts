import type { HandlersFor } from '../api/handlers.ts';
import type { appMethods, clusterMethods } from '../../shared/api/methods/clusters.ts';
import { schemaVersion } from '../db/migrate.ts';
import * as clusters from './repository.ts';

const done = { done: true } as const;

export const appHandlers: HandlersFor<typeof appMethods> = {
  'app.info': (ctx) => ({
    version: ctx.appVersion,
    schemaVersion: schemaVersion(ctx.db),
    databasePath: ctx.databasePath,
  }),
};

export const clusterHandlers: HandlersFor<typeof clusterMethods> = {
  'clusters.list': ({ db }) => clusters.listClusters(db),
  'clusters.create': ({ db }, input) => clusters.createCluster(db, input),
  'clusters.update': ({ db }, input) => clusters.updateCluster(db, input),
  'clusters.delete': ({ db }, { id }) => (clusters.deleteCluster(db, id), done),
  'clusters.restore': ({ db }, { id }) => clusters.restoreCluster(db, id),

  'members.list': ({ db }, { clusterId }) => clusters.listMembers(db, clusterId),
  'members.create': ({ db }, input) => clusters.createMember(db, input),
  'members.update': ({ db }, input) => clusters.updateMember(db, input),
  'members.move': ({ db }, { id, position }) => clusters.moveMember(db, id, position),
  'members.delete': ({ db }, { id }) => (clusters.deleteMember(db, id), done),
  'members.restore': ({ db }, { id }) => clusters.restoreMember(db, id),
};
