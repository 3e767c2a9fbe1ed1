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
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt) -> CInt

var argc = CommandLine.argc
var argv = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv) { data, count in
    session(Array(UnsafeBufferPointer(start: data, count: count)))
    return 0
})
#else
// Without fuzzing, replay the files given (crash files, corpus entries) through the same checks.
let files = CommandLine.arguments.dropFirst()
if files.isEmpty {
    print("FuzzReader: built without fuzzing; run scripts/fuzz, or give files to replay them")
}
for path in files {
    guard let file = fopen(path, "rb") else { print("\(path): cannot open"); exit(1) }
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 65536)
    while true {
        let n = fread(&buffer, 1, buffer.count, file)
        if n <= 0 { break }
        bytes += buffer[0..<n]
    }
    fclose(file)
    session(bytes)
    print("\(path): ok")
}
#endif
