// One dialog per step of the procedure. The buttons that open it come from the server's
// allowed actions; the server decides and, when the law refuses, the article is shown.

import {
  type CaseFactsStaff,
  type CaseList,
  type CaseSupervisors,
  type CaseViewAnswer,
  OPINION_MAX,
  type OrganisationList,
  SERVICE_METHOD_LABELS,
} from '@jiandu/contracts';
import {
  Alert,
  App,
  AutoComplete,
  Checkbox,
  DatePicker,
  Descriptions,
  Form,
  Input,
  Modal,
  Radio,
} from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { ProblemAlert } from '../../components/ProblemAlert';
import { Select, useChoiceRule } from '../../components/Select';
import { api } from '../../lib/api';
import { shanghaiToday } from '../../lib/format';
import { useI18n } from '../../lib/i18n';
import { useLoad } from '../../lib/useLoad';
import { PreviewFrame, PreviewLink } from './DocumentPreview';
import { DECISIONS, GROUNDS } from './labels';
import { MeasureFields } from './MeasureFields';
import { SupervisedActFields } from './SupervisedActFields';

export type AllowedAction = CaseViewAnswer['allowedActions'][number];

/** what the dialogs need of the case: the act and the notice, and for the organ's staff the drafted or returned form */
type CaseFactsView = CaseViewAnswer['facts'];
/** the agency's view holds no filing: the draft is the organ's own */
const staffFacts = (facts?: CaseFactsView | null): CaseFactsStaff | null =>
  facts && 'filing' in facts ? facts : null;

/** the form's values as the API takes them: dates as YYYY-MM-DD, blanks left out, at any depth */
export function toAction(type: string, values: Record<string, unknown>): Record<string, unknown> {
  const clean = (v: unknown): unknown => {
    if (dayjs.isDayjs(v)) return v.format('YYYY-MM-DD');
    if (Array.isArray(v)) return v.map(clean);
    if (v && typeof v === 'object') {
      const out: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(v)) {
        const c = clean(x);
        if (c !== undefined && c !== null && c !== '') out[k] = c;
      }
      return out;
    }
    return v;
  };
  const out = clean(values) as Record<string, unknown>;
  // 行政执法监督条例第四十二条第二款: the problems are written one a line
  if (typeof out.problems === 'string')
    out.problems = out.problems
      .split('\n')
      .map((p) => p.trim())
      .filter(Boolean);
  return { ...out, type };
}

/** the values a dialog opens with: a returned form's draft, the act the notice named */
function initialValues(type: string, facts?: CaseFactsView | null): Record<string, unknown> {
  if (type === 'draft_filing') {
    const d = staffFacts(facts)?.filingReturned?.draft;
    return d ? { ...d, transferTo: d.transferTo ?? undefined } : { proposal: 'file' };
  }
  if (type === 'draft_decision' && facts)
    return {
      act: facts.act ? { ...facts.act, madeOn: dayjs(facts.act.madeOn) } : undefined,
      statement: facts.notice?.found ?? undefined,
    };
  return {};
}

/** the step as its dialog holds it so far, previewed before it is taken */
function StepPreview({ caseId, type, kind }: { caseId: string; type: string; kind: string }) {
  const form = Form.useFormInstance();
  const values = (Form.useWatch((v) => v, form) ?? {}) as Record<string, unknown>;
  return <PreviewLink caseId={caseId} kind={kind} action={toAction(type, values)} />;
}

/** 第九条（一）: a form the head returned is drafted again in answer to the head's reason */
function Returned({ returned }: { returned: NonNullable<CaseFactsStaff['filingReturned']> }) {
  const { pick } = useI18n();
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 12 }}
      data-testid="returned-reason"
      message={pick(`负责人于${returned.on}退回了立案审批表`, `The head returned the form on ${returned.on}`)}
      description={`${pick('退回理由：', 'Reason: ')}${returned.opinion}`}
    />
  );
}

const PROPOSALS = {
  file: ['立案', 'File'],
  not_file: ['不予立案', 'Do not file'],
  transfer: ['移交', 'Transfer'],
} as const;

/** 第九条（一）: the head reads the drafted form and the drafter's reason, then writes his or her own opinion */
function ApproveFiling({ caseId, filing }: { caseId: string; filing?: CaseFactsStaff['filing'] }) {
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

function Fields({ type, caseId, facts }: { type: string; caseId: string; facts?: CaseFactsView | null }) {
  const { pick } = useI18n();
  const staff = staffFacts(facts);
  const choice = useChoiceRule();
  const supervisors = useLoad(
    () => api.get<CaseSupervisors>(`/cases/${caseId}/supervisors`),
    [caseId],
    type === 'record_measure',
  );
  const others = useLoad(
    () => api.get<CaseList>('/cases', { limit: 200 }),
    [caseId],
    type === 'merge_duplicate',
  );
  const organisations = useLoad(
    () => api.get<OrganisationList>('/organisations'),
    [],
    type === 'draft_filing',
  );
  const grounds = (
    <Form.Item
      name="grounds"
      label={pick('所依据的情形', 'Grounds')}
      rules={[choice('所依据的情形', 'the grounds')]}
    >
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
  // 经调查核实查明的事实, as the notice or the letter to the higher department states it
  const found = (zh: string, en: string) => (
    <Form.Item
      name="found"
      label={pick('调查核实查明的事实', 'What the investigation found')}
      extra={pick(zh, en)}
      rules={[{ required: true, whitespace: true }, { max: 2000 }]}
    >
      <Input.TextArea rows={4} maxLength={2000} showCount />
    </Form.Item>
  );
  switch (type) {
    case 'draft_filing':
      return (
        <>
          {staff?.filingReturned && <Returned returned={staff.filingReturned} />}
          <Form.Item name="proposal" label={pick('拟办意见', 'Proposal')}>
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
          rules={[choice('原件', 'the original case')]}
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
      return <ApproveFiling caseId={caseId} filing={staff?.filing} />;
    case 'approve_decision':
      return <PreviewLink caseId={caseId} kind="supervision_decision" />;
    case 'issue_notice':
      return (
        <>
          <Form.Item
            name="findings"
            label={pick('发现的违法或者不当情形', 'Findings')}
            rules={[choice('发现的违法或者不当情形', 'the findings')]}
          >
            <Select
              mode="multiple"
              options={GROUNDS.map(([value, zh, en]) => ({ value, label: pick(zh, en) }))}
            />
          </Form.Item>
          <SupervisedActFields groundsField="findings" />
          {found(
            '以本机关的语言写明，称被监督机关为“你单位”；不照录来件原文',
            'In the organ’s words, addressing the agency directly; not the petitioner’s words',
          )}
          {date('deadline', '处理期限', 'Deadline')}
          <StepPreview caseId={caseId} type="issue_notice" kind="supervision_notice" />
        </>
      );
    case 'inform_higher_department':
      return (
        <>
          <SupervisedActFields groundsField="findings" />
          {found('以本机关的语言写明；不照录来件原文', 'In the organ’s words; not the petitioner’s words')}
          <Form.Item
            name="problems"
            label={pick('发现的问题（每行一项）', 'Problems found (one a line)')}
            extra={pick(
              '依《行政执法监督条例》第四十二条第二款告知其上一级主管部门',
              'Told to its higher competent department under Art. 42(2) of the Supervision Regulation',
            )}
            rules={[{ required: true, whitespace: true }]}
          >
            <Input.TextArea rows={4} />
          </Form.Item>
          <StepPreview caseId={caseId} type="inform_higher_department" kind="higher_department_letter" />
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
          <Form.Item
            name="kind"
            label={pick('决定种类', 'Kind of decision')}
            rules={[choice('决定种类', 'the kind of decision')]}
          >
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
          <SupervisedActFields groundsField="grounds" />
          <StepPreview caseId={caseId} type="draft_decision" kind="supervision_decision" />
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
          <Form.Item name="place" label={pick('送达地点', 'Place of service')} rules={[{ max: 120 }]}>
            <Input
              maxLength={120}
              placeholder={pick('如：泽州县市场监督管理局办公室', 'Where it was handed over')}
            />
          </Form.Item>
          {date('servedOn', '送达日期', 'Served on')}
          {date('receivedOn', '签收日期（送达回证）', 'Received on (service receipt)')}
          <Form.Item name="signedReturn" valuePropName="checked">
            <Checkbox>
              {pick(
                '依受送达人签名并注明日期的送达回证登记',
                'Recorded from the receipt the recipient signed and dated',
              )}
            </Checkbox>
          </Form.Item>
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
  /** the case's facts a dialog shows or starts from (the drafted form, the act named) */
  facts?: CaseFactsView | null;
  onClose(): void;
  onDone(next: unknown): void;
}) {
  const { pick } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function submit() {
    const action = toAction(props.action.type, await form.validateFields());
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
      width={
        props.action.type === 'approve_filing'
          ? 820
          : ['issue_notice', 'draft_decision', 'inform_higher_department'].includes(props.action.type)
            ? 680
            : undefined
      }
    >
      <ProblemAlert error={error} style={{ marginBottom: 12 }} />
      <Form form={form} layout="vertical" initialValues={initialValues(props.action.type, props.facts)}>
        <Fields type={props.action.type} caseId={props.caseId} facts={props.facts} />
      </Form>
    </Modal>
  );
}
