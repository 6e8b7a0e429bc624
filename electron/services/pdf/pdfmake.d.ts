/** The part of pdfmake 0.3's Node API this app uses (the package ships no types; checked against its src/). */
declare module 'pdfmake' {
  interface OutputDocument {
    getBuffer(): Promise<Buffer>;
  }
  interface VirtualFileSystem {
    existsSync(filename: string): boolean;
    writeFileSync(filename: string, content: Buffer): void;
  }
  interface PdfMake {
    virtualfs: VirtualFileSystem;
    setUrlAccessPolicy(callback: (url: string) => boolean): void;
    setLocalAccessPolicy(callback: (path: string) => boolean): void;
    setFonts(fonts: object): void;
    addTableLayouts(layouts: object): void;
    createPdf(docDefinition: object, options?: object): OutputDocument;
  }
  const pdfmake: PdfMake;
  export default pdfmake;
}

/** pdfmake's own modules and its pdfkit, for the speed-ups that wrap their classes (pdfmake-internals.ts). */
declare module 'pdfmake/js/*' {
  const exported: unknown;
  export default exported;
}
declare module 'pdfkit' {
  const exported: unknown;
  export default exported;
}
