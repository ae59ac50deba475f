/** Why the procedure refuses a step, and which article refuses it. */
export interface Refusal {
  article: string;
  reason: string;
  reasonEn: string;
  /** the action field at fault, when one is */
  field?: string;
}

export const refusal = (article: string, reason: string, reasonEn: string, field?: string): Refusal => ({
  article,
  reason,
  reasonEn,
  ...(field ? { field } : {}),
});
