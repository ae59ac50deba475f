import {
  noContent,
  organisation,
  organisationList,
  organisationTree,
  region,
  regionList,
  reviewingOrgan,
  supervisionVerdict,
} from '@jiandu/contracts';
// HTTP for regions, organisations and jurisdiction: parse, call the use case, answer.

import type { Permission } from '@jiandu/contracts';
import {
  createOrganisation as createOrganisationBody,
  createRegion as createRegionBody,
  organisationQuery,
  regionCode,
  updateOrganisation as updateOrganisationBody,
  updateRegion as updateRegionBody,
  uuid,
} from '@jiandu/contracts';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import { requirePermission, useCaseFor } from '../../http/auth.ts';
import { refuse } from '../../http/problem.ts';
import { getOrganisation, listOrganisations, loadRegions } from './queries.ts';
import {
  checkSupervision,
  createOrganisation,
  createRegion,
  deleteOrganisation,
  reviewingOrganOf,
  updateOrganisation,
  updateRegion,
} from './service.ts';
import { buildTree } from './tree.ts';

const tags = ['organisations'];

export function organisationRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const uc = (req: FastifyRequest, perm: Permission) => useCaseFor(req, ctx, perm);

  r.get(
    '/api/v1/regions',
    { schema: { tags, summary: '行政区划 Regions', response: { 200: regionList } } },
    async (req) => {
      requirePermission(req, 'organisation.read');
      return { items: [...(await loadRegions(ctx.db)).values()].map(({ path: _p, ...r }) => r) };
    },
  );

  r.post(
    '/api/v1/regions',
    {
      schema: {
        tags,
        summary: '新建行政区划 Create a region',
        response: { 201: region },
        body: createRegionBody,
      },
    },
    async (req, reply) => {
      reply.status(201);
      return createRegion(uc(req, 'organisation.write'), req.body);
    },
  );

  r.patch(
    '/api/v1/regions/:code',
    {
      schema: {
        tags,
        summary: '修改行政区划 Update a region',
        response: { 200: region },
        params: z.object({ code: regionCode }),
        body: updateRegionBody,
      },
    },
    async (req) => updateRegion(uc(req, 'organisation.write'), req.params.code, req.body),
  );

  r.get(
    '/api/v1/organisations/tree',
    { schema: { tags, summary: '组织机构树 Organisation tree', response: { 200: organisationTree } } },
    async (req) => {
      const actor = requirePermission(req, 'organisation.read');
      const orgs = await listOrganisations(ctx.db, actor.scope);
      // the region's path is how the database walks the tree, not part of the answer
      const regions = [...(await loadRegions(ctx.db)).values()]
        .filter((rg) =>
          actor.scope.organisationId
            ? rg.code === actor.regionCode
            : actor.scope.regionCodes.includes(rg.code),
        )
        .map(({ path: _p, ...rg }) => rg);
      return { roots: buildTree(regions, orgs) };
    },
  );

  r.get(
    '/api/v1/organisations',
    {
      schema: {
        tags,
        summary: '单位列表 Organisations',
        response: { 200: organisationList },
        querystring: organisationQuery,
      },
    },
    async (req) => {
      const actor = requirePermission(req, 'organisation.read');
      const { active, ...f } = req.query;
      const items = await listOrganisations(ctx.db, actor.scope, {
        ...f,
        active: active === undefined ? undefined : active === 'true',
      });
      return { items, total: items.length };
    },
  );

  r.get(
    '/api/v1/organisations/:id',
    {
      schema: {
        tags,
        summary: '单位详情 Organisation',
        response: { 200: organisation },
        params: z.object({ id: uuid }),
      },
    },
    async (req) => {
      const actor = requirePermission(req, 'organisation.read');
      const org = await getOrganisation(ctx.db, actor.scope, req.params.id);
      if (!org) throw refuse.notFound('单位', 'Organisation');
      return org;
    },
  );

  r.post(
    '/api/v1/organisations',
    {
      schema: {
        tags,
        summary: '新建单位 Create an organisation',
        response: { 201: organisation },
        body: createOrganisationBody,
      },
    },
    async (req, reply) => {
      reply.status(201);
      return createOrganisation(uc(req, 'organisation.write'), req.body);
    },
  );

  r.patch(
    '/api/v1/organisations/:id',
    {
      schema: {
        tags,
        summary: '修改或停用单位 Update or deactivate',
        response: { 200: organisation },
        params: z.object({ id: uuid }),
        body: updateOrganisationBody,
      },
    },
    async (req) => updateOrganisation(uc(req, 'organisation.write'), req.params.id, req.body),
  );

  r.delete(
    '/api/v1/organisations/:id',
    {
      schema: {
        tags,
        summary: '删除未被引用的单位 Delete an unreferenced organisation',
        response: { 204: noContent },
        params: z.object({ id: uuid }),
      },
    },
    async (req, reply) => {
      await deleteOrganisation(uc(req, 'organisation.write'), req.params.id);
      return reply.status(204).send();
    },
  );

  r.get(
    '/api/v1/jurisdiction/supervise',
    {
      schema: {
        tags,
        summary: '监督管辖判断（第二条） May this organ supervise this agency?',
        response: { 200: supervisionVerdict },
        querystring: z.object({ organId: uuid, agencyId: uuid }),
      },
    },
    async (req) => {
      const actor = requirePermission(req, 'organisation.read');
      return checkSupervision({ db: ctx.db, actor }, req.query.organId, req.query.agencyId);
    },
  );

  r.get(
    '/api/v1/organisations/:id/reviewing-organ',
    {
      schema: {
        tags,
        summary: '复查机关（第十条） The organ that reviews this organ’s decisions',
        response: { 200: reviewingOrgan },
        params: z.object({ id: uuid }),
      },
    },
    async (req) => {
      const actor = requirePermission(req, 'organisation.read');
      return reviewingOrganOf({ db: ctx.db, actor }, req.params.id);
    },
  );
}
