// Loads config/default.json, merges KIOSK_CONFIG over it, applies PORT and KIOSK_DATA_DIR, and
// validates the whole against config/schema.ts. Any problem becomes one ConfigError line that
// names the field, the value and what was expected.
import { readFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { Value } from '@sinclair/typebox/value';
import { distance } from 'fastest-levenshtein';
import type { TSchema } from '@sinclair/typebox';
import { ConfigSchema, type Config } from '../config/schema.ts';
import { ROOT } from './paths.ts';

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

export interface LoadedConfig {
  config: Config;
  /** Absolute data directory. */
  dataDir: string;
  /** Files merged, in order. */
  sources: string[];
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const isObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Objects merge key by key; anything else (arrays included) replaces. A device entry replaces
 * the default's whole: its fields belong to its driver, and another driver's would not fit.
 */
export function mergeConfig(base: JsonObject, over: JsonObject, path: string[] = []): JsonObject {
  const out: JsonObject = { ...base };
  for (const [key, value] of Object.entries(over)) {
    const prev = out[key];
    const whole = path.length === 1 && path[0] === 'devices';
    out[key] = isObject(prev) && isObject(value) && !whole ? mergeConfig(prev, value, [...path, key]) : value;
  }
  return out;
}

function readJson(file: string): JsonObject {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new ConfigError(`config error: cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw new ConfigError(`config error: ${file} is not valid JSON: ${(err as Error).message}`);
  }
  if (!isObject(value)) throw new ConfigError(`config error: ${file} must hold a JSON object, found ${JSON.stringify(value)}`);
  return value;
}

function envInteger(name: string, raw: string): number {
  if (!/^\d+$/.test(raw)) throw new ConfigError(`config error: ${name}=${JSON.stringify(raw)} — expected a TCP port from 0 to 65535`);
  return Number(raw);
}

function lookup(obj: unknown, path: string[]): unknown {
  let cur = obj;
  for (const key of path) {
    if (!isObject(cur)) return undefined;
    cur = cur[key];
  }
  return cur;
}

/** The known key a misspelt one most likely meant, if any is close. */
function closest(word: string, candidates: string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const c of candidates) {
    const d = distance(word.toLowerCase(), c.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [c, d];
  }
  return best;
}

/** The keys a schema node allows; for a union (a device entry), those of any of its members. */
function keysOf(schema: unknown): string[] {
  if (!isObject(schema)) return [];
  if (Array.isArray(schema.anyOf)) return [...new Set(schema.anyOf.flatMap(keysOf))];
  return isObject(schema.properties) ? Object.keys(schema.properties) : [];
}

function knownKeys(path: string[]): string[] {
  let schema: unknown = ConfigSchema;
  for (const key of path) {
    const members = isObject(schema) && Array.isArray(schema.anyOf) ? schema.anyOf : [schema];
    schema = members.map((m) => (isObject(m) && isObject(m.properties) ? m.properties[key] : undefined)).find(Boolean);
  }
  return keysOf(schema);
}

interface Violation {
  path: string[];
  value: unknown;
  message: string;
  schema: unknown;
}

/** The members of a union whose literal fields (a device's `driver`, signing's `kind`) the value has. */
function chosenMembers(schema: unknown, value: JsonObject): TSchema[] {
  const members = isObject(schema) && Array.isArray(schema.anyOf) ? (schema.anyOf as unknown as TSchema[]) : [];
  return members.filter((m) => {
    const props = isObject(m) && isObject(m.properties) ? Object.entries(m.properties) : [];
    const literals = props.filter(([, p]) => isObject(p) && 'const' in p);
    return literals.length > 0 && literals.every(([k, p]) => (p as { const: unknown }).const === value[k]);
  });
}

/**
 * The first violation in the config. A union of shapes (a device entry, the signing method) fails
 * as a whole; when the value names its shape, the violation inside that shape is the useful one.
 */
function firstError(schema: TSchema, candidate: unknown, at: string[] = []): Violation | undefined {
  const first = mostTelling(Value.Errors(schema, candidate));
  if (!first) return undefined;
  const path = [...at, ...first.path.split('/').slice(1)];
  if (isObject(first.value)) {
    const [member, ...others] = chosenMembers(first.schema, first.value);
    const inner = member && others.length === 0 ? firstError(member, first.value, path) : undefined;
    if (inner) return inner;
  }
  return { path, value: first.value, message: first.message, schema: first.schema };
}

/** What a schema node expects, in words: its description, else the keys of an object. */
function expectedOf(schema: unknown, message: string): string {
  if (isObject(schema) && typeof schema.description === 'string') return schema.description;
  const keys = keysOf(schema);
  if (keys.length > 0) return `an object with ${keys.join(', ')}`;
  return message.replace(/^Expected /, '');
}

const SECRET = /token|secret|password|pin|key/i;

/** The value as JSON, with what looks like a secret blanked: the line goes to a terminal and logs. */
const shown = (value: unknown) => JSON.stringify(value, (k, v: unknown) => (k && SECRET.test(k) && typeof v === 'string' ? '***' : v));

/** A misspelt key also makes the right one missing; the misspelling is what to tell. */
function mostTelling<E extends { message: string }>(errors: Iterable<E>): E | undefined {
  let first: E | undefined;
  for (const e of errors) {
    if (e.message === 'Unexpected property') return e;
    first ??= e;
  }
  return first;
}

/** The first schema violation as one human line, or undefined when the config is valid. */
export function describeProblem(candidate: unknown, origin: (path: string[]) => string): string | undefined {
  const first = firstError(ConfigSchema, candidate);
  if (!first) return undefined;
  const path = first.path;
  const field = path.join('.') || '(root)';
  const where = origin(path);
  if (first.message === 'Unexpected property') {
    const word = path[path.length - 1] ?? '';
    const hint = closest(word, knownKeys(path.slice(0, -1)).filter((k) => k !== word));
    return `config error: unknown field ${field} in ${where}${hint ? ` (did you mean ${[...path.slice(0, -1), hint].join('.')}?)` : ''}`;
  }
  const expected = expectedOf(first.schema, first.message);
  if (first.value === undefined) return `config error: ${field} is missing in ${where} — expected ${expected}`;
  return `config error: ${field} = ${shown(first.value)} in ${where} — expected ${expected}`;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): LoadedConfig {
  const defaultsFile = join(ROOT, 'config', 'default.json');
  const sources = [defaultsFile];
  let merged = readJson(defaultsFile);
  let override: JsonObject = {};
  if (env.KIOSK_CONFIG) {
    const file = resolve(cwd, env.KIOSK_CONFIG);
    override = readJson(file);
    merged = mergeConfig(merged, override);
    sources.push(file);
  }
  const fromEnv: Record<string, string> = {};
  // The variables fill in a field; a section that is not an object at all is the file's mistake to report.
  if (env.PORT !== undefined && env.PORT !== '' && isObject(merged.server)) {
    merged = mergeConfig(merged, { server: { port: envInteger('PORT', env.PORT) } });
    fromEnv['server.port'] = 'PORT';
  }
  if (env.KIOSK_DATA_DIR) {
    merged = mergeConfig(merged, { dataDir: env.KIOSK_DATA_DIR });
    fromEnv.dataDir = 'KIOSK_DATA_DIR';
  }
  // The e-voucher service usually sits behind the same gateway: pointing insurance.baseUrl elsewhere
  // moves both, unless ecBaseUrl is given.
  const insurance = merged.insurance;
  if (isObject(insurance) && insurance.ecBaseUrl === undefined && insurance.baseUrl !== undefined) merged = mergeConfig(merged, { insurance: { ecBaseUrl: insurance.baseUrl } });
  const origin = (path: string[]) => {
    const envName = fromEnv[path.join('.')];
    if (envName) return `environment variable ${envName}`;
    const fromOverride = lookup(override, path) !== undefined || (path.length > 1 && lookup(override, path.slice(0, -1)) !== undefined);
    return sources.length > 1 && fromOverride ? sources[1]! : defaultsFile;
  };
  const problem = describeProblem(merged, origin);
  if (problem) throw new ConfigError(problem);
  const config = merged as unknown as Config;
  const dataDir = isAbsolute(config.dataDir) ? config.dataDir : resolve(cwd, config.dataDir);
  return { config, dataDir, sources };
}
