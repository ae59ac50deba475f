// What an agency is and who manages it (《行政执法监督条例》第二条, 第四十二条第二款): an authorised
// organisation says by which level of law it is authorised; a vertically managed or dual-led agency
// names its higher competent department, to which the government tells the problems it finds.
import type { Organisation } from '@jiandu/contracts';
import { ART42_2 } from '@jiandu/procedure';
import { NATIONAL_2025, qualifiedId } from '@jiandu/regulation';
import { refuse } from '../../http/problem.ts';

const NATIONAL_ART2 = qualifiedId(NATIONAL_2025.id, 'art2');

type Standing = Pick<
  Organisation,
  'kind' | 'agencyKind' | 'authorizationLevel' | 'authorizationInstrument' | 'management' | 'higherDepartment'
>;

/** What the request says of the standing; absent fields keep what the organisation had. */
export interface StandingInput {
  agencyKind?: Organisation['agencyKind'];
  authorizationLevel?: Organisation['authorizationLevel'];
  authorizationInstrument?: string;
  management?: Organisation['management'];
  higherDepartment?: string;
}

/**
 * The standing after the request, or a refusal naming the field. `before` is null on creation. A
 * change of kind or management drops what only the old one had; a field the new one cannot have,
 * sent with it, is refused.
 */
export function nextStanding(
  kind: Organisation['kind'],
  input: StandingInput,
  before: Standing | null,
): Standing {
  if (kind !== 'agency') {
    for (const f of [
      'agencyKind',
      'authorizationLevel',
      'authorizationInstrument',
      'management',
      'higherDepartment',
    ] as const)
      if (input[f] !== undefined && !(f === 'management' && input[f] === 'local'))
        throw refuse.field(f, '只有执法机关有此属性', 'only agencies have this attribute');
    return {
      kind,
      agencyKind: null,
      authorizationLevel: null,
      authorizationInstrument: null,
      management: 'local',
      higherDepartment: null,
    };
  }
  const agencyKind = input.agencyKind ?? before?.agencyKind ?? null;
  if (!agencyKind)
    throw refuse.field(
      'agencyKind',
      '执法机关须注明是所属部门、派出机关还是法律法规授权的组织',
      'say whether the agency is a department, a dispatched organ or an organisation authorised by law or regulation',
      422,
      NATIONAL_ART2,
    );
  const authorised = agencyKind === 'authorized_org';
  const kindChanged = before !== null && before.agencyKind !== agencyKind;
  if (!authorised && (input.authorizationLevel !== undefined || input.authorizationInstrument?.trim()))
    throw refuse.field(
      input.authorizationLevel !== undefined ? 'authorizationLevel' : 'authorizationInstrument',
      '只有法律法规授权的组织登记授权层级',
      'only an organisation authorised by law or regulation records the level of its authorisation',
      422,
      NATIONAL_ART2,
    );
  const level = authorised ? (input.authorizationLevel ?? before?.authorizationLevel ?? null) : null;
  // an organisation becoming authorised says by what; one recorded before the level was asked keeps it unrecorded until edited
  if (authorised && !level && (before === null || kindChanged || input.authorizationLevel !== undefined))
    throw refuse.field(
      'authorizationLevel',
      '法律法规授权的组织须写明授权层级：法律、行政法规或者地方性法规',
      'an authorised organisation states whether a law, an administrative regulation or a local regulation authorises it',
      422,
      NATIONAL_ART2,
    );
  const instrument = authorised
    ? input.authorizationInstrument !== undefined
      ? input.authorizationInstrument.trim() || null
      : (before?.authorizationInstrument ?? null)
    : null;
  const management = input.management ?? before?.management ?? 'local';
  if (management === 'local' && input.higherDepartment?.trim())
    throw refuse.field(
      'higherDepartment',
      '本级管理的执法机关没有上一级主管部门可登记',
      'an agency managed by its own government records no higher competent department',
      422,
      ART42_2,
    );
  const higher =
    management === 'local'
      ? null
      : input.higherDepartment !== undefined
        ? input.higherDepartment.trim() || null
        : (before?.higherDepartment ?? null);
  if (management !== 'local' && !higher)
    throw refuse.field(
      'higherDepartment',
      '实行垂直管理或者双重领导并以上级部门领导为主的执法机关，须写明其上一级主管部门',
      'a vertically managed or dual-led agency names its higher competent department',
      422,
      ART42_2,
    );
  return {
    kind,
    agencyKind,
    authorizationLevel: level,
    authorizationInstrument: instrument,
    management,
    higherDepartment: higher,
  };
}
