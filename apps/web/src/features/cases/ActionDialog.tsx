// One dialog per step of the procedure. The buttons that open it come from the server's
// allowed actions; the server decides and, when the law refuses, the article is shown.

import { SERVICE_METHOD_LABELS } from '@jiandu/contracts';
import {
  App,
  AutoComplete,
  Checkbox,
  DatePicker,
  Descriptions,
  Form,
  Input,
  Modal,
  Radio,
  Select,
} from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { ProblemAlert } from '../../components/ProblemAlert';
import { api } from '../../lib/api';
import { shanghaiToday } from '../../lib/format';
import { useI18n } from '../../lib/i18n';
import { useLoad } from '../../lib/useLoad';
import { PreviewFrame, PreviewLink } from './DocumentPreview';
import { DECISIONS, GROUNDS } from './labels';
import { MeasureFields } from './MeasureFields';

export interface AllowedAction {
  type: string;
  label: { zh: string; en: string };
}

const DATE_FIELDS = ['deadline', 'receivedOn', 'servedOn', 'appliedOn', 'reportedOn'];
/** 审批意见: as long as the API takes (OPINION_MAX in the contracts) */
const OPINION_MAX = 500;

/** the drafted filing form, as the case holds it */
export interface DraftedFiling {
  proposal: 'file' | 'not_file' | 'transfer';
  reason: string;
  transferTo: string | null;
  caseName?: string;
}

const PROPOSALS = {
  file: ['立案', 'File'],
  not_file: ['不予立案', 'Do not file'],
  transfer: ['移交', 'Transfer'],
} as const;

/** 第九条（一）: the head reads the drafted form and the drafter's reason, then writes his or her own opinion */
function ApproveFiling({ caseId, filing }: { caseId: string; filing?: DraftedFiling | null }) {
  const { pick, paren } = useI18n();
  return (
    <>
      <PreviewFrame caseId={caseId} kind="filing_approval_form" title={pick('立案审批表', 'Filing form')} />
      {filing && (
        <Descriptions size="small" column={1} bordered style={{ marginBottom: 12 }}>
          <Descriptions.Item label={pick('拟办意见', 'Proposal')}>
            {pick(PROPOSALS[filing.proposal][0], PROPOSALS[filing.proposal][1])}
            {filing.transferTo ? paren(filing.transferTo) : ''}
          </Descriptions.Item>
          <Descriptions.Item label={pick('承办人理由', 'The drafter’s reason')}>
            <span data-testid="drafter-reason">{filing.reason}</span>
          </Descriptions.Item>
        </Descriptions>
      )}
      <Form.Item
        name="opinion"
        label={pick('审批意见（第九条第（一）项）', 'Your opinion (art. 9(1))')}
        extra={pick(
          '将印在立案审批表上，并署您的姓名和日期',
          'Printed on the form over your name and the date',
        )}
        rules={[{ required: true, whitespace: true }, { max: OPINION_MAX }]}
      >
        <Input.TextArea rows={3} maxLength={OPINION_MAX} showCount />
      </Form.Item>
    </>
  );
}

/** the notice as the dialog holds it so far, previewed before it is issued */
function NoticePreview({ caseId }: { caseId: string }) {
  const form = Form.useFormInstance();
  const findings = Form.useWatch('findings', form) as string[] | undefined;
  const deadline = Form.useWatch('deadline', form) as dayjs.Dayjs | undefined;
  const action = {
    type: 'issue_notice',
    findings: findings ?? [],
    ...(deadline ? { deadline: dayjs(deadline).format('YYYY-MM-DD') } : {}),
  };
  return <PreviewLink caseId={caseId} kind="supervision_notice" action={action} />;
}

function Fields({ type, caseId, filing }: { type: string; caseId: string; filing?: DraftedFiling | null }) {
  const { pick } = useI18n();
  const supervisors = useLoad(
    () => api.get<{ items: { id: string; displayName: string }[] }>(`/cases/${caseId}/supervisors`),
    [caseId],
    type === 'record_measure',
  );
  const others = useLoad(
    () => api.get<{ items: { id: string; title: string }[] }>('/cases', { limit: 200 }),
    [caseId],
    type === 'merge_duplicate',
  );
  const organisations = useLoad(
    () => api.get<{ items: { id: string; name: string }[] }>('/organisations'),
    [],
    type === 'draft_filing',
  );
  const grounds = (
    <Form.Item name="grounds" label={pick('所依据的情形', 'Grounds')} rules={[{ required: true }]}>
      <Select mode="multiple" options={GROUNDS.map(([value, zh, en]) => ({ value, label: pick(zh, en) }))} />
    </Form.Item>
  );
  // a day something was done (served, received, reported, applied) cannot be after today, in
  // Beijing; a deadline lies ahead and is left to the server's rule (after today)
  const date = (name: string, zh: string, en: string) => (
    <Form.Item name={name} label={pick(zh, en)} rules={[{ required: true }]}>
      <DatePicker
        style={{ width: '100%' }}
        placeholder={pick('请选择日期', 'Choose a date')}
        disabledDate={name === 'deadline' ? undefined : (d) => d.format('YYYY-MM-DD') > shanghaiToday()}
      />
    </Form.Item>
  );
  const text = (name: string, zh: string, en: string) => (
    <Form.Item name={name} label={pick(zh, en)} rules={[{ required: true }]}>
      <Input.TextArea rows={3} />
    </Form.Item>
  );
  switch (type) {
    case 'draft_filing':
      return (
        <>
          <Form.Item name="proposal" label={pick('拟办意见', 'Proposal')} initialValue="file">
            <Radio.Group
              options={[
                { value: 'file', label: pick('立案', 'File') },
                { value: 'not_file', label: pick('不予立案', 'Do not file') },
                { value: 'transfer', label: pick('移交（第十二条）', 'Transfer (art. 12)') },
              ]}
            />
          </Form.Item>
          {/* 第十二条: only a transfer names where it goes, an organisation known to the system or another */}
          <Form.Item noStyle shouldUpdate={(a, b) => a.proposal !== b.proposal}>
            {({ getFieldValue }) =>
              getFieldValue('proposal') === 'transfer' && (
                <Form.Item
                  name="transferTo"
                  label={pick('移交机关', 'Competent authority')}
                  rules={[{ required: true, message: pick('请填写移交机关', 'Name the authority') }]}
                >
                  <AutoComplete
                    placeholder={pick('请选择或填写', 'Choose or type')}
                    options={(organisations.data?.items ?? []).map((o) => ({ value: o.name }))}
                    filterOption={(input, o) => String(o?.value ?? '').includes(input)}
                  />
                </Form.Item>
              )
            }
          </Form.Item>
          {/* 案由: every document names the case by it; the petitioner's own words never leave the organ */}
          <Form.Item
            name="caseName"
            label={pick('案由', 'Case name')}
            extra={pick(
              '以被监督机关和行政执法行为表述，如“某局对某店罚款未出具法定票据案”；不得照录来件原文',
              'Name the agency and the act, e.g. “the bureau’s fine without a lawful receipt”; not the petitioner’s words',
            )}
            rules={[{ required: true }, { max: 120 }]}
          >
            <Input maxLength={120} />
          </Form.Item>
          {text('reason', '理由', 'Reason')}
        </>
      );
    case 'merge_duplicate':
      return (
        <Form.Item
          name="duplicateOf"
          label={pick('原件（同一事项先登记的案件）', 'The original case')}
          rules={[{ required: true }]}
        >
          <Select
            showSearch
            optionFilterProp="label"
            options={(others.data?.items ?? [])
              .filter((c) => c.id !== caseId)
              .map((c) => ({ value: c.id, label: c.title }))}
          />
        </Form.Item>
      );
    case 'return_filing':
    case 'reject_handling':
      return text('reason', '理由', 'Reason');
    case 'record_measure':
      return <MeasureFields supervisors={supervisors.data?.items ?? []} />;
    case 'request_assistance':
      return (
        <>
          <Form.Item
            name="unit"
            label={pick('被请求协助的单位', 'Unit asked to assist')}
            rules={[{ required: true }]}
          >
            <Input />
          </Form.Item>
          {text('matter', '协助事项', 'Matter')}
        </>
      );
    case 'conclude_lawful':
      return text('finding', '调查核实结论', 'Finding');
    case 'approve_filing':
      return <ApproveFiling caseId={caseId} filing={filing} />;
    case 'approve_decision':
      return <PreviewLink caseId={caseId} kind="supervision_decision" />;
    case 'issue_notice':
      return (
        <>
          <Form.Item
            name="findings"
            label={pick('发现的违法或者不当情形', 'Findings')}
            rules={[{ required: true }]}
          >
            <Select
              mode="multiple"
              options={GROUNDS.map(([value, zh, en]) => ({ value, label: pick(zh, en) }))}
            />
          </Form.Item>
          {date('deadline', '处理期限', 'Deadline')}
          <NoticePreview caseId={caseId} />
        </>
      );
    case 'report_handling':
      return (
        <>
          {date('receivedOn', '报告日期', 'Date of the report')}
          <Form.Item name="written" valuePropName="checked" initialValue={true}>
            <Checkbox>{pick('书面报告（第十三条第二款）', 'In writing (art. 13(2))')}</Checkbox>
          </Form.Item>
        </>
      );
    case 'draft_decision':
      return (
        <>
          <Form.Item name="kind" label={pick('决定种类', 'Kind of decision')} rules={[{ required: true }]}>
            <Select
              options={Object.entries(DECISIONS).map(([value, l]) => ({ value, label: pick(l[0], l[1]) }))}
            />
          </Form.Item>
          {grounds}
          {/* 第十三条: an order to correct says which — 补正 or 改正 — not both */}
          <Form.Item noStyle shouldUpdate={(a, b) => a.kind !== b.kind}>
            {({ getFieldValue }) =>
              getFieldValue('kind') === 'order_correction' && (
                <Form.Item
                  name="remedy"
                  label={pick('责令补正还是改正', 'Supplement or correct')}
                  rules={[{ required: true }]}
                >
                  <Radio.Group
                    options={[
                      { value: 'supplement', label: pick('补正', 'Supplement') },
                      { value: 'correct', label: pick('改正', 'Correct') },
                    ]}
                  />
                </Form.Item>
              )
            }
          </Form.Item>
          <Form.Item name="deadline" label={pick('履行期限（责令类决定）', 'Deadline (orders)')}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="statement" label={pick('查明的事实（经查）', 'Facts found')}>
            <Input.TextArea rows={4} maxLength={2000} showCount />
          </Form.Item>
        </>
      );
    case 'serve_decision':
      return (
        <>
          <Form.Item name="method" label={pick('送达方式', 'Method of service')} initialValue="direct">
            <Select
              options={Object.entries(SERVICE_METHOD_LABELS).map(([value, l]) => ({
                value,
                label: pick(l.zh, l.en),
              }))}
            />
          </Form.Item>
          {date('servedOn', '送达日期', 'Served on')}
          {date('receivedOn', '签收日期（送达回证）', 'Received on (service receipt)')}
        </>
      );
    case 'apply_review':
      return date('appliedOn', '申请日期', 'Applied on');
    case 'decide_review':
      return (
        <>
          <Form.Item name="outcome" label={pick('复查结论', 'Outcome')} initialValue="upheld">
            <Radio.Group
              options={[
                { value: 'upheld', label: pick('维持', 'Upheld') },
                { value: 'changed', label: pick('变更', 'Changed') },
                { value: 'revoked', label: pick('撤销', 'Revoked') },
              ]}
            />
          </Form.Item>
          <Form.Item name="kind" label={pick('变更后的决定种类', 'New kind (if changed)')}>
            <Select
              allowClear
              options={Object.entries(DECISIONS).map(([value, l]) => ({ value, label: pick(l[0], l[1]) }))}
            />
          </Form.Item>
          <Form.Item name="grounds" label={pick('变更后的情形', 'New grounds (if changed)')}>
            <Select
              mode="multiple"
              options={GROUNDS.map(([value, zh, en]) => ({ value, label: pick(zh, en) }))}
            />
          </Form.Item>
          {/* 第十条第二款: review does not stop execution; annulling an executed decision says what becomes of it */}
          <Form.Item
            name="afterExecution"
            label={pick(
              '决定已执行的，对已执行部分的处理（撤销时填写）',
              'What becomes of the execution (if revoked after it)',
            )}
          >
            <Input.TextArea rows={2} />
          </Form.Item>
        </>
      );
    case 'report_execution':
      return date('reportedOn', '执行报告日期', 'Reported on');
    case 'close':
      return text('note', '结案说明', 'Note');
    default:
      return null;
  }
}

export function ActionDialog(props: {
  caseId: string;
  version: number;
  action: AllowedAction;
  /** the drafted filing form, shown to the head who approves it */
  filing?: DraftedFiling | null;
  onClose(): void;
  onDone(next: unknown): void;
}) {
  const { pick } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function submit() {
    const values = await form.validateFields();
    const action: Record<string, unknown> = { type: props.action.type };
    for (const [k, v] of Object.entries(values)) {
      if (v === undefined || v === null || v === '') continue;
      action[k] = DATE_FIELDS.includes(k) ? dayjs(v as dayjs.Dayjs).format('YYYY-MM-DD') : v;
    }
    setBusy(true);
    setError(null);
    try {
      const next = await api.post(`/cases/${props.caseId}/actions`, { version: props.version, action });
      message.success(pick('已办理', 'Done'));
      props.onDone(next);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal
      open
      title={pick(props.action.label.zh, props.action.label.en)}
      okText={pick('确定', 'Confirm')}
      onOk={submit}
      confirmLoading={busy}
      onCancel={props.onClose}
      destroyOnHidden
      // the approval shows the drafted form itself
      width={props.action.type === 'approve_filing' ? 820 : undefined}
    >
      <ProblemAlert error={error} style={{ marginBottom: 12 }} />
      <Form form={form} layout="vertical" initialValues={{ [DATE_FIELDS[0]]: undefined }}>
        <Fields type={props.action.type} caseId={props.caseId} filing={props.filing} />
      </Form>
    </Modal>
  );
}
