// 组织机构: the jurisdiction as a tree (regions → 人民政府 / 监督机关 / 执法机关), the selected
// node's details, and the 监督管辖判断 tool. The server limits the tree to the user's jurisdiction.
import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import type { Organisation, OrganisationTree, OrgTreeNode, RegionList } from '@jiandu/contracts';
import { Button, Card, Col, Empty, Input, Row, Space, Spin, Tag, Tree, type TreeDataNode } from 'antd';
import { type Key, type ReactNode, useMemo, useState } from 'react';
import { useAuth } from '../../app/AuthContext';
import { InactiveTag, KindTag } from '../../components/labels';
import { PageTitle } from '../../components/PageTitle';
import { ProblemAlert } from '../../components/ProblemAlert';
import { api } from '../../lib/api';
import { type I18n, type MsgKey, useI18n } from '../../lib/i18n';
import { useLoad } from '../../lib/useLoad';
import { OrgDetails, type Selection } from './OrgDetails';
import { OrganisationModal, type OrgModalState, RegionModal, type RegionModalState } from './OrgForms';
import { allOrganisations, allRegions, filterTree } from './orgTree';
import { SupervisionCheck } from './SupervisionCheck';

function orgTitle(o: Organisation, i18n: I18n): ReactNode {
  return (
    <span className="jd-tree-title">
      <span style={o.active ? undefined : { color: '#666' }}>{i18n.pick(o.name, o.nameEn)}</span>
      <KindTag kind={o.kind} />
      <InactiveTag active={o.active} />
    </span>
  );
}

function toTreeData(nodes: OrgTreeNode[], i18n: I18n): TreeDataNode[] {
  return nodes.map((n) => {
    const children: TreeDataNode[] = [];
    if (n.government)
      children.push({ key: `o:${n.government.id}`, title: orgTitle(n.government, i18n), isLeaf: true });
    if (n.organ) children.push({ key: `o:${n.organ.id}`, title: orgTitle(n.organ, i18n), isLeaf: true });
    if (n.agencies.length)
      children.push({
        key: `a:${n.region.code}`,
        title: <span>{i18n.t('org.agencies', { n: n.agencies.length })}</span>,
        selectable: false,
        children: n.agencies.map((a) => ({ key: `o:${a.id}`, title: orgTitle(a, i18n), isLeaf: true })),
      });
    children.push(...toTreeData(n.children, i18n));
    return {
      key: `r:${n.region.code}`,
      title: (
        <span className="jd-tree-title">
          <strong>{i18n.pick(n.region.name, n.region.nameEn)}</strong>
          <Tag variant="filled">{i18n.t(`level.${n.region.level}` as MsgKey)}</Tag>
        </span>
      ),
      children,
    };
  });
}

/** Every expandable key: regions and agency folders. */
function branchKeys(nodes: OrgTreeNode[], out: Key[] = []): Key[] {
  for (const n of nodes) {
    out.push(`r:${n.region.code}`);
    if (n.agencies.length) out.push(`a:${n.region.code}`);
    branchKeys(n.children, out);
  }
  return out;
}

export default function OrganisationsPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const { can } = useAuth();
  const canWrite = can('organisation.write');
  const tree = useLoad(() => api.get<OrganisationTree>('/organisations/tree'), []);
  const regionList = useLoad(() => api.get<RegionList>('/regions'), [], canWrite);
  const [query, setQuery] = useState('');
  const [expanded, setExpanded] = useState<Key[] | null>(null);
  const [selectedKey, setSelectedKey] = useState<string | null>(null);
  const [regionModal, setRegionModal] = useState<RegionModalState>(null);
  const [orgModal, setOrgModal] = useState<OrgModalState>(null);

  const roots = tree.data?.roots ?? [];
  const regions = useMemo(() => allRegions(roots), [roots]);
  const organisations = useMemo(() => allOrganisations(roots), [roots]);
  const filtered = useMemo(() => filterTree(roots, query), [roots, query]);
  const treeData = toTreeData(filtered, i18n);
  const expandedKeys =
    expanded ?? (query.trim() ? branchKeys(filtered) : roots.map((r) => `r:${r.region.code}`));

  const selection: Selection = useMemo(() => {
    if (!selectedKey) return null;
    const [kind, id] = [selectedKey.slice(0, 1), selectedKey.slice(2)];
    if (kind === 'r') {
      const region = regions.find((r) => r.code === id);
      return region ? { type: 'region', region } : null;
    }
    const org = organisations.find((o) => o.id === id);
    return org ? { type: 'org', org } : null;
  }, [selectedKey, regions, organisations]);

  // parents a new region may sit under: provinces for a city, cities in the jurisdiction for a county
  const parentRegions = useMemo(() => {
    const provinces = (regionList.data?.items ?? []).filter((r) => r.level === 'province');
    return [...provinces, ...regions];
  }, [regionList.data, regions]);

  const selectedRegionCode =
    selection?.type === 'region'
      ? selection.region.code
      : selection?.type === 'org'
        ? selection.org.regionCode
        : undefined;

  return (
    <>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={11} xl={10}>
          <Card
            title={<PageTitle>{t('org.tree')}</PageTitle>}
            extra={
              <Space>
                {canWrite && (
                  <>
                    <Button
                      size="small"
                      icon={<PlusOutlined />}
                      onClick={() => setRegionModal({ mode: 'create', parentCode: selectedRegionCode })}
                    >
                      {t('org.addRegion')}
                    </Button>
                    <Button
                      size="small"
                      type="primary"
                      icon={<PlusOutlined />}
                      onClick={() => setOrgModal({ mode: 'create', regionCode: selectedRegionCode })}
                    >
                      {t('org.addOrganisation')}
                    </Button>
                  </>
                )}
                <Button
                  size="small"
                  icon={<ReloadOutlined />}
                  onClick={tree.reload}
                  aria-label={t('common.reload')}
                />
              </Space>
            }
          >
            <Input.Search
              allowClear
              placeholder={t('org.search')}
              value={query}
              onChange={(e) => {
                setQuery(e.target.value);
                setExpanded(null);
              }}
              style={{ marginBottom: 12 }}
            />
            <ProblemAlert error={tree.error} style={{ marginBottom: 12 }} />
            <div
              data-testid="org-tree"
              style={{ maxHeight: 'calc(100vh - 260px)', minHeight: 200, overflow: 'auto' }}
            >
              {tree.loading && !tree.data ? (
                <Spin />
              ) : treeData.length === 0 ? (
                <Empty description={query ? t('org.noMatch') : undefined} />
              ) : (
                <Tree
                  blockNode
                  showLine
                  treeData={treeData}
                  expandedKeys={expandedKeys}
                  onExpand={(keys) => setExpanded(keys)}
                  selectedKeys={selectedKey ? [selectedKey] : []}
                  onSelect={(keys) => setSelectedKey(keys.length ? String(keys[0]) : null)}
                />
              )}
            </div>
          </Card>
        </Col>
        <Col xs={24} lg={13} xl={14}>
          <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
            <Card>
              <OrgDetails
                selection={selection}
                organisations={organisations}
                regions={regions}
                canWrite={canWrite}
                onEditRegion={(region) => setRegionModal({ mode: 'edit', region })}
                onEditOrg={(org) => setOrgModal({ mode: 'edit', org })}
                onAddOrg={(regionCode) => setOrgModal({ mode: 'create', regionCode })}
                onChanged={(o) => {
                  if (!o) setSelectedKey(null);
                  tree.reload();
                }}
              />
            </Card>
            <SupervisionCheck
              organisations={organisations}
              presetOrgan={
                selection?.type === 'org' && selection.org.kind === 'supervision_organ'
                  ? selection.org.id
                  : undefined
              }
              presetTarget={
                selection?.type === 'org' && selection.org.kind !== 'supervision_organ'
                  ? selection.org.id
                  : undefined
              }
            />
          </Space>
        </Col>
      </Row>
      <RegionModal
        state={regionModal}
        regions={parentRegions}
        onClose={() => setRegionModal(null)}
        onSaved={(r) => {
          setRegionModal(null);
          setSelectedKey(`r:${r.code}`);
          tree.reload();
          regionList.reload();
        }}
      />
      <OrganisationModal
        state={orgModal}
        regions={regions}
        onClose={() => setOrgModal(null)}
        onSaved={(o) => {
          setOrgModal(null);
          setSelectedKey(`o:${o.id}`);
          tree.reload();
        }}
      />
    </>
  );
}
