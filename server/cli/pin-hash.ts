// `npm run pin-hash`: asks for a new operator PIN twice (not echoed) and prints the line to put
// in the config as operator.pinHash. With stdin not a terminal, reads one PIN from it.
import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';
import { hashPin } from '../operator/pin.ts';

async function ask(question: string): Promise<string> {
  let muted = false;
  const output = new Writable({
    write(chunk, _encoding, callback) {
      if (!muted) process.stderr.write(chunk);
      callback();
    },
  });
  const rl = createInterface({ input: process.stdin, output, terminal: true });
  process.stderr.write(question);
  muted = true;
  const answer = await new Promise<string>((resolve) => rl.question('', resolve));
  rl.close();
  process.stderr.write('\n');
  return answer.trim();
}

async function readPin(): Promise<string> {
  if (!process.stdin.isTTY) {
    let text = '';
    for await (const chunk of process.stdin) text += chunk;
    return text.trim();
  }
  const first = await ask('New operator PIN (6 to 12 digits): ');
  if ((await ask('Repeat the PIN: ')) !== first) throw new Error('the two PINs differ');
  return first;
}

try {
  const pin = await readPin();
  if (!/^[0-9]{6,12}$/.test(pin)) throw new Error('a PIN is 6 to 12 digits');
  if (pin === '000000') throw new Error('000000 is the sandbox PIN; choose another');
  process.stdout.write(`"pinHash": "${await hashPin(pin)}"\n`);
} catch (err) {
  process.stderr.write(`pin-hash: ${(err as Error).message}\n`);
  process.exit(1);
}
