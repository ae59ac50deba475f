// Every refusal is a problem+json answer: Chinese title first with English beside it, the
// failing fields, and the article of the regulation when it is the law that refuses.
import { cite } from '@jiandu/regulation';

export interface FieldProblem {
  field: string;
  reason: string;
  reason_en: string;
}

export interface ProblemInit {
  status: number;
  code: string;
  title: string;
  titleEn: string;
  detail?: string;
  detailEn?: string;
  /** rule-pack id, e.g. 'art10.2' */
  article?: string;
  fields?: FieldProblem[];
}

export class Refusal extends Error {
  constructor(readonly init: ProblemInit) {
    super(init.detailEn ?? init.titleEn);
    this.name = 'Refusal';
  }

  toJSON(requestId?: string) {
    const { status, code, title, titleEn, detail, detailEn, article, fields } = this.init;
    return {
      type: `urn:jiandu:problem:${code}`,
      title,
      title_en: titleEn,
      status,
      ...(detail ? { detail } : {}),
      ...(detailEn ? { detail_en: detailEn } : {}),
      ...(article ? { article, article_text: cite(article).zh } : {}),
      ...(fields?.length ? { fields } : {}),
      ...(requestId ? { request_id: requestId } : {}),
    };
  }
}

export const refuse = {
  invalid: (fields: FieldProblem[]) =>
    new Refusal({
      status: 400,
      code: 'validation',
      title: '请求内容有误',
      titleEn: 'The request is invalid',
      detail: fields.map((f) => `${f.field}：${f.reason}`).join('；'),
      detailEn: fields.map((f) => `${f.field}: ${f.reason_en}`).join('; '),
      fields,
    }),
  field: (field: string, reason: string, reasonEn: string, status = 400, article?: string) =>
    new Refusal({
      status,
      code: status === 409 ? 'conflict' : 'validation',
      title: status === 409 ? '与现有数据冲突' : '请求内容有误',
      titleEn: status === 409 ? 'Conflicts with existing data' : 'The request is invalid',
      detail: reason,
      detailEn: reasonEn,
      article,
      fields: [{ field, reason, reason_en: reasonEn }],
    }),
  /** the regulation refuses: the title says how (not yours / not now / not allowed), the article why */
  byLaw: (status: number, detail: string, detailEn: string, article: string, field?: string) =>
    new Refusal({
      status,
      code: 'refused_by_law',
      title: status === 403 ? '无权办理' : status === 409 ? '当前状态不能办理' : '依法不予办理',
      titleEn:
        status === 403
          ? 'Not yours to do'
          : status === 409
            ? 'Not possible in this state'
            : 'Refused under the regulation',
      detail,
      detailEn,
      article,
      fields: field ? [{ field, reason: detail, reason_en: detailEn }] : undefined,
    }),
  unauthenticated: () =>
    new Refusal({ status: 401, code: 'unauthenticated', title: '请先登录', titleEn: 'Please log in' }),
  forbidden: (detail = '您的角色无权进行此操作', detailEn = 'Your role may not do this', article?: string) =>
    new Refusal({
      status: 403,
      code: 'forbidden',
      title: '无权操作',
      titleEn: 'Forbidden',
      detail,
      detailEn,
      article,
    }),
  notFound: (what: string, whatEn: string) =>
    new Refusal({
      status: 404,
      code: 'not_found',
      title: '未找到',
      titleEn: 'Not found',
      detail: `${what}不存在或不在您的管辖范围内`,
      detailEn: `${whatEn} does not exist or is outside your jurisdiction`,
    }),
  stale: () =>
    new Refusal({
      status: 409,
      code: 'stale',
      title: '数据已被他人修改',
      titleEn: 'Changed by someone else',
      detail: '数据已被他人修改，请刷新后重试',
      detailEn: 'This record was changed by someone else; reload and try again',
      fields: [{ field: 'version', reason: '版本已过期', reason_en: 'is out of date' }],
    }),
};
