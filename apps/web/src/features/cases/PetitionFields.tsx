// The fields of a petition (第九条: 申请、投诉、举报), shared by the public form and staff entry.
import type { PublicAgencies } from '@jiandu/contracts';
import { Alert, Checkbox, DatePicker, Form, Input, Radio } from 'antd';
import { Select, useChoiceRule } from '../../components/Select';
import { api } from '../../lib/api';
import { shanghaiToday } from '../../lib/format';
import { useI18n } from '../../lib/i18n';
import { useLoad } from '../../lib/useLoad';
import { KINDS } from './labels';

/**
 * 第九条, 举报人保密: beside the name and phone, who sees them and what for. Whole only to the organ
 * handling the case, masked to other staff whose jurisdiction covers it, never to the agency
 * concerned; kept with the case file (no period of deletion is set, so none is stated).
 */
export function PrivacyNotice({ staff }: { staff?: boolean }) {
  const { pick } = useI18n();
  return (
    <Alert
      type="info"
      showIcon
      style={{ marginBottom: 16 }}
      data-testid="privacy-notice"
      title={pick('个人信息说明', 'About personal details')}
      description={
        staff
          ? pick(
              '来件人的姓名和电话仅供本机关办理本件、联系来件人使用；上级监督机关工作人员只能看到遮蔽后的信息；系统从不向被反映的行政执法机关显示来件人的身份和来件内容。信息随本件案卷保存。',
              'The petitioner’s name and phone serve this organ only, to handle the matter and reach the petitioner; staff of higher organs see them partly masked; the agency concerned is never shown who petitioned or what they wrote. They are kept with the case file.',
            )
          : pick(
              '您填写的姓名和联系电话，仅供受理本件的行政执法监督机关办理本件、与您联系时使用；上级监督机关工作人员只能看到遮蔽后的信息。这些信息和您反映的内容不会提供给被投诉、举报的行政执法机关，举报人依法受到保密保护。信息随本件案卷保存。',
              'Your name and phone are used only by the supervision organ handling this matter, to handle it and to contact you; staff of higher supervision organs see them partly masked. Neither they nor what you write are given to the enforcement agency concerned; a reporter’s identity is protected by law. They are kept with the case file.',
            )
      }
    />
  );
}

export function PetitionFields({ staff }: { staff?: boolean } = {}) {
  const { pick } = useI18n();
  const choice = useChoiceRule();
  const agencies = useLoad(() => api.get<PublicAgencies>('/public/agencies'), []);
  const kind = Form.useWatch('kind');
  const anonymous = Form.useWatch('anonymous');
  return (
    <>
      <Form.Item
        name="kind"
        label={pick('类别', 'Kind')}
        initialValue="complaint"
        rules={[{ required: true }]}
      >
        <Radio.Group
          options={Object.entries(KINDS).map(([value, l]) => ({ value, label: pick(l[0], l[1]) }))}
        />
      </Form.Item>
      {kind === 'report' && (
        <Form.Item name="anonymous" valuePropName="checked" initialValue={false}>
          <Checkbox>{pick('匿名举报', 'Report anonymously')}</Checkbox>
        </Form.Item>
      )}
      {!anonymous && (
        <>
          <Form.Item
            name="petitionerName"
            label={pick('姓名或单位名称', 'Name or organisation')}
            rules={[{ required: true }]}
          >
            <Input id="petitionerName" />
          </Form.Item>
          <Form.Item
            name="petitionerPhone"
            label={pick('联系电话', 'Phone')}
            rules={[
              {
                pattern: /^[0-9+\-() ]{5,20}$/,
                message: pick('请填写有效的电话号码', 'Give a phone number'),
              },
            ]}
          >
            <Input id="petitionerPhone" inputMode="tel" autoComplete="tel" />
          </Form.Item>
          <PrivacyNotice staff={staff} />
        </>
      )}
      <Form.Item
        name="agencyId"
        label={pick('被反映的行政执法机关', 'Enforcement agency concerned')}
        rules={[choice('被反映的行政执法机关', 'the enforcement agency concerned')]}
      >
        <Select
          id="agencyId"
          showSearch
          optionFilterProp="label"
          loading={agencies.loading}
          options={(agencies.data?.items ?? []).map((a) => ({ value: a.id, label: a.name }))}
        />
      </Form.Item>
      <Form.Item name="occurredOn" label={pick('发生日期', 'Date it happened')}>
        {/* a day that has not come yet cannot be when it happened; today is the Beijing day */}
        <DatePicker
          style={{ width: '100%' }}
          placeholder={pick('请选择日期', 'Choose a date')}
          disabledDate={(d) => d.format('YYYY-MM-DD') > shanghaiToday()}
        />
      </Form.Item>
      <Form.Item name="summary" label={pick('反映的问题', 'What happened')} rules={[{ required: true }]}>
        <Input.TextArea id="summary" rows={5} maxLength={4000} showCount />
      </Form.Item>
    </>
  );
}

export function petitionBody(values: Record<string, unknown>) {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(values)) {
    if (v === undefined || v === null || v === '') continue;
    out[k] = k === 'occurredOn' ? (v as { format(f: string): string }).format('YYYY-MM-DD') : v;
  }
  return out;
}
