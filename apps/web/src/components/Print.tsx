// Printing a page as a record: a heading seen only on paper (the organ, the page's title, the
// date printed, Asia/Shanghai) and a button that prints.
import { PrinterOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useAuth } from '../app/AuthContext';
import { shanghaiToday } from '../lib/format';
import { useI18n } from '../lib/i18n';

export function PrintHeader({ title }: { title: string }) {
  const { me } = useAuth();
  const { pick } = useI18n();
  const [y, m, d] = shanghaiToday().split('-').map(Number);
  return (
    <div className="print-only print-header" data-testid="print-header">
      <div>{pick(me?.organisation.name, me?.organisation.nameEn)}</div>
      <h1>{title}</h1>
      <div>{pick(`打印日期：${y}年${m}月${d}日`, `Printed ${shanghaiToday()}`)}</div>
    </div>
  );
}

export function PrintButton() {
  const { pick } = useI18n();
  return (
    <Button
      icon={<PrinterOutlined />}
      onClick={() => window.print()}
      className="no-print"
      data-testid="print"
    >
      {pick('打印', 'Print')}
    </Button>
  );
}
