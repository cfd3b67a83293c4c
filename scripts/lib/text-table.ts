/** A plain-text table, columns padded to their widest cell: what `scan` and `npm start` print. */
export function formatTable(rows: readonly (readonly string[])[]): string[] {
  const widths =
    rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length))) ?? [];
  return rows.map((row) =>
    row
      .map((cell, column) => cell.padEnd(widths[column] ?? 0))
      .join('  ')
      .trimEnd(),
  );
}

/** The entities table: Arabic as written, English, type (a suggested name says so), count. */
export function entitiesTable(
  entities: ReadonlyArray<{
    surfaces: readonly string[];
    entry: { en: string; type: string; suggestion?: unknown };
    count: number;
  }>,
): string[] {
  return formatTable([
    ['Arabic as written', 'English', 'type', 'count'],
    ...entities.map(({ surfaces, entry, count }) => [
      surfaces.join('، '),
      entry.en,
      entry.suggestion === undefined ? entry.type : `${entry.type} (suggested)`,
      String(count),
    ]),
  ]);
}
