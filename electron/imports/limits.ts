/**
 * How much of a file the readers accept. A province's list is a few hundred rows; these bounds are far above
 * any real list and far below what would exhaust an office PC's memory (a 406 KB zip bomb took exceljs to 972 MB).
 */
export const importLimits = {
  /** The file on disk. */
  fileBytes: 50 * 1024 * 1024,
  /** Parts inside an .xlsx. */
  zipEntries: 2_000,
  /**
   * One inflated part (a sheet's XML, the shared strings). exceljs needs several times a part's size in memory;
   * the corpus's largest real file (17,619 tall rows, 21k formulas) inflates to 60 MB in all and stays under 400 MB.
   */
  zipEntryBytes: 80 * 1024 * 1024,
  /** All inflated parts together. */
  zipTotalBytes: 120 * 1024 * 1024,
  sheets: 500,
  /** Non-empty cells across the workbook. */
  cells: 3_000_000,
  /** Columns a row may reach: a list is a few dozen columns wide. */
  columns: 1_000,
  /**
   * How deeply an XML part may nest its elements. The corpus's deepest parts (themes) nest 8 levels, drawings of
   * grouped shapes a few more; a hostile part nested a hundred thousand levels can overflow a parser's stack.
   */
  xmlDepth: 200,
  /** Characters in a single cell (Excel's own limit is 32,767). */
  cellCharacters: 32_767,
} as const;

export const megabytes = (bytes: number) => `${Math.round(bytes / (1024 * 1024)).toLocaleString('vi-VN')} MB`;
