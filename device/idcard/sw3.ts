// Every SW3 status a SAM reader answers, and what it means for us: carry on, the card is at
// fault (tell the patient), or the reader is (tell the clerk and reopen it).
import type { Reason } from '../state.ts';

export type Sw3Effect =
  /** 90: done. */
  | 'ok'
  /** 9F: a card is in the field. */
  | 'found'
  /** 80 / 81: no card, or it left before it could be selected; keep polling. */
  | 'no-card'
  /** The card could not be read or verified: the patient should place it again. */
  | 'card'
  /** The reader or its SAM cannot work: an error state, then a reopen. */
  | 'reader';

export interface Sw3Meaning {
  effect: Sw3Effect;
  reason: Reason;
}

const PLACE_AGAIN = { zh: '请拿起身份证，重新放到读卡区', en: 'Lift the ID card and place it on the reader again' };

export const SW3: Readonly<Record<number, Sw3Meaning>> = {
  0x90: { effect: 'ok', reason: { zh: '操作成功', en: 'Done' } },
  0x9f: { effect: 'found', reason: { zh: '已找到身份证', en: 'Card found' } },
  0x80: { effect: 'no-card', reason: { zh: '未放置身份证', en: 'No card on the reader' } },
  0x81: { effect: 'no-card', reason: { zh: '身份证已移开', en: 'The card was moved away' } },
  0x10: { effect: 'reader', reason: { zh: '读卡器收到的数据校验错误', en: 'The reader received a frame with a bad checksum' } },
  0x11: { effect: 'reader', reason: { zh: '读卡器收到的数据长度错误', en: 'The reader received a frame with a bad length' } },
  0x21: { effect: 'reader', reason: { zh: '读卡器不支持此命令', en: 'The reader does not support this command' } },
  0x23: { effect: 'reader', reason: { zh: '读卡器拒绝执行此命令', en: 'The reader refused the command' } },
  0x24: { effect: 'reader', reason: { zh: '读卡器报告未知错误', en: 'The reader reported an unknown error' } },
  0x31: { effect: 'card', reason: { zh: `身份证认证失败。${PLACE_AGAIN.zh}`, en: `The card failed authentication. ${PLACE_AGAIN.en}` } },
  0x32: { effect: 'card', reason: { zh: `身份证认证失败。${PLACE_AGAIN.zh}`, en: `The card failed authentication. ${PLACE_AGAIN.en}` } },
  0x33: { effect: 'card', reason: { zh: `身份证信息验证失败。${PLACE_AGAIN.zh}`, en: `The card's data failed verification. ${PLACE_AGAIN.en}` } },
  0x40: { effect: 'card', reason: { zh: '无法识别此卡，请放置居民身份证', en: 'This card is not recognised; please place a resident ID card' } },
  0x41: { effect: 'card', reason: { zh: `读取身份证失败。${PLACE_AGAIN.zh}`, en: `The card could not be read. ${PLACE_AGAIN.en}` } },
  0x91: { effect: 'card', reason: { zh: `身份证没有此项内容。${PLACE_AGAIN.zh}`, en: `The card holds no data for this item. ${PLACE_AGAIN.en}` } },
  0x60: { effect: 'reader', reason: { zh: '读卡器安全模块自检失败，请联系工作人员', en: 'The reader security module failed its self-test; please call staff' } },
  0x66: { effect: 'reader', reason: { zh: '读卡器安全模块未授权，请联系工作人员', en: 'The reader security module is not authorised; please call staff' } },
  0xff: { effect: 'reader', reason: { zh: '读卡器通信故障', en: 'The reader reported a communication fault' } },
};

export function sw3Meaning(sw3: number): Sw3Meaning {
  return (
    SW3[sw3] ?? {
      effect: 'reader',
      reason: { zh: `读卡器返回未知状态 ${sw3.toString(16).toUpperCase()}`, en: `The reader answered an unknown status ${sw3.toString(16).toUpperCase()}` },
    }
  );
}
