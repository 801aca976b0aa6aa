/** Small pure helpers of the codebook editor (codebook-editor.tsx), tested on their own. */

/** Terms typed in one field: split on commas and semicolons, trimmed, without empties or repeats. */
export function parseTerms(input: string): string[] {
  return [
    ...new Set(
      input
        .split(/[,;\n]/)
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ];
}

/** A new theme's id from its English label: lower case, hyphens, as the codebook requires. */
export function themeIdFrom(label: string): string {
  return label
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
}
