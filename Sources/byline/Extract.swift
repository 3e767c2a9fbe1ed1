import ArgumentParser
import ArticleKit
import BylineFiles
import WebFetch
#if canImport(Glibc)
import Glibc
#endif

/// `byline extract`: the analysis of each article as JSON (one object per line) or as text, several articles at
/// once on every core, printed in the order given.
struct Extract: ParsableCommand, TakesOperands {
    static let configuration = CommandConfiguration(
        // Named here, not derived from the type's name at every launch.
        commandName: "extract",
        // Parsed on its own at launch (Byline.parseDirectly): this skips the completion-script check.
        _superCommandName: "byline",
        abstract: "Print the analysis of articles: title, sections, quotes with speakers, entities.",
        usage: """
            byline extract [--json] [--jobs <n>] [-r] [--save <dir>] FILE|URL|FOLDER|- ...
            byline extract [--json] --files-from <list> [-0]
            byline extract --json --stdin-jsonl
            """,
        discussion: """
            With --json, prints one JSON object per article, one per line (JSON Lines), in the order given, \
            each beginning with "file", the path as given (docs/extract-format.md describes every field). \
            Offsets count Unicode code points of the file's text, end exclusive. `-` reads an article from \
            standard input. Articles are analysed --jobs at a time (by default as many as there are cores); \
            the output is the same as with one job. Errors go to standard error; the exit status is 1 if any \
            file could not be read.

            With --stdin-jsonl, reads lines of {"id": ..., "text": "..."} from standard input and prints one \
            line for each, with its "id" (a map task for Spark's RDD.pipe or Hadoop Streaming: docs/scale.md). \
            A line that cannot be used gives {"id": ..., "error": "..."} and the exit status stays 0.
            """
    )

    @Flag(name: .long, help: "Print JSON (one object per line) instead of text.")
    var json = false

    @Option(name: [.customShort("j"), .long], help: ArgumentHelp(
        "Analyse N articles at once (default: the number of cores).", valueName: "n"))
    var jobs: Int?

    @Option(name: .customLong("files-from"), help: ArgumentHelp(
        "Also analyse the files listed in LIST, one path per line (- for standard input).", valueName: "list"))
    var filesFrom: String?

    @Flag(name: .customShort("0"), help: "With --files-from: the paths are separated by NUL bytes (find -print0).")
    var nullSeparated = false

    @Flag(name: [.customShort("r"), .long], help: "Analyse the articles in folders and all their subfolders.")
    var recursive = false

    @Flag(name: .customLong("stdin-jsonl"), help: """
        Read {"id", "text"} JSON lines from standard input and print one result line for each (implies --json).
        """)
    var stdinJSONL = false

    @Option(name: .long, help: ArgumentHelp("Analyse each file N times and print the analysis throughput to standard error.",
                                            valueName: "N"))
    var benchmark: Int?

    @Option(name: .long, help: ArgumentHelp("Save each fetched web page into DIR (as fetched).", valueName: "DIR"))
    var save: String?

    @Argument(help: "Article files (text, Markdown or HTML; folders with -r), http(s) addresses; - for standard input.",
              completion: .file())
    var files: [String] = []

    var operands: [String] {
        get { files }
        set { files = newValue }
    }

    func validate() throws {
        if stdinJSONL {
            if !files.isEmpty || filesFrom != nil {
                throw ValidationError("--stdin-jsonl reads the articles from standard input: give no files.")
            }
            if benchmark != nil { throw ValidationError("--benchmark measures files, not --stdin-jsonl.") }
        } else if files.isEmpty && filesFrom == nil {
            throw ValidationError("Give at least one article file (or --files-from LIST, or --stdin-jsonl).")
        }
        if nullSeparated && filesFrom == nil { throw ValidationError("-0 goes with --files-from.") }
        if filesFrom == "-" && files.contains("-") {
            throw ValidationError("Standard input cannot be both the list of files and an article.")
        }
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1.") }
    }

    func run() throws {
        signal(SIGPIPE, SIG_IGN)
        if stdinJSONL {
            if !JSONLinesExtraction.run(jobs: jobCount(several: true)) { throw ExitCode(1) }
            return
        }
        var list: LineReader?
        if let filesFrom {
            do { list = try ExtractInputs.openList(filesFrom, nullSeparated: nullSeparated) } catch {
                StandardError.print("byline: \(error)")
                throw ExitCode(1)
            }
        }
        var inputs = ExtractInputs(paths: files, list: list, listName: filesFrom == "-" ? "standard input" : filesFrom ?? "",
                                   recursive: recursive)
        let jobs = jobCount(several: inputs.mayBeSeveral)
        let format = Format(json: json, headers: inputs.mayBeSeveral, benchmark: benchmark, saveFolder: save)
        var output = StandardOutput()
        var failed = false
        InOrder.run(jobs: jobs, next: { inputs.next() }, work: { index, input, turn in
            format.extract(input, index: index, turn: turn)
        }, emit: { extraction in
            for message in extraction.messages { StandardError.print(message) }
            if extraction.failed { failed = true }
            if extraction.writeFailure != 0 { output.noteFailure(extraction.writeFailure) }
            output.write(extraction.output)
            return !output.failed
        })
        if output.failed {
            output.reportFailure()
            throw ExitCode(1)
        }
        if let problem = inputs.listFailure {
            StandardError.print("byline: \(problem)")
            failed = true
        }
        if failed { throw ExitCode(1) }
    }

    /// How many articles are analysed at once: `--jobs`, else the cores; one for a single article (read on this
    /// thread) and for `--benchmark`.
    func jobCount(several: Bool) -> Int {
        several && benchmark == nil ? (jobs ?? Self.cores) : 1
    }

    /// The processors online (`--jobs` sets another number).
    static var cores: Int { max(1, sysconf(Int32(_SC_NPROCESSORS_ONLN))) }

    /// What one article gives: its output, and the messages for standard error printed just before it. (An
    /// article whose output was written as it was made leaves neither: it printed them in its turn.)
    struct Extraction: Sendable {
        var output: [UInt8] = []
        var messages: [String] = []
        var failed = false
        /// `errno` of a write that failed while the output was written in its turn, 0 if none did.
        var writeFailure: Int32 = 0
    }

    /// The most JSON an article holds before it writes it out in its turn (`InOrder.Turn`): larger answers are
    /// written as they are made, so that memory does not grow with them.
    static let streamingChunk = 4 << 20

    /// How each article is printed.
    struct Format: Sendable {
        var json: Bool
        /// Text output: a `==> path <==` line before each article, as `head` and `tail` print.
        var headers: Bool
        var benchmark: Int?
        /// `--save`: where fetched web pages are kept.
        var saveFolder: String?

        /// Reads, analyses and prints one article; runs on any thread.
        func extract(_ input: Result<String, ArticleFile.Failure>, index: Int, turn: InOrder.Turn) -> Extraction {
            var result = Extraction()
            let path: String, loaded: ArticleFile.Loaded
            do {
                path = try input.get()
                if path == "-" {
                    loaded = try ArticleFile.decode(ArticleFile.readAll(0, name: "standard input"), name: "standard input")
                } else if PageFetcher.isAddress(path) {
                    loaded = try WebArticle.fetch(path, with: Byline.fetcher, saveFolder: saveFolder)
                } else {
                    loaded = try ArticleFile.load(path)
                }
            } catch {
                var message = "byline: \(error)"
                if case .isFolder = error { message += " (-r reads the articles in it)" }
                result.messages.append(message)
                result.failed = true
                return result
            }
            for warning in loaded.warnings { result.messages.append("byline: \(FileName.shown(loaded.path)): warning: \(warning)") }
            if let runs = benchmark, runs > 0 {
                result.messages.append(Self.measure(loaded, runs: runs))
                return result
            }
            let article = loaded.analyzed()
            if json {
                // Held whole when it fits in `streamingChunk`; else written in this article's turn as it is made,
                // after its messages.
                var streamed = StandardOutput()
                var messages = result.messages
                var writer = JSONWriter(capacity: min(loaded.text.count * 3 / 2 + 4096, Extract.streamingChunk)) { bytes in
                    guard turn.take() else { return }
                    for message in messages { StandardError.print(message) }
                    messages = []
                    streamed.write(bytes)
                }
                ExtractFormat.writeJSON(article, label: .file(path), into: &writer)
                writer.newline()
                if turn.held {
                    writer.flush()
                    result.messages = []
                    result.writeFailure = streamed.failure
                } else {
                    result.output = writer.bytes
                }
            } else {
                var text = ""
                if headers { text += (index > 0 ? "\n" : "") + "==> \(path == "-" ? "standard input" : FileName.shown(path)) <==\n" }
                text += ExtractFormat.text(article)
                result.output = Array(text.utf8)
            }
            return result
        }

        /// `--benchmark N`: the analysis of one article N times, as a line for standard error.
        static func measure(_ loaded: ArticleFile.Loaded, runs: Int) -> String {
            let clock = ContinuousClock()
            let start = clock.now
            for _ in 0..<runs { _ = loaded.analyzed() }
            let elapsed = clock.now - start
            let seconds = Double(elapsed.components.attoseconds) / 1e18 + Double(elapsed.components.seconds)
            let megabytes = Double(loaded.text.count) / 1_000_000
            let perRun = seconds / Double(runs)
            return "byline: \(FileName.shown(loaded.path)): \(loaded.text.count) bytes, \(runs) runs, "
                + "\((perRun * 1000).formatted2) ms per run, \((megabytes / perRun).formatted2) MB/s, "
                + "\((perRun / megabytes).formatted2) s per MB"
        }
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
