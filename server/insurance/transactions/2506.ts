// 2506 人员定点备案撤销 revoke a person designation filing.
import { FilingRevokeInput } from './2503.ts';
import { NoOutput } from './wire.ts';
import { transaction } from './transaction.ts';

export const revokeDesignation = transaction({
  infno: '2506',
  name: '人员定点备案撤销',
  repeatable: false,
  input: FilingRevokeInput,
  output: NoOutput,
});
