// An administrator loads a year's State Council holiday notice: one day per line,
// "2027-01-01,holiday,元旦" or "2027-02-07,adjusted_workday,春节". Deadlines running into the
// year stop being provisional once it is loaded.
import { Button, Form, Input, InputNumber, Modal } from 'antd';
import { useState } from 'react';
import { ProblemAlert } from '../../components/ProblemAlert';
import { api } from '../../lib/api';
import { useI18n } from '../../lib/i18n';

export function parseDays(text: string) {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l) => {
      const [date, kind, name, nameEn] = l.split(/[,，]/).map((x) => x.trim());
      return { date, kind, name, nameEn: nameEn ?? '' };
    });
}

export function LoadYear({ onDone }: { onDone(): void }) {
  const { pick } = useI18n();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [form] = Form.useForm();
  return (
    <>
      <Button onClick={() => setOpen(true)}>{pick('载入年度放假安排', 'Load a year’s holidays')}</Button>
      {open && (
        <Modal
          open
          width={640}
          title={pick('载入国务院年度放假通知', 'Load the State Council holiday notice for a year')}
          onCancel={() => setOpen(false)}
          onOk={async () => {
            const v = await form.validateFields();
            setError(null);
            try {
              await api.put(`/calendar/years/${v.year}`, { notice: v.notice, days: parseDays(v.days ?? '') });
              setOpen(false);
              onDone();
            } catch (e) {
              setError(e);
            }
          }}
        >
          <ProblemAlert error={error} style={{ marginBottom: 12 }} />
          <Form form={form} layout="vertical" initialValues={{ year: new Date().getFullYear() + 1 }}>
            <Form.Item name="year" label={pick('年度', 'Year')} rules={[{ required: true }]}>
              <InputNumber min={1990} max={2200} />
            </Form.Item>
            <Form.Item
              name="notice"
              label={pick('通知名称及文号', 'Notice and number')}
              rules={[{ required: true }]}
            >
              <Input placeholder="国务院办公厅关于2027年部分节假日安排的通知（国办发明电〔2026〕X号）" />
            </Form.Item>
            <Form.Item
              name="days"
              label={pick(
                '放假及调休日期（每行：日期,holiday或adjusted_workday,名称）',
                'Days (one per line: date,holiday|adjusted_workday,name)',
              )}
            >
              <Input.TextArea
                rows={8}
                placeholder={
                  '2027-01-01,holiday,元旦\n2027-02-06,holiday,春节\n2027-02-14,adjusted_workday,春节'
                }
              />
            </Form.Item>
          </Form>
        </Modal>
      )}
    </>
  );
}
