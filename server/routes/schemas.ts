// Schemas shared by several routes.
import { Type } from '@sinclair/typebox';

export const BilingualSchema = Type.Object({ zh: Type.String(), en: Type.String() });

export const ErrorSchema = Type.Object(
  {
    error: Type.Object({ code: Type.String(), message: BilingualSchema }),
  },
  { $id: 'Error', description: 'Every error: a stable code and a message in zh-CN and English' },
);

export const DeviceStatusSchema = Type.Object({
  state: Type.Union(['disabled', 'absent', 'connecting', 'ready', 'busy', 'error'].map((s) => Type.Literal(s))),
  reason: Type.Optional(BilingualSchema),
  since: Type.String({ format: 'date-time' }),
});
