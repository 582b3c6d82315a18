// Typed, checked access to the objects of a parsed JSON file. A field is read
// only when it is the object's own, and an object carrying a key that could
// reach a prototype when copied (`__proto__`, `constructor`, `prototype`) is
// refused outright.
import { checkFinite, isForbiddenName, type Reject } from './graphRules';

export type JsonObject = Readonly<Record<string, unknown>>;

/** A plain object without keys that could reach a prototype when copied. */
export function asObject(value: unknown, field: string, reject: Reject): JsonObject {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    reject(field, value, 'expected an object { ... }');
  }
  const object = value as JsonObject;
  for (const name of Object.keys(object)) {
    if (isForbiddenName(name))
      reject(name, object[name], 'this name is not allowed here: remove it');
  }
  return object;
}

/** Typed access to the fields of one object; `null` counts as absent. */
export class Fields {
  constructor(
    private readonly values: JsonObject,
    private readonly reject: Reject,
  ) {}

  private get(field: string): unknown {
    return Object.hasOwn(this.values, field) ? this.values[field] : undefined;
  }

  has(field: string): boolean {
    const value = this.get(field);
    return value !== undefined && value !== null;
  }

  string(field: string, fallback?: string): string {
    const value = this.get(field);
    if (typeof value === 'string') return value;
    if (!this.has(field) && fallback !== undefined) return fallback;
    return this.reject(field, value, this.has(field) ? 'expected text' : 'missing: it is required');
  }

  number(field: string, fallback?: number): number {
    const value = this.get(field);
    if (typeof value === 'number') return checkFinite(field, value, this.reject);
    if (!this.has(field) && fallback !== undefined) return fallback;
    return this.reject(
      field,
      value,
      this.has(field) ? 'expected a number' : 'missing: it is required',
    );
  }

  boolean(field: string, fallback: boolean): boolean {
    const value = this.get(field);
    if (typeof value === 'boolean') return value;
    if (!this.has(field)) return fallback;
    return this.reject(field, value, 'expected true or false');
  }

  /** The nested object `field`; an absent one reads as empty. */
  object(field: string, reject: Reject = this.reject): Fields {
    const value = this.has(field) ? asObject(this.get(field), field, reject) : {};
    return new Fields(value, reject);
  }

  /** A list of texts, such as a node's aliases. */
  stringList(field: string): string[] {
    return this.list(field).map((item) =>
      typeof item === 'string' ? item : this.reject(field, item, 'expected a list of texts'),
    );
  }

  list(field: string): readonly unknown[] {
    const value = this.get(field);
    if (Array.isArray(value)) return value;
    return this.reject(
      field,
      value,
      this.has(field) ? 'expected a list [ ... ]' : 'missing: it is required',
    );
  }
}
