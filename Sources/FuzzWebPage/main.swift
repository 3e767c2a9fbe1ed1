// libFuzzer target for web pages: every input is read as a page (`WebArticle.load`: decoding, libxml2, extraction)
// and analysed with the structure it states, and every invariant of `ArticleInvariants` must hold. Built for
// fuzzing by `scripts/fuzz web` (with -DFUZZING); a plain `swift build` makes a stub that replays files.
import ArticleKit
import BylineFiles
import Invariants
#if canImport(Glibc)
import Glibc
#endif

/// Reads one input as a page and stops the process (a crash libFuzzer records) on a broken invariant.
func extract(_ bytes: [UInt8]) {
    guard let loaded = try? WebArticle.load(bytes, name: "page.html") else { return }  // no text: refused
    let article = loaded.analyzed()
    let violations = ArticleInvariants.violations(article) + ArticleInvariants.exportViolations(article)
    precondition(violations.isEmpty, "web page invariants broken:\n" + violations.prefix(10).joined(separator: "\n"))
}

#if FUZZING
var argc = CommandLine.argc
var argv = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv) { data, count in
    extract(Array(UnsafeBufferPointer(start: data, count: count)))
    return 0
})
#else
FuzzEntry.replay(CommandLine.arguments.dropFirst(), target: "FuzzWebPage", check: extract)
#endif
