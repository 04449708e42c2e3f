// Whether an address is on this machine: the /sim page offers the sandbox's test persons and
// phone payments only for a sandbox it can reach here.
const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/i;

export function isLoopback(url: string): boolean {
  return LOOPBACK.test(new URL(url).hostname);
}
