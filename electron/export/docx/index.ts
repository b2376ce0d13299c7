// Building blocks for the official Word documents (minutes, attendance lists, berita acara, ...).
export * from './page';
export * from './styles';
export * from './text';
export * from './tables';
export * from './letterhead';
export * from './signatures';
export * from './footer';
export * from './document';
export * from './result';
export { imageSize, readImage, type PixelSize, type ReadableImage } from './imageSize';
