// libFuzzer target for the reader core: every input is an article and a script of keys, resizes and mouse
// actions (`ReaderScript`), run through `ReaderState.handle` and `Screen.render` with `ReaderInvariants` checked
// after every step. Built for fuzzing by `scripts/fuzz` (with -DFUZZING); a plain `swift build` makes a stub.
import Invariants
#if canImport(Glibc)
import Glibc
#endif

/// Runs one session and stops the process (a crash libFuzzer records) on a broken invariant.
func session(_ bytes: [UInt8]) {
    let violations = ReaderScript(bytes).run()
    precondition(violations.isEmpty, "reader invariants broken:\n" + violations.prefix(10).joined(separator: "\n"))
}

#if FUZZING
var argc = CommandLine.argc
var argv = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv) { data, count in
    session(Array(UnsafeBufferPointer(start: data, count: count)))
    return 0
})
#else
// Without fuzzing, replay the files given (crash files, corpus entries) through the same checks.
FuzzEntry.replay(CommandLine.arguments.dropFirst(), target: "FuzzReader", check: session)
#endif
