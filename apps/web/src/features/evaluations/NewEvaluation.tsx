// Setting up a case-file evaluation: the agencies, the period, how many files each, and who
// reviews, and the rubric (the default, or edited here); the draw comes next.
import type { EvaluationCandidates as Candidates, EvaluationCreated } from '@jiandu/contracts';
import { Collapse, DatePicker, Form, Input, InputNumber, Modal, Radio } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { ProblemAlert } from '../../components/ProblemAlert';
import { Select, useChoiceRule } from '../../components/Select';
import { api } from '../../lib/api';
import { useI18n } from '../../lib/i18n';
import { useLoad } from '../../lib/useLoad';
import { RubricEditor, rubricInput } from './RubricEditor';
import type { Rubric } from './types';

export function NewEvaluation({ onClose, onDone }: { onClose(): void; onDone(id: string): void }) {
  const { pick, paren } = useI18n();
  const choice = useChoiceRule();
  const [form] = Form.useForm();
  const [error, setError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  const c = useLoad(() => api.get<Candidates>('/evaluations/candidates'), []);
  // null: the default rubric, unchanged
  const [rubric, setRubric] = useState<Rubric | null>(null);
  const submit = async (v: {
    title: string;
    period: [Dayjs, Dayjs];
    agencyIds: string[];
    filesPerAgency: number;
    reviewersPerFile: 1 | 2;
    reviewerIds: string[];
  }) => {
    setSaving(true);
    setError(null);
    try {
      const r = await api.post<EvaluationCreated>('/evaluations', {
        title: v.title,
        periodFrom: v.period[0].format('YYYY-MM-DD'),
        periodTo: v.period[1].format('YYYY-MM-DD'),
        agencyIds: v.agencyIds,
        filesPerAgency: v.filesPerAgency,
        reviewersPerFile: v.reviewersPerFile,
        reviewerIds: v.reviewerIds,
        ...(rubric ? { rubric: rubricInput(rubric) } : {}),
      });
      onDone(r.id);
    } catch (e) {
      setError(e);
    } finally {
      setSaving(false);
    }
  };
  return (
    <Modal
      open
      title={pick('设立评查活动', 'Set up an evaluation')}
      okText={pick('设立', 'Set up')}
      onOk={() => form.submit()}
      confirmLoading={saving}
      onCancel={onClose}
      width={820}
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ filesPerAgency: 5, reviewersPerFile: 2 }}
      >
        <Form.Item name="title" label={pick('名称', 'Title')} rules={[{ required: true }]}>
          <Input maxLength={100} placeholder="2026年度行政处罚案卷评查" />
        </Form.Item>
        <Form.Item
          name="period"
          label={pick('评查期间（执法决定日期）', 'Period (decision dates)')}
          rules={[{ required: true }]}
        >
          <DatePicker.RangePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item
          name="agencyIds"
          label={pick('被评查机关', 'Agencies')}
          rules={[choice('被评查机关', 'the agencies')]}
        >
          <Select
            mode="multiple"
            loading={c.loading}
            optionFilterProp="label"
            options={(c.data?.agencies ?? []).map((a) => ({
              value: a.id,
              label: `${a.name}${paren(a.acts)}`,
            }))}
          />
        </Form.Item>
        <Form.Item
          name="filesPerAgency"
          label={pick('每个机关抽取案卷数', 'Files per agency')}
          rules={[{ required: true }]}
        >
          <InputNumber min={1} max={100} />
        </Form.Item>
        <Form.Item
          name="reviewerIds"
          label={pick('评查人员', 'Reviewers')}
          rules={[choice('评查人员', 'the reviewers')]}
          extra={pick('不会分配评查本单位的案卷（回避）', 'Nobody is given a file of their own agency')}
        >
          <Select
            mode="multiple"
            loading={c.loading}
            optionFilterProp="label"
            options={(c.data?.reviewers ?? []).map((r) => ({
              value: r.id,
              label: `${r.name} · ${r.organisation}`,
            }))}
          />
        </Form.Item>
        <Form.Item name="reviewersPerFile" label={pick('每份案卷评查人数', 'Reviewers per file')}>
          <Radio.Group
            options={[
              { value: 2, label: pick('两人独立评分', 'Two, independently') },
              { value: 1, label: pick('一人', 'One') },
            ]}
          />
        </Form.Item>
      </Form>
      {c.data && (
        <Collapse
          size="small"
          items={[
            {
              key: 'rubric',
              label: rubric
                ? pick('评查标准（已修改）', 'Rubric (edited)')
                : pick('评查标准（默认）', 'Rubric (default)'),
              children: <RubricEditor value={rubric ?? c.data.rubric} onChange={setRubric} />,
            },
          ]}
        />
      )}
      <ProblemAlert error={error ?? c.error} />
    </Modal>
  );
}
