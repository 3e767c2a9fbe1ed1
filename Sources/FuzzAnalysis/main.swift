// libFuzzer target for the analysis: every input is decoded like a file and analysed, and every invariant of
// `ArticleInvariants` must hold. Built for fuzzing by `scripts/fuzz` (with -DFUZZING); a plain `swift build`
// makes a stub, so the package always builds.
import ArticleKit
import Invariants
#if canImport(Glibc)
import Glibc
#endif

/// Analyses one input and stops the process (a crash libFuzzer records) on a broken invariant.
func analyse(_ bytes: [UInt8]) {
    guard let decoded = try? TextDecoder.decode(bytes) else { return }  // binary: refused, as a file would be
    let article = Article(analyzing: decoded.text, warnings: decoded.warnings)
    let violations = ArticleInvariants.violations(article) + ArticleInvariants.exportViolations(article)
    precondition(violations.isEmpty, "analysis invariants broken:\n" + violations.prefix(10).joined(separator: "\n"))
}

#if FUZZING
var argc = CommandLine.argc
var argv = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv) { data, count in
    analyse(Array(UnsafeBufferPointer(start: data, count: count)))
    return 0
})
#else
// Without fuzzing, replay the files given (crash files, corpus entries) through the same checks.
FuzzEntry.replay(CommandLine.arguments.dropFirst(), target: "FuzzAnalysis", check: analyse)
#endif
