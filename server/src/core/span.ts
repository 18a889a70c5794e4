// The one position type of the core: a range of offsets into a document's text, in UTF-16
// code units as JavaScript strings count them. Its own module so that the modules the model
// refers to (the issue form) can use it without importing the model.

/** A half-open range `[start, end)` of offsets into the document text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}
