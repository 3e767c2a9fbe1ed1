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

    @Option(name: .long, help: ArgumentHelp("Analyse each file N times and print the analysis throughput to standard error.",
                                            valueName: "N"))
    var benchmark: Int?

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
                if let runs = benchmark, runs > 0 {
                    let clock = ContinuousClock()
                    let start = clock.now
                    for _ in 0..<runs { _ = Article(analyzing: loaded.text, warnings: loaded.warnings) }
                    let seconds = Double((clock.now - start).components.attoseconds) / 1e18
                        + Double((clock.now - start).components.seconds)
                    let megabytes = Double(loaded.text.count) / 1_000_000
                    let perRun = seconds / Double(runs)
                    StandardError.print("byline: \(path): \(loaded.text.count) bytes, \(runs) runs, "
                        + "\((perRun * 1000).formatted2) ms per run, \((megabytes / perRun).formatted2) MB/s, "
                        + "\((perRun / megabytes).formatted2) s per MB")
                    continue
                }
                let article = Article(analyzing: loaded.text, warnings: loaded.warnings)
                if json {
                    var writer = JSONWriter()
                    ExtractFormat.writeJSON(article, label: .file(path), into: &writer)
                    writer.newline()
                    writer.withBytes { output.write($0) }
                } else {
                    if files.count > 1 { output.write((index > 0 ? "\n" : "") + "==> \(VisibleText.make(path)) <==\n") }
                    output.write(ExtractFormat.text(article))
                }
            } catch {
                StandardError.print("byline: \(error)")
                failed = true
            }
            if output.failed {
                output.reportFailure()
                throw ExitCode(1)
            }
        }
        if failed { throw ExitCode(1) }
    }
}

private extension Double {
    /// The number with two decimals, without Foundation.
    var formatted2: String {
        let scaled = (self * 100).rounded()
        let whole = Int(scaled) / 100, fraction = abs(Int(scaled) % 100)
        return "\(whole).\(fraction < 10 ? "0" : "")\(fraction)"
    }
}
