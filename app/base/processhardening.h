#pragma once

// Secrets sit in this process's memory while it runs; a core dump or another user's
// debugger would carry them out. KeePassXC does the same at start-up.
namespace ProcessHardening {

// Returns false when the platform refused (the app still runs).
bool disableCoreDumps();

} // namespace ProcessHardening
