/** Vite's `?url` imports: the built file's URL (used for the pdf.js worker, which must be a same-origin file). */
declare module '*?url' {
  const url: string;
  export default url;
}
