// 第九条（三）: what a notice names besides its findings — the act supervised and what the
// investigation found — for the tests that issue one through the API.
export const NOTICE_FACTS = {
  act: {
    name: '实施行政检查',
    number: '泽市监检〔2024〕21号',
    madeOn: '2024-08-20',
    party: '泽州县便民超市',
  },
  found: '该局执法人员实施检查时未出示行政执法证件。',
};
