import { z } from 'zod';
import { AppInfo, Cluster, ClusterInput, Id, Member, MemberInput } from '../schemas.ts';
import { ById, Done, method, Nothing } from '../method.ts';

export const appMethods = {
  'app.info': method(Nothing, AppInfo),
};

export const clusterMethods = {
  'clusters.list': method(Nothing, z.array(Cluster)),
  'clusters.create': method(ClusterInput, Cluster),
  'clusters.update': method(ClusterInput.extend({ id: Id }), Cluster),
  'clusters.delete': method(ById, Done),
  'clusters.restore': method(ById, Cluster),

  'members.list': method(z.object({ clusterId: Id }), z.array(Member)),
  'members.create': method(MemberInput, Member),
  'members.update': method(z.intersection(MemberInput, z.object({ id: Id })), Member),
  'members.move': method(z.object({ id: Id, position: z.number().int().min(0) }), z.array(Member)),
  'members.delete': method(ById, Done),
  'members.restore': method(ById, Member),
};
