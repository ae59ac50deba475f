// A workbook answered by the API, read as text: each sheet's rows, dates as YYYY-MM-DD.
import ExcelJS from 'exceljs';

export async function readWorkbook(payload: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(payload as unknown as ArrayBuffer);
  return (name: string) => {
    const out: string[][] = [];
    wb.getWorksheet(name)!.eachRow((r) =>
      out.push(
        (r.values as unknown[])
          .slice(1)
          .map((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v ?? ''))),
      ),
    );
    return out;
  };
}
