/**
 * Database values are the GraphQL enum values in lower snake case (`third_party` →
 * `THIRD_PARTY`). The result's type is the upper-cased literal, so codegen's enum types check
 * both sides: a database value the schema lacks fails to compile.
 */
export function upperCase<T extends string>(value: T): Uppercase<T> {
  return value.toUpperCase() as Uppercase<T>;
}
