// One engine call per change of what is asked: the same request again (a language switch,
// an edit put back) gets the last answer, so only the words are redrawn.

/**
 * `ask(request)` calls `call(request)` unless `request` is the one last answered, whose
 * answer it then gives back; an engine error is thrown as it is, and forgets the last.
 */
export function asker(call) {
  let asked = '';
  let answer = null;
  return (request) => {
    const key = JSON.stringify(request);
    if (key !== asked) {
      asked = '';
      answer = call(request);
      asked = key;
    }
    return answer;
  };
}
