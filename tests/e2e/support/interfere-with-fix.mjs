// Loaded with `node --import` before the CLI, for tests only: plays another program touching a draft
// while `ilacs lint --fix` works on it. When the CLI first creates a file beside the draft (its
// temporary file), the action in ILACS_TEST_INTERFERE happens, then the CLI carries on:
//   edit     the draft is rewritten in place (an editor saving over the same file)
//   replace  a new file is renamed over the draft (an editor's atomic save)
//   delete   the draft is deleted
//   kill     the CLI itself is killed with SIGKILL, as a crash or `kill -9` would
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import { dirname } from 'node:path';

const target = process.env.ILACS_TEST_TARGET;
const action = process.env.ILACS_TEST_INTERFERE;
const text = process.env.ILACS_TEST_TEXT ?? '';
const openSync = fs.openSync;
let done = false;

fs.openSync = function interferingOpenSync(path, flags, mode) {
  const fd = openSync.call(this, path, flags, mode);
  const creating = typeof flags === 'number' ? (flags & fs.constants.O_CREAT) !== 0 : /[wax]/.test(String(flags ?? ''));
  if (!done && target && creating && String(path) !== target && dirname(String(path)) === dirname(target)) {
    done = true;
    if (action === 'edit') fs.writeFileSync(target, text);
    else if (action === 'replace') {
      fs.writeFileSync(`${target}.saving`, text);
      fs.renameSync(`${target}.saving`, target);
    } else if (action === 'delete') fs.unlinkSync(target);
    else if (action === 'kill') process.kill(process.pid, 'SIGKILL');
  }
  return fd;
};
// The CLI's bundle imports named bindings from node:fs; this makes them see the replacement.
syncBuiltinESMExports();
