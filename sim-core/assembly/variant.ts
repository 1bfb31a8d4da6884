// Compile-time variants of a hot loop: a function takes On or Off as a type argument and tests it with
// isBoolean<T>(), which the compiler evaluates, so each combination compiles to a loop of its own. A
// loop-invariant flag instead costs a test per iteration and a register (or a stack reload) to hold it.

/** Turns a variant's part on (isBoolean<On>() is true). */
export type On = bool;
/** Leaves a variant's part out. */
export type Off = i32;
