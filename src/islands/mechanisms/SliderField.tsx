// A labelled number field paired with a slider, shared by the Chapter 2 mechanism explorers.
// The number field is the source of truth (it accepts values outside the slider's span and shows
// the model's own RangeError message inline); the slider is a convenience that writes into it,
// so nothing depends on dragging. The field is a text input with a decimal keypad (as in the
// module's other islands) so that any entry, including "abc" or "0,5", gets a readable message
// instead of being silently blanked by the browser.
import { checkRange, type Range } from '../../models/checks.ts';

export interface Parsed {
  value?: number;
  error?: string;
}

/**
 * Parses what the learner typed and checks it against the model's range. A comma decimal
 * separator is accepted ("0,5"). Returns the number, or the message to show next to the field.
 */
export function parseField(label: string, raw: string, range: Range): Parsed {
  const text = raw.trim().replace(',', '.');
  if (text === '') return { error: `Enter a number for ${label.toLowerCase()}.` };
  const n = Number(text);
  try {
    return { value: checkRange(label, n, range) };
  } catch (e) {
    if (e instanceof RangeError) {
      return Number.isFinite(n)
        ? { error: e.message }
        : {
            error: `“${raw.trim()}” is not a number. ${label} takes a value from ${range.min} to ${range.max}.`,
          };
    }
    throw e;
  }
}

interface Props {
  id: string;
  label: string;
  /** Current text of the number input. */
  raw: string;
  onRaw: (raw: string) => void;
  /** The model's accepted range (validation and the number input's min/max). */
  range: Range;
  /** The slider's span and step (may be narrower than `range`). */
  slider: { min: number; max: number; step: number };
  hint?: string;
  /** Message to show under the field, if the entry is invalid. */
  error?: string | undefined;
  /** Digits shown when the slider writes a value. */
  decimals?: number;
}

export default function SliderField({
  id,
  label,
  raw,
  onRaw,
  range,
  slider,
  hint,
  error,
  decimals = 2,
}: Props) {
  const parsed = Number(raw.trim().replace(',', '.'));
  const sliderValue = Number.isFinite(parsed)
    ? Math.min(slider.max, Math.max(slider.min, parsed))
    : slider.min;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div class="field mech-field">
      <label for={id}>{label}</label>
      <div class="mech-field__pair">
        <input
          type="range"
          id={`${id}-range`}
          min={slider.min}
          max={slider.max}
          step={slider.step}
          value={sliderValue}
          aria-label={`${label} (slider)`}
          aria-describedby={describedBy}
          onInput={(e) => {
            onRaw(String(Number(Number(e.currentTarget.value).toFixed(decimals))));
          }}
        />
        <input
          type="text"
          inputMode="decimal"
          id={id}
          value={raw}
          aria-invalid={error ? 'true' : 'false'}
          aria-describedby={describedBy}
          onInput={(e) => {
            onRaw(e.currentTarget.value);
          }}
          autoComplete="off"
          spellcheck={false}
        />
      </div>
      {hint && (
        <span class="field-hint" id={hintId}>
          {hint} (accepted: {range.min} to {range.max}
          {range.unit ? ` ${range.unit}` : ''})
        </span>
      )}
      {error && (
        <span class="error-msg" id={errorId}>
          {error}
        </span>
      )}
    </div>
  );
}
