// An exception inside the extension is caught and logged once per kind; the page keeps working.
const seen = new Set<string>();

export function logOnce(where: string, err: unknown): void {
  const msg = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
  const key = `${where}|${msg}`;
  if (seen.has(key)) return;
  seen.add(key);
  console.warn(`[CPPCC Lens] ${where}:`, err);
}
