// Input checks shared by the teaching models. Every model validates its inputs before it
// computes anything and throws a RangeError that names the parameter, the value it saw and
// the range it accepts, so an island can show that message next to the control that caused it.

/** An inclusive numeric range with a unit shown in error messages. */
export interface Range {
  min: number;
  max: number;
  /** Human-readable unit ("× EC50", "index 0–1"); empty for unit-less ratios. */
  unit: string;
}

/** Throws a RangeError unless `value` is a finite number inside `range` (inclusive). */
export function checkRange(name: string, value: unknown, range: Range): number {
  const unit = range.unit ? ` ${range.unit}` : '';
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new RangeError(
      `${name} must be a number between ${range.min} and ${range.max}${unit}; got ${String(value)}.`,
    );
  }
  if (value < range.min || value > range.max) {
    throw new RangeError(`${name} must be between ${range.min} and ${range.max}${unit}; got ${value}.`);
  }
  return value;
}

/** Throws a RangeError unless `value` is an integer inside `range` (inclusive). */
export function checkInteger(name: string, value: unknown, range: Range): number {
  checkRange(name, value, range);
  if (!Number.isInteger(value)) {
    throw new RangeError(`${name} must be a whole number; got ${String(value)}.`);
  }
  return value as number;
}
