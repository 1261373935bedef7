// An on/off setting shown as a switch: a native checkbox with the switch role, inside its
// label. One place for the pattern (and for why it carries no aria-checked).
import type { ComponentChildren } from 'preact';

export interface SwitchProps {
  checked: boolean;
  onChange(on: boolean): void;
  /** The id of the text that explains the switch. */
  describedBy?: string;
  children: ComponentChildren;
}

export function Switch({ checked, onChange, describedBy, children }: SwitchProps) {
  return (
    <label class="switch">
      <input
        type="checkbox"
        // biome-ignore lint/a11y/useAriaPropsForRole: a native checkbox states its own checked state (ARIA in HTML: no aria-checked on it)
        role="switch"
        checked={checked}
        onChange={(e) => onChange((e.currentTarget as HTMLInputElement).checked)}
        aria-describedby={describedBy}
      />
      {children}
    </label>
  );
}
