// The selected region or organisation: its particulars, who reviews an organ's decisions
// (第十条), and — with organisation.write — edit, deactivate/activate and delete.
import {
  CheckCircleOutlined,
  DeleteOutlined,
  EditOutlined,
  PlusOutlined,
  StopOutlined,
} from '@ant-design/icons';
import type { Organisation, Region, ReviewingOrgan } from '@jiandu/contracts';
import { App, Button, Descriptions, Empty, Popconfirm, Space, Spin, Tag, Typography } from 'antd';
import { useState } from 'react';
import { InactiveTag, KindTag } from '../../components/labels';
import { ProblemAlert } from '../../components/ProblemAlert';
import { api } from '../../lib/api';
import { type MsgKey, useI18n } from '../../lib/i18n';
import { articleLabel } from '../../lib/problem';
import { useLoad } from '../../lib/useLoad';
import { SealView } from './SealView';

export type Selection = { type: 'region'; region: Region } | { type: 'org'; org: Organisation } | null;

function ReviewingOrganView({ organId }: { organId: string }) {
  const { t, lang, pick, paren } = useI18n();
  const r = useLoad(() => api.get<ReviewingOrgan>(`/organisations/${organId}/reviewing-organ`), [organId]);
  if (r.loading) return <Spin size="small" />;
  if (r.error) return <ProblemAlert error={r.error} />;
  if (!r.data) return null;
  return (
    <Space size={4} wrap>
      <span data-testid="reviewing-organ">{pick(r.data.name, r.data.nameEn)}</span>
      {r.data.external && <Tag>{t('org.reviewingExternal')}</Tag>}
      <Typography.Text type="secondary">{paren(articleLabel(r.data.article, lang))}</Typography.Text>
    </Space>
  );
}

export function OrgDetails({
  selection,
  organisations,
  regions,
  canWrite,
  onEditRegion,
  onEditOrg,
  onAddOrg,
  onChanged,
}: {
  selection: Selection;
  organisations: Organisation[];
  regions: Region[];
  canWrite: boolean;
  onEditRegion(r: Region): void;
  onEditOrg(o: Organisation): void;
  onAddOrg(regionCode: string): void;
  /** after a change: the organisation (or null when deleted) */
  onChanged(o: Organisation | null): void;
}) {
  const { t, pick, paren } = useI18n();
  const { message } = App.useApp();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [lastKey, setLastKey] = useState<string>('');
  const key =
    selection?.type === 'org' ? selection.org.id : selection?.type === 'region' ? selection.region.code : '';
  if (key !== lastKey) {
    setLastKey(key);
    setError(null);
  }

  if (!selection) return <Empty description={t('org.selectHint')} />;

  if (selection.type === 'region') {
    const r = selection.region;
    const parent = regions.find((x) => x.code === r.parentCode);
    const here = organisations.filter((o) => o.regionCode === r.code);
    return (
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Descriptions
          title={pick(r.name, r.nameEn)}
          column={1}
          size="small"
          bordered
          items={[
            { key: 'name', label: t('org.name'), children: r.name },
            { key: 'nameEn', label: t('org.nameEn'), children: r.nameEn },
            { key: 'code', label: t('org.regionCode'), children: r.code },
            { key: 'level', label: t('org.level'), children: t(`level.${r.level}` as MsgKey) },
            {
              key: 'parent',
              label: t('org.parentRegion'),
              children: parent ? pick(parent.name, parent.nameEn) : (r.parentCode ?? t('common.none')),
            },
            { key: 'count', label: t('org.counts'), children: here.length },
          ]}
        />
        {canWrite && (
          <Space wrap>
            <Button icon={<EditOutlined />} onClick={() => onEditRegion(r)}>
              {t('org.editRegion')}
            </Button>
            <Button icon={<PlusOutlined />} onClick={() => onAddOrg(r.code)}>
              {t('org.addOrganisation')}
            </Button>
          </Space>
        )}
      </Space>
    );
  }

  const o = selection.org;
  const parent = organisations.find((x) => x.id === o.parentId);

  const setActive = async (active: boolean) => {
    setBusy(true);
    setError(null);
    try {
      const saved = await api.patch<Organisation>(`/organisations/${o.id}`, { active, version: o.version });
      message.success(t('common.saved'));
      onChanged(saved);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const remove = async () => {
    setBusy(true);
    setError(null);
    try {
      await api.del(`/organisations/${o.id}`);
      message.success(t('common.deleted'));
      onChanged(null);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const items = [
    { key: 'name', label: t('org.name'), children: o.name },
    { key: 'nameEn', label: t('org.nameEn'), children: o.nameEn || '—' },
    { key: 'shortName', label: t('org.shortName'), children: o.shortName || '—' },
    {
      key: 'kind',
      label: t('org.kind'),
      children: (
        <Space size={4}>
          <KindTag kind={o.kind} />
          {o.agencyKind && <Tag>{t(`agencyKind.${o.agencyKind}` as MsgKey)}</Tag>}
        </Space>
      ),
    },
    ...(o.agencyKind === 'authorized_org'
      ? [
          {
            key: 'authorization',
            label: t('org.authorizationLevel'),
            children: o.authorizationLevel
              ? `${t(`authorizationLevel.${o.authorizationLevel}` as MsgKey)}${o.authorizationInstrument ? paren(o.authorizationInstrument) : ''}`
              : t('org.authorizationUnrecorded'),
          },
        ]
      : []),
    ...(o.kind === 'agency'
      ? [
          {
            key: 'management',
            label: t('org.management'),
            children: `${t(`management.${o.management}` as MsgKey)}${o.higherDepartment ? `${pick('，上一级主管部门：', '; higher competent department: ')}${o.higherDepartment}` : ''}`,
          },
        ]
      : []),
    { key: 'region', label: t('org.region'), children: `${o.regionName}${paren(o.regionCode)}` },
    { key: 'parent', label: t('org.parentOrg'), children: parent ? pick(parent.name, parent.nameEn) : '—' },
    ...(o.kind === 'supervision_organ'
      ? [
          { key: 'docPrefix', label: t('org.docPrefix'), children: o.docPrefix ?? '—' },
          ...(canWrite
            ? [
                {
                  key: 'seal',
                  label: pick('监督专用章', 'Supervision seal'),
                  children: <SealView organId={o.id} canUpload />,
                },
              ]
            : []),
          {
            key: 'reviewing',
            label: t('org.reviewingOrgan'),
            children: <ReviewingOrganView organId={o.id} />,
          },
        ]
      : []),
    {
      key: 'status',
      label: t('common.status'),
      children: o.active ? <Tag color="green">{t('common.active')}</Tag> : <InactiveTag active={false} />,
    },
    { key: 'version', label: t('common.version'), children: o.version },
  ];

  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Descriptions
        title={
          <Space size={6} wrap>
            {pick(o.name, o.nameEn)}
            <KindTag kind={o.kind} />
            <InactiveTag active={o.active} />
          </Space>
        }
        column={1}
        size="small"
        bordered
        items={items}
      />
      <ProblemAlert error={error} />
      {canWrite && (
        <Space wrap>
          <Button icon={<EditOutlined />} onClick={() => onEditOrg(o)} disabled={busy}>
            {t('common.edit')}
          </Button>
          {o.active ? (
            <Popconfirm
              title={t('org.deactivateConfirm')}
              okText={t('common.deactivate')}
              cancelText={t('common.cancel')}
              onConfirm={() => setActive(false)}
            >
              <Button icon={<StopOutlined />} loading={busy}>
                {t('common.deactivate')}
              </Button>
            </Popconfirm>
          ) : (
            <Button icon={<CheckCircleOutlined />} loading={busy} onClick={() => setActive(true)}>
              {t('common.activate')}
            </Button>
          )}
          <Popconfirm
            title={t('org.deleteConfirm')}
            okText={t('common.delete')}
            okButtonProps={{ danger: true }}
            cancelText={t('common.cancel')}
            onConfirm={remove}
          >
            <Button danger icon={<DeleteOutlined />} loading={busy}>
              {t('common.delete')}
            </Button>
          </Popconfirm>
        </Space>
      )}
    </Space>
  );
}
