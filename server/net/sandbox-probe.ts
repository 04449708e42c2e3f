// Whether the platform at an address is one of our sandboxes: its admin route lists the seeded
// institutions. A real gateway has no such route, and one that cannot be reached proves nothing.
// Plain node:http, as the platform client: the first use of fetch would cost the daemon some 30 MB.
import { requestJson } from './post-json.ts';

export async function answersAsSandbox(centerUrl: string): Promise<boolean> {
  try {
    const { status, text } = await requestJson('GET', new URL(`${centerUrl.replace(/\/$/, '')}/admin/institutions`), undefined, {}, 2000);
    return status === 200 && Array.isArray(JSON.parse(text));
  } catch {
    return false;
  }
}
