// The fields of a petition (第九条: 申请、投诉、举报), shared by the public form and staff entry.
import { Checkbox, DatePicker, Form, Input, Radio, Select } from 'antd';
import { api } from '../../lib/api';
import { shanghaiToday } from '../../lib/format';
import { useI18n } from '../../lib/i18n';
import { useLoad } from '../../lib/useLoad';
import { KINDS } from './labels';

export function PetitionFields() {
  const { pick } = useI18n();
  const agencies = useLoad(
    () => api.get<{ items: { id: string; name: string; regionName: string }[] }>('/public/agencies'),
    [],
  );
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
        </>
      )}
      <Form.Item
        name="agencyId"
        label={pick('被反映的行政执法机关', 'Enforcement agency concerned')}
        rules={[{ required: true }]}
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
