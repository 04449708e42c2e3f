// 2504 人员慢特病备案撤销 revoke a chronic/special-disease filing.
import { NoOutput } from './wire.ts';
import { FilingRevokeInput } from './2503.ts';
import { transaction } from './transaction.ts';

export const revokeChronicDisease = transaction({
  infno: '2504',
  name: '人员慢特病备案撤销',
  repeatable: false,
  input: FilingRevokeInput,
  output: NoOutput,
});

export const revokeFilingInput = (a: { filingSn: string; psnNo: string; memo?: string }) => ({
  data: { trt_dcla_detl_sn: a.filingSn, psn_no: a.psnNo, ...(a.memo ? { memo: a.memo } : {}) },
});

