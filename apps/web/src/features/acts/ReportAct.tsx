// The third way in (第八条（三）): one act reported through a form, answered by the same
// validation as the bulk API and the Excel upload — including the warnings it raises.
import { ACT_KIND_LABELS, type ActsIngested } from '@jiandu/contracts';
import { App, Checkbox, DatePicker, Form, Input, Modal } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { ProblemAlert } from '../../components/ProblemAlert';
import { Select, useChoiceRule } from '../../components/Select';
import { api } from '../../lib/api';
import { useI18n } from '../../lib/i18n';

interface Values {
  caseNumber: string;
  kind: string;
  area: string;
  decisionDate: Dayjs;
  officers: string[];
  parties: string[];
  partyKind: 'person' | 'organisation';
  facts: string;
  legalBasis: string[];
  sealPresent: boolean;
  discretionLevel?: string;
  fullRecord: boolean;
  outcome?: string;
}

export function ReportAct({
  agencyId,
  onClose,
  onDone,
}: {
  agencyId: string;
  onClose: () => void;
  onDone: () => void;
}) {
  const { pick } = useI18n();
  const choice = useChoiceRule();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<unknown>(null);
  const submit = async () => {
    const v = await form.validateFields();
    setError(null);
    try {
      const r = await api.post<ActsIngested>('/acts/batch', {
        agencyId,
        atomic: true,
        acts: [
          {
            caseNumber: v.caseNumber,
            kind: v.kind,
            area: v.area,
            decisionDate: v.decisionDate.format('YYYY-MM-DD'),
            officers: v.officers,
            parties: v.parties.map((name) => ({ name, kind: v.partyKind })),
            facts: v.facts,
            legalBasis: v.legalBasis ?? [],
            sealPresent: v.sealPresent,
            discretionLevel: v.discretionLevel || null,
            deadlines: [],
            fullRecord: v.fullRecord,
            outcome: v.outcome || null,
          },
        ],
      });
      message.success(
        r.stored
          ? pick(`已报送，预警 ${r.warnings} 条`, `Reported; ${r.warnings} warnings`)
          : pick('此前已报送过，未重复保存', 'Already reported; not stored twice'),
      );
      onDone();
    } catch (e) {
      setError(e);
    }
  };
  return (
    <Modal
      open
      title={pick('报送执法行为', 'Report an act')}
      onCancel={onClose}
      onOk={submit}
      okText={pick('报送', 'Report')}
      cancelText={pick('取消', 'Cancel')}
      width={640}
    >
      <ProblemAlert error={error} style={{ marginBottom: 8 }} />
      <Form
        form={form}
        layout="vertical"
        initialValues={{ kind: 'penalty', partyKind: 'organisation', sealPresent: true, fullRecord: true }}
      >
        <Form.Item
          name="caseNumber"
          label={pick('案件编号', 'Case number')}
          rules={[{ required: true, max: 60 }]}
        >
          <Input placeholder="泽市监罚〔2026〕101号" />
        </Form.Item>
        <Form.Item
          name="kind"
          label={pick('行为类别', 'Kind')}
          rules={[choice('行为类别', 'the kind of act')]}
        >
          <Select
            options={Object.entries(ACT_KIND_LABELS).map(([value, l]) => ({
              value,
              label: pick(l.zh, l.en),
            }))}
          />
        </Form.Item>
        <Form.Item name="area" label={pick('执法领域', 'Area')} rules={[{ required: true, max: 30 }]}>
          <Input placeholder="市场监管" />
        </Form.Item>
        <Form.Item name="decisionDate" label={pick('决定日期', 'Decided on')} rules={[{ required: true }]}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item
          name="officers"
          label={pick('执法人员证件号', 'Officers (certificate numbers)')}
          rules={[{ required: true }]}
        >
          <Select mode="tags" tokenSeparators={[',', '，', '、', ' ']} />
        </Form.Item>
        <Form.Item name="parties" label={pick('当事人', 'Parties')} rules={[{ required: true }]}>
          <Select mode="tags" tokenSeparators={[',', '，', '、']} />
        </Form.Item>
        <Form.Item name="partyKind" label={pick('当事人类型', 'Party kind')}>
          <Select
            options={[
              { value: 'organisation', label: pick('单位', 'Organisation') },
              { value: 'person', label: pick('自然人', 'Person') },
            ]}
          />
        </Form.Item>
        <Form.Item name="facts" label={pick('违法事实', 'Facts')} rules={[{ required: true, max: 4000 }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
        <Form.Item name="legalBasis" label={pick('法律依据', 'Legal basis')}>
          <Select mode="tags" tokenSeparators={['；', ';']} />
        </Form.Item>
        <Form.Item
          name="discretionLevel"
          label={pick('裁量基准档次', 'Discretion level')}
          rules={[{ max: 30 }]}
        >
          <Input />
        </Form.Item>
        <Form.Item name="outcome" label={pick('处理结果', 'Outcome')} rules={[{ max: 500 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="sealPresent" valuePropName="checked">
          <Checkbox>{pick('决定书加盖本机关有效印章', 'The decision bears the seal')}</Checkbox>
        </Form.Item>
        <Form.Item name="fullRecord" valuePropName="checked">
          <Checkbox>{pick('已进行全过程记录', 'The whole process was recorded')}</Checkbox>
        </Form.Item>
      </Form>
    </Modal>
  );
}
