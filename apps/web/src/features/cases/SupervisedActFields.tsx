// 第九条（三）（四）: the enforcement act supervised, named as the agency's own documents name it,
// and what the investigation found. The notice and the decision print them; a finding of the
// wrong law (第十三条第一款第（二）项) also names the provision that should have applied.
import { DatePicker, Form, Input } from 'antd';
import type dayjs from 'dayjs';
import { shanghaiToday } from '../../lib/format';
import { useI18n } from '../../lib/i18n';

/** 第十三条第一款第（二）项: 适用法律、法规错误 */
export const WRONG_LAW = 'art13.1.2';

/** `groundsField`: the field holding the findings or grounds, to know whether the wrong law is among them */
export function SupervisedActFields({ groundsField }: { groundsField: 'findings' | 'grounds' }) {
  const { pick } = useI18n();
  const form = Form.useFormInstance();
  const grounds = (Form.useWatch(groundsField, form) as string[] | undefined) ?? [];
  const wrongLaw = grounds.includes(WRONG_LAW);
  const required = { required: true, whitespace: true };
  return (
    <fieldset className="act-fields" style={{ border: 0, padding: 0, margin: 0 }}>
      <legend style={{ fontWeight: 600, marginBottom: 8 }}>
        {pick('被监督的行政执法行为', 'The enforcement act supervised')}
      </legend>
      <Form.Item
        name={['act', 'name']}
        label={pick('行政执法行为', 'Act')}
        extra={pick(
          '如：作出行政处罚决定、实施现场检查',
          'What the agency did, e.g. “imposed a penalty”, in Chinese as the documents print it',
        )}
        rules={[required, { max: 60 }]}
      >
        <Input maxLength={60} />
      </Form.Item>
      <Form.Item name={['act', 'number']} label={pick('文书号', 'Document number')} rules={[{ max: 60 }]}>
        <Input
          maxLength={60}
          placeholder={pick('如：泽市监罚〔2026〕15号', 'As on the act’s own document')}
        />
      </Form.Item>
      <Form.Item
        name={['act', 'madeOn']}
        label={pick('作出日期', 'Date of the act')}
        rules={[{ required: true }]}
      >
        <DatePicker
          style={{ width: '100%' }}
          placeholder={pick('请选择日期', 'Choose a date')}
          disabledDate={(d: dayjs.Dayjs) => d.format('YYYY-MM-DD') > shanghaiToday()}
        />
      </Form.Item>
      <Form.Item
        name={['act', 'party']}
        label={pick('当事人（行政执法相对人）', 'Party to the act')}
        rules={[required, { max: 120 }]}
      >
        <Input maxLength={120} />
      </Form.Item>
      <Form.Item
        name={['act', 'provisionApplied']}
        label={pick('所适用的依据', 'Provision applied')}
        rules={[{ required: wrongLaw, whitespace: true }, { max: 300 }]}
      >
        <Input
          maxLength={300}
          placeholder={pick(
            '如：《中华人民共和国行政处罚法》第二十八条',
            'The law and article, as the act cites them',
          )}
        />
      </Form.Item>
      {wrongLaw && (
        <Form.Item
          name={['act', 'provisionCorrect']}
          label={pick(
            '应当适用的依据（第十三条第一款第（二）项）',
            'Provision that should apply (art. 13(1)(2))',
          )}
          rules={[required, { max: 300 }]}
        >
          <Input maxLength={300} />
        </Form.Item>
      )}
    </fieldset>
  );
}
