// Titles of front and back matter that is not reading text. Prefaces, notes
// and afterwords are reading text: they stay in, and the chapter alignment
// may leave them without a counterpart.
const MATTER_TITLE =
  /^\s*(目\s*录|目次|版权(页|信息|声明)?|封面|扉页|书名页|contents|table of contents|copyright|cover|title page|colophon|also by .*)\s*$/i;

export const isMatterTitle = (title: string): boolean => MATTER_TITLE.test(title);
