// Modal forms for regions and organisations. The API's failing fields land on the named form
// fields; anything else (a stale version, a rule of the regulation) shows above the form.
import type { Organisation, Region } from '@jiandu/contracts';
import { App, Form, Input, Modal, Radio } from 'antd';
import { useEffect, useState } from 'react';
import { ProblemAlert } from '../../components/ProblemAlert';
import { Select, useChoiceRule } from '../../components/Select';
import { api } from '../../lib/api';
import { type MsgKey, useI18n } from '../../lib/i18n';
import { showFieldErrors } from '../../lib/problem';

const REGION_CODE = /^\d{6}$/;
const DOC_PREFIX = /^[\u4e00-\u9fa5]{1,8}$/;

// ---- regions ----

export type RegionModalState =
  | { mode: 'create'; parentCode?: string }
  | { mode: 'edit'; region: Region }
  | null;

interface RegionValues {
  code?: string;
  name: string;
  nameEn: string;
  level?: 'city' | 'county';
  parentCode?: string;
}
const REGION_FIELDS = ['code', 'name', 'nameEn', 'level', 'parentCode'] as const;

export function RegionModal({
  state,
  regions,
  onClose,
  onSaved,
}: {
  state: RegionModalState;
  /** regions the new or moved region may sit under */
  regions: Region[];
  onClose(): void;
  onSaved(region: Region): void;
}) {
  const { t, lang, pick } = useI18n();
  const choice = useChoiceRule();
  const { message } = App.useApp();
  const [form] = Form.useForm<RegionValues>();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const level = Form.useWatch('level', form);
  const editing = state?.mode === 'edit' ? state.region : null;

  useEffect(() => {
    if (!state) return;
    setError(null);
    form.resetFields();
    if (state.mode === 'edit') {
      const r = state.region;
      form.setFieldsValue({ name: r.name, nameEn: r.nameEn, parentCode: r.parentCode ?? undefined });
    } else {
      const parent = regions.find((r) => r.code === state.parentCode);
      form.setFieldsValue({
        level: parent?.level === 'province' ? 'city' : 'county',
        parentCode: parent && parent.level !== 'county' ? parent.code : undefined,
      });
    }
  }, [state, form, regions]);

  const parentLevel = editing
    ? editing.level === 'county'
      ? 'city'
      : 'province'
    : level === 'city'
      ? 'province'
      : 'city';
  const parents = regions.filter((r) => r.level === parentLevel && r.code !== editing?.code);

  const onFinish = async (v: RegionValues) => {
    setBusy(true);
    setError(null);
    try {
      const saved = editing
        ? await api.patch<Region>(`/regions/${editing.code}`, {
            name: v.name,
            nameEn: v.nameEn,
            ...(v.parentCode && v.parentCode !== editing.parentCode ? { parentCode: v.parentCode } : {}),
            version: editing.version,
          })
        : await api.post<Region>('/regions', v);
      message.success(t('common.saved'));
      onSaved(saved);
    } catch (err) {
      if (!showFieldErrors(form, err, lang, REGION_FIELDS)) setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={state !== null}
      title={editing ? t('org.editRegion') : t('org.addRegion')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={onClose}
      forceRender
    >
      <ProblemAlert error={error} style={{ marginBottom: 16 }} />
      <Form<RegionValues> form={form} layout="vertical" onFinish={onFinish} name="region">
        {!editing && (
          <>
            <Form.Item
              name="code"
              label={t('org.regionCode')}
              rules={[{ required: true, pattern: REGION_CODE, message: '6位数字 / 6 digits' }]}
            >
              <Input maxLength={6} inputMode="numeric" placeholder="140525" />
            </Form.Item>
            <Form.Item name="level" label={t('org.level')} rules={[{ required: true }]}>
              <Radio.Group
                optionType="button"
                options={[
                  { value: 'city', label: t('level.city') },
                  { value: 'county', label: t('level.county') },
                ]}
              />
            </Form.Item>
          </>
        )}
        <Form.Item name="name" label={t('org.name')} rules={[{ required: true, whitespace: true, max: 60 }]}>
          <Input maxLength={60} />
        </Form.Item>
        <Form.Item
          name="nameEn"
          label={t('org.nameEn')}
          rules={[{ required: true, whitespace: true, max: 120 }]}
        >
          <Input maxLength={120} />
        </Form.Item>
        {(!editing || editing.level === 'county') && (
          <Form.Item
            name="parentCode"
            label={t('org.parentRegion')}
            rules={[{ ...choice('上级区域', 'the region above'), required: !editing }]}
          >
            <Select
              options={parents.map((r) => ({
                value: r.code,
                label: `${pick(r.name, r.nameEn)}（${r.code}）`,
              }))}
            />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}

// ---- organisations ----

const AGENCY_KINDS = ['organ', 'dispatched_organ', 'authorized_org'] as const;
const AUTH_LEVELS = ['law', 'administrative_regulation', 'local_regulation'] as const;
const MANAGEMENTS = ['local', 'vertical', 'dual_led'] as const;

/** 行政执法监督条例第二条, 第四十二条第二款: what the form says of the agency, only the fields its kind and management have */
function agencyStanding(v: OrgValues) {
  const authorised = v.agencyKind === 'authorized_org';
  const managed = v.management && v.management !== 'local';
  return {
    ...(v.agencyKind ? { agencyKind: v.agencyKind } : {}),
    ...(authorised && v.authorizationLevel ? { authorizationLevel: v.authorizationLevel } : {}),
    ...(authorised ? { authorizationInstrument: v.authorizationInstrument?.trim() ?? '' } : {}),
    ...(v.management ? { management: v.management } : {}),
    ...(managed ? { higherDepartment: v.higherDepartment?.trim() ?? '' } : {}),
  };
}

export type OrgModalState =
  | { mode: 'create'; regionCode?: string }
  | { mode: 'edit'; org: Organisation }
  | null;

interface OrgValues {
  kind?: Organisation['kind'];
  agencyKind?: Organisation['agencyKind'];
  authorizationLevel?: Organisation['authorizationLevel'];
  authorizationInstrument?: string;
  management?: Organisation['management'];
  higherDepartment?: string;
  name: string;
  nameEn?: string;
  shortName?: string;
  regionCode?: string;
  docPrefix?: string;
}
const ORG_FIELDS = [
  'kind',
  'agencyKind',
  'authorizationLevel',
  'authorizationInstrument',
  'management',
  'higherDepartment',
  'name',
  'nameEn',
  'shortName',
  'regionCode',
  'docPrefix',
] as const;

export function OrganisationModal({
  state,
  regions,
  onClose,
  onSaved,
}: {
  state: OrgModalState;
  /** regions in the user's jurisdiction */
  regions: Region[];
  onClose(): void;
  onSaved(org: Organisation): void;
}) {
  const { t, lang, pick } = useI18n();
  const choice = useChoiceRule();
  const { message } = App.useApp();
  const [form] = Form.useForm<OrgValues>();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const editing = state?.mode === 'edit' ? state.org : null;
  const watchedKind = Form.useWatch('kind', form);
  const kind = editing?.kind ?? watchedKind;
  const agencyKind = Form.useWatch('agencyKind', form);
  const management = Form.useWatch('management', form);

  useEffect(() => {
    if (!state) return;
    setError(null);
    form.resetFields();
    if (state.mode === 'edit') {
      const o = state.org;
      form.setFieldsValue({
        name: o.name,
        nameEn: o.nameEn,
        shortName: o.shortName,
        agencyKind: o.agencyKind ?? undefined,
        authorizationLevel: o.authorizationLevel ?? undefined,
        authorizationInstrument: o.authorizationInstrument ?? undefined,
        management: o.management,
        higherDepartment: o.higherDepartment ?? undefined,
        docPrefix: o.docPrefix ?? undefined,
      });
    } else {
      form.setFieldsValue({
        kind: 'agency',
        agencyKind: 'organ',
        management: 'local',
        regionCode: state.regionCode,
      });
    }
  }, [state, form]);

  const onFinish = async (v: OrgValues) => {
    setBusy(true);
    setError(null);
    const common = {
      name: v.name,
      nameEn: v.nameEn ?? '',
      shortName: v.shortName ?? '',
      ...(kind === 'agency' ? agencyStanding(v) : {}),
      ...(kind === 'supervision_organ' && v.docPrefix ? { docPrefix: v.docPrefix.trim() } : {}),
    };
    try {
      const saved = editing
        ? await api.patch<Organisation>(`/organisations/${editing.id}`, {
            ...common,
            version: editing.version,
          })
        : await api.post<Organisation>('/organisations', {
            ...common,
            kind: v.kind,
            regionCode: v.regionCode,
          });
      message.success(t('common.saved'));
      onSaved(saved);
    } catch (err) {
      if (!showFieldErrors(form, err, lang, ORG_FIELDS)) setError(err);
    } finally {
      setBusy(false);
    }
  };

  const kinds: Organisation['kind'][] = ['government', 'supervision_organ', 'agency'];
  return (
    <Modal
      open={state !== null}
      title={editing ? t('org.editOrganisation') : t('org.addOrganisation')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={onClose}
      forceRender
      width={560}
    >
      <ProblemAlert error={error} style={{ marginBottom: 16 }} />
      <Form<OrgValues> form={form} layout="vertical" onFinish={onFinish} name="organisation">
        {!editing && (
          <>
            <Form.Item name="regionCode" label={t('org.region')} rules={[choice('所在区域', 'the region')]}>
              <Select
                showSearch={{ optionFilterProp: 'label' }}
                options={regions
                  .filter((r) => r.inSystem)
                  .map((r) => ({ value: r.code, label: `${pick(r.name, r.nameEn)}（${r.code}）` }))}
              />
            </Form.Item>
            <Form.Item name="kind" label={t('org.kind')} rules={[{ required: true }]}>
              <Radio.Group
                optionType="button"
                options={kinds.map((k) => ({ value: k, label: t(`kind.${k}` as MsgKey) }))}
              />
            </Form.Item>
          </>
        )}
        {kind === 'agency' && (
          <>
            <Form.Item name="agencyKind" label={t('org.agencyKind')} rules={[{ required: true }]}>
              <Radio.Group
                options={AGENCY_KINDS.map((k) => ({ value: k, label: t(`agencyKind.${k}` as MsgKey) }))}
              />
            </Form.Item>
            {agencyKind === 'authorized_org' && (
              <>
                <Form.Item
                  name="authorizationLevel"
                  label={t('org.authorizationLevel')}
                  rules={[choice('授权层级', 'the level of authorisation')]}
                >
                  <Radio.Group
                    options={AUTH_LEVELS.map((k) => ({
                      value: k,
                      label: t(`authorizationLevel.${k}` as MsgKey),
                    }))}
                  />
                </Form.Item>
                <Form.Item
                  name="authorizationInstrument"
                  label={t('org.authorizationInstrument')}
                  rules={[{ max: 120 }]}
                >
                  <Input maxLength={120} placeholder="《住房公积金管理条例》" />
                </Form.Item>
              </>
            )}
            <Form.Item name="management" label={t('org.management')} extra={t('org.managementHelp')}>
              <Radio.Group
                options={MANAGEMENTS.map((k) => ({ value: k, label: t(`management.${k}` as MsgKey) }))}
              />
            </Form.Item>
            {management && management !== 'local' && (
              <Form.Item
                name="higherDepartment"
                label={t('org.higherDepartment')}
                rules={[{ required: true, whitespace: true, max: 80 }]}
              >
                <Input maxLength={80} placeholder="国家税务总局晋城市税务局" />
              </Form.Item>
            )}
          </>
        )}
        <Form.Item name="name" label={t('org.name')} rules={[{ required: true, whitespace: true, max: 80 }]}>
          <Input maxLength={80} />
        </Form.Item>
        <Form.Item name="nameEn" label={t('org.nameEn')} rules={[{ max: 160 }]}>
          <Input maxLength={160} />
        </Form.Item>
        <Form.Item name="shortName" label={t('org.shortName')} rules={[{ max: 40 }]}>
          <Input maxLength={40} />
        </Form.Item>
        {kind === 'supervision_organ' && (
          <Form.Item
            name="docPrefix"
            label={t('org.docPrefix')}
            rules={[{ pattern: DOC_PREFIX, message: t('org.docPrefixHelp') }]}
          >
            <Input maxLength={8} placeholder={t('org.docPrefixHelp')} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
