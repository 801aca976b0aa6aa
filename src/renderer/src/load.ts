/** Something loading, loaded, or failed with a message for the user. */
export type Load<T> =
  { readonly kind: 'loading' } | { readonly kind: 'ready'; readonly value: T } | { readonly kind: 'error'; readonly message: string };

export const errorMessage = (err: unknown): string => (err instanceof Error ? err.message : String(err));
