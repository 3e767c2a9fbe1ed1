import ArgumentParser
import ArticleKit
import BylineFiles
#if canImport(Glibc)
import Glibc
#endif

/// `byline extract`: the analysis of each file as JSON (one object per line) or as text.
struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the analysis of articles: title, sections, quotes with speakers, entities.",
        discussion: """
            With --json, prints one JSON object per file, one per line, in the order given (docs/extract-format.md \
            describes every field). Offsets count Unicode code points of the file's text, end exclusive. \
            Errors go to standard error; the exit status is 1 if any file could not be read.
            """
    )

    @Flag(name: .long, help: "Print JSON (one object per line) instead of text.")
    var json = false

    @Argument(help: "Article files to analyse.", completion: .file())
    var files: [String]

    func validate() throws {
        if files.isEmpty { throw ValidationError("Give at least one article file.") }
    }

    func run() throws {
        signal(SIGPIPE, SIG_IGN)
        var failed = false
        var output = StandardOutput()
        for (index, path) in files.enumerated() {
            do {
                let loaded = try ArticleFile.load(path)
                for warning in loaded.warnings { StandardError.print("byline: \(path): warning: \(warning)") }
                let article = Article(analyzing: loaded.text, warnings: loaded.warnings)
                if json {
                    output.write(ExtractFormat.json(article) + "\n")
                } else {
                    if files.count > 1 { output.write((index > 0 ? "\n" : "") + "==> \(VisibleText.make(path)) <==\n") }
                    output.write(ExtractFormat.text(article))
                }
            } catch {
                StandardError.print("byline: \(error)")
                failed = true
            }
            if output.failed { throw ExitCode(1) }
        }
        if failed { throw ExitCode(1) }
    }
}
