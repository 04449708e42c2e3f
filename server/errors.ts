// Errors a patient or operator may see: a stable code and a message in zh-CN and English.
export interface Bilingual {
  zh: string;
  en: string;
}

export class KioskError extends Error {
  constructor(
    readonly code: string,
    readonly statusCode: number,
    readonly bilingual: Bilingual,
    readonly headers: Record<string, string> = {},
  ) {
    super(bilingual.en);
    this.name = 'KioskError';
  }

  toBody() {
    return { error: { code: this.code, message: this.bilingual } };
  }
}
