// 第七条, 第九条（二）: a measure as it was taken — its kind, the supervisors present, the day
// (not after today, not before the filing was approved: the server says so citing the article),
// the place where it was taken somewhere, and the persons questioned or present.
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, DatePicker, Form, Input, Space } from 'antd';
import dayjs from 'dayjs';
import { Select, useChoiceRule } from '../../components/Select';
import { shanghaiToday } from '../../lib/format';
import { useI18n } from '../../lib/i18n';
import { MEASURES } from './labels';

/** the kinds taken somewhere in particular (询问, 实地调查, 听证): the place is asked */
const WITH_PLACE = ['inquiry', 'site_investigation', 'hearing'];

export function MeasureFields({ supervisors }: { supervisors: { id: string; displayName: string }[] }) {
  const { pick } = useI18n();
  const choice = useChoiceRule();
  const kind = Form.useWatch('kind') as string | undefined;
  const inquiry = kind === 'inquiry';
  return (
    <>
      <Form.Item
        name="kind"
        label={pick('措施（第七条）', 'Measure (art. 7)')}
        rules={[choice('措施', 'the measure')]}
      >
        <Select
          id="kind"
          options={Object.entries(MEASURES).map(([value, l]) => ({ value, label: pick(l[0], l[1]) }))}
        />
      </Form.Item>
      <Form.Item
        name="supervisorIds"
        label={pick('参加的监督人员（不少于二人）', 'Supervisors taking part (at least two)')}
        rules={[choice('参加的监督人员', 'the supervisors taking part')]}
      >
        <Select mode="multiple" options={supervisors.map((s) => ({ value: s.id, label: s.displayName }))} />
      </Form.Item>
      {/* held as YYYY-MM-DD, the day in Beijing; a day to come cannot be chosen */}
      <Form.Item
        name="on"
        label={pick('采取措施的日期', 'Day the measure was taken')}
        initialValue={shanghaiToday()}
        getValueProps={(v?: string) => ({ value: v ? dayjs(v) : undefined })}
        normalize={(d?: dayjs.Dayjs | null) => (d ? d.format('YYYY-MM-DD') : undefined)}
        rules={[{ required: true, message: pick('请选择采取措施的日期', 'Choose the day of the measure') }]}
      >
        <DatePicker
          id="on"
          style={{ width: '100%' }}
          placeholder={pick('请选择日期', 'Choose a date')}
          disabledDate={(d) => d.format('YYYY-MM-DD') > shanghaiToday()}
        />
      </Form.Item>
      <Form.Item
        name="place"
        label={pick('地点', 'Place')}
        rules={[
          {
            required: WITH_PLACE.includes(kind ?? ''),
            whitespace: true,
            message: pick('请填写采取措施的地点', 'Say where the measure was taken'),
          },
          { max: 200 },
        ]}
      >
        <Input
          id="place"
          maxLength={200}
          placeholder={pick('如：某局三楼会议室', 'e.g. the bureau’s meeting room')}
        />
      </Form.Item>
      <Form.Item
        label={
          inquiry
            ? pick('被询问人（第七条第（三）项）', 'Persons questioned (art. 7(3))')
            : pick('在场人员', 'Persons present')
        }
        required={inquiry}
      >
        <Form.List
          name="persons"
          rules={[
            {
              validator: async (_, persons?: unknown[]) => {
                if (inquiry && !persons?.length)
                  throw new Error(pick('询问须写明被询问人', 'Name the persons questioned'));
              },
            },
          ]}
        >
          {(fields, { add, remove }, { errors }) => (
            <>
              {fields.map((f) => (
                <Space key={f.key} align="baseline" wrap style={{ display: 'flex', marginBottom: 4 }}>
                  <Form.Item
                    name={[f.name, 'name']}
                    rules={[
                      { required: true, whitespace: true, message: pick('请填写姓名', 'Give the name') },
                    ]}
                    style={{ marginBottom: 4 }}
                  >
                    <Input
                      placeholder={pick('姓名', 'Name')}
                      maxLength={60}
                      aria-label={pick('姓名', 'Name')}
                    />
                  </Form.Item>
                  <Form.Item
                    name={[f.name, 'role']}
                    rules={[
                      {
                        required: true,
                        whitespace: true,
                        message: pick('请填写身份或单位', 'Give the role or unit'),
                      },
                    ]}
                    style={{ marginBottom: 4 }}
                  >
                    <Input
                      placeholder={pick('身份或单位，如：执法人员', 'Role or unit, e.g. officer')}
                      maxLength={120}
                      aria-label={pick('身份或单位', 'Role or unit')}
                    />
                  </Form.Item>
                  <Button
                    type="text"
                    icon={<DeleteOutlined />}
                    onClick={() => remove(f.name)}
                    aria-label={pick('删除此人', 'Remove this person')}
                  />
                </Space>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ name: '', role: '' })}>
                {pick('添加人员', 'Add a person')}
              </Button>
              <Form.ErrorList errors={errors} />
            </>
          )}
        </Form.List>
      </Form.Item>
      <Form.Item name="summary" label={pick('情况记录', 'Record')} rules={[{ required: true }]}>
        <Input.TextArea id="summary" rows={3} />
      </Form.Item>
    </>
  );
}
