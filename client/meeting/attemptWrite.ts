/**
 * Runs a meeting operation and says whether it went through: an operation validates before it
 * writes (DOC6) and throws a SchemaError when it refuses; that goes to `onError`, and the answer
 * is false, so a component only asks whether it worked.
 */
export const attemptWrite =
  (onError: (error: unknown) => void) =>
  (write: () => void): boolean => {
    try {
      write();
      return true;
    } catch (error) {
      onError(error);
      return false;
    }
  };
