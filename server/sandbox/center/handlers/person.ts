// 1101 person info.
import { fenToYuan } from '../../../insurance/money.ts';
import type { Handler } from '../context.ts';
import { refuse } from '../refusal.ts';
import { ageOn, credentialPerson } from './common.ts';

export const personInfo: Handler = async (call) => {
  const d = call.input.data;
  const { person: p } = await credentialPerson(call, d.mdtrt_cert_type, d.mdtrt_cert_no, d.card_sn);
  if (d.psn_name && d.psn_name !== p.name) refuse('证件号码与姓名不符');
  if (p.status === 'deceased') refuse('人员已死亡，不能办理医保业务');
  return {
    output: {
      baseinfo: {
        psn_no: p.psn_no,
        psn_cert_type: p.cert_type,
        certno: p.certno,
        psn_name: p.name,
        gend: p.gend,
        naty: p.naty,
        brdy: p.brdy,
        age: ageOn(p.brdy, call.now),
      },
      insuinfo: [
        {
          balc: fenToYuan(p.balance_fen),
          insutype: p.insutype,
          psn_type: p.psn_type,
          psn_insu_stas: p.status === 'suspended' ? '2' : '1',
          psn_insu_date: p.insu_date,
          paus_insu_date: p.paus_date,
          cvlserv_flag: p.cvlserv ? '1' : '0',
          insuplc_admdvs: p.insuplc,
          emp_name: p.emp_name,
        },
      ],
      idetinfo: [],
    },
  };
};
