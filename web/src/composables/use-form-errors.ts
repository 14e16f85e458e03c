import { computed, ref, shallowRef } from 'vue';
import { unplacedViolations, violationsByField, type Translator } from '../lib/errors';

/**
 * A form's field errors: the checks made before sending plus the server's violations, each cleared
 * as soon as the person edits that field (a corrected field must not stay red until the next submit).
 */
export function useFormErrors(translator: Translator, placed: (field: string) => boolean) {
  const submitError = shallowRef<unknown>(null);
  const local = ref<Record<string, string>>({});
  const cleared = ref<string[]>([]);

  const errors = computed<Record<string, string>>(() => {
    const all = { ...violationsByField(submitError.value, translator), ...local.value };
    return Object.fromEntries(Object.entries(all).filter(([field]) => !cleared.value.includes(field)));
  });
  const otherViolations = computed(() => unplacedViolations(submitError.value, placed));

  /** The person edited the field: its message goes until the next submit. */
  function clear(field: string): void {
    if (field in errors.value) cleared.value = [...cleared.value, field];
  }

  /** Results of the checks made before sending (replacing the previous ones). */
  function setLocal(found: Record<string, string>): void {
    local.value = found;
    cleared.value = [];
  }

  /** The server's answer to a submit (null to forget it). */
  function setSubmitError(error: unknown): void {
    submitError.value = error;
    cleared.value = [];
  }

  function reset(): void {
    submitError.value = null;
    local.value = {};
    cleared.value = [];
  }

  return { submitError, errors, otherViolations, clear, setLocal, setSubmitError, reset };
}
