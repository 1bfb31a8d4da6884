/** A malformed EPW file: the message names the source, line and field of the first problem. */
export class EpwError extends Error {
  override name = "EpwError";
}
