// Whether the platform at an address is one of our sandboxes: its admin route lists the seeded
// institutions. A real gateway has no such route, and one that cannot be reached proves nothing.
export async function answersAsSandbox(centerUrl: string): Promise<boolean> {
  try {
    const res = await fetch(`${centerUrl.replace(/\/$/, '')}/admin/institutions`, { signal: AbortSignal.timeout(2000) });
    return res.ok && Array.isArray(await res.json());
  } catch {
    return false;
  }
}
