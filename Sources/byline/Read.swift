import ArgumentParser
import ArticleKit
import BylineFiles
import ReaderCore
import TerminalUI
#if canImport(Glibc)
import Glibc
#endif

/// `byline [PATH ...]`: open articles in the reader (the default command).
struct Read: ParsableCommand, TakesOperands {
    static let configuration = CommandConfiguration(
        commandName: "read",
        abstract: "Read articles in the terminal (the default: `byline FILE` is `byline read FILE`).",
        discussion: """
            PATH may be files or folders; with none, ./Articles is opened (or standard input, when it is a pipe). \
            `-` reads the article from standard input. Several articles or a folder open the library list. \
            When standard output is not a terminal, the articles are printed as plain text instead.
            """
    )

    @Argument(help: "Article files or folders (default: ./Articles).", completion: .file())
    var paths: [String] = []

    var operands: [String] {
        get { paths }
        set { paths = newValue }
    }

    @Flag(name: .customLong("no-mouse"), help: "Leave the mouse to the terminal (so text can be selected).")
    var noMouse = false

    @Flag(name: .customLong("no-color"), help: "Monochrome: bold, underline and reverse only (also NO_COLOR=1).")
    var noColor = false

    @Option(name: .long, help: "Colour theme: 256, 8 or mono (default: what the terminal supports).")
    var theme: String?

    func validate() throws {
        if let theme, Theme.named(theme) == nil {
            throw ValidationError("unknown theme \"\(theme)\": use one of \(Theme.names.joined(separator: ", "))")
        }
    }

    func run() throws {
        signal(SIGPIPE, SIG_IGN)
        let environment = Environment.current
        let standardInput = try readStandardInputIfAsked()
        let articles = try articlePaths(standardInput: standardInput != nil)

        if isatty(1) == 0 {
            try printPlainText(articles, standardInput: standardInput)
            return
        }

        let config = Config.load(environment: environment)
        var host = FileReaderHost(positions: ReadingPositions(environment: environment), standardInput: standardInput)
        var state = ReaderState(size: Size(width: 80, height: 24), keymap: config.keymap)
        let isLibrary = articles.count > 1 || paths.contains(where: ArticleFile.isFolder)
            || (paths.isEmpty && standardInput == nil)
        if isLibrary {
            let entries = articles.map { LibraryState.Entry(path: $0, title: ArticleFile.firstLine($0)) }
            let location = paths.count == 1 ? paths[0] : paths.isEmpty ? "Articles" : "\(paths.count) paths"
            state.library = LibraryState(entries: entries, location: location)
            host.describeInBackground(articles)
            // Pick up where reading stopped: the article read last opens again (q goes to the list).
            if let last = articles.firstIndex(where: host.positions.wasReadLast) {
                state.library!.cursor = ListCursor(selected: last)
                _ = state.handle(host.open(path: articles[last]))
            }
        } else {
            // One article: read it before touching the terminal, so a bad file gets a plain error.
            if articles[0] != "-", let size = ArticleFile.size(articles[0]), size > 8_000_000 {
                StandardError.print("byline: analysing \(articles[0]) (\(size / 1_000_000) MB)…")
            }
            let opened = host.open(path: articles[0])
            if case .articleOpened(_, .failure(let failure), _) = opened {
                StandardError.print("byline: \(failure.message)")
                throw ExitCode(1)
            }
            _ = state.handle(opened)
        }

        let terminal: CursesTerminal
        do {
            terminal = try CursesTerminal(mouse: !noMouse && (config.mouse ?? true))
        } catch {
            StandardError.print("byline: \(error)")
            throw ExitCode(2)
        }
        state.theme = chooseTheme(colors: terminal.colors, environment: environment, config: config)
        state.mouseEnabled = !noMouse && (config.mouse ?? true)
        let warnings = config.problems + host.positions.warnings
        if let first = warnings.first {
            state.message = StatusMessage(first + (warnings.count > 1 ? " (and \(warnings.count - 1) more, shown on exit)" : ""),
                                          isError: true)
        }
        var backend = terminal
        _ = ReaderProgram.run(state, backend: &backend, host: &host)
        terminal.stop()
        for warning in warnings + [host.saveProblem].compactMap({ $0 }) { StandardError.print("byline: \(warning)") }
    }

    /// `--theme`, then `--no-color` or `NO_COLOR`, then the config file, then what the terminal can show.
    private func chooseTheme(colors: Int, environment: [String: String], config: Config) -> Theme {
        if let theme, let named = Theme.named(theme) { return named }
        if noColor || !(environment["NO_COLOR"] ?? "").isEmpty { return .monochrome }
        if let chosen = config.theme { return colors >= 8 || chosen == .monochrome ? chosen : .monochrome }
        return .forTerminal(colors: colors)
    }

    /// Standard input, when it is asked for (`-`) or when it is a pipe and no path was given.
    private func readStandardInputIfAsked() throws -> ArticleFile.Loaded? {
        let wanted = paths.contains("-") || (paths.isEmpty && isatty(0) == 0)
        guard wanted else { return nil }
        do { return try ArticleFile.decode(ArticleFile.readAll(0, name: "standard input"), name: "standard input") } catch {
            StandardError.print("byline: \(error)")
            throw ExitCode(1)
        }
    }

    /// The article files the paths name (folders expanded), or an error exit.
    private func articlePaths(standardInput: Bool) throws -> [String] {
        if paths.isEmpty && standardInput { return ["-"] }
        var result: [String] = []
        for path in paths.isEmpty ? ["Articles"] : paths {
            if path == "-" { result.append("-"); continue }
            do {
                if ArticleFile.isFolder(path) {
                    result += try ArticleFile.articles(inFolder: path)
                } else if ArticleFile.exists(path) {
                    result.append(path)
                } else {
                    throw ArticleFile.Failure.notFound(path)
                }
            } catch let failure as ArticleFile.Failure {
                if paths.isEmpty, case .notFound = failure {
                    StandardError.print("byline: no ./Articles folder here: give an article file or folder (byline --help)")
                } else {
                    StandardError.print("byline: \(failure)")
                }
                throw ExitCode(1)
            }
        }
        return result
    }

    private func printPlainText(_ articles: [String], standardInput: ArticleFile.Loaded?) throws {
        var output = StandardOutput()
        var failed = false
        for (index, path) in articles.enumerated() {
            do {
                let loaded: ArticleFile.Loaded
                if path == "-", let standardInput { loaded = standardInput } else { loaded = try ArticleFile.load(path) }
                for warning in loaded.warnings { StandardError.print("byline: \(path): warning: \(warning)") }
                if index > 0 { output.write("\n") }
                output.write(PlainText.render(Article(analyzing: loaded.text, warnings: loaded.warnings)))
                if output.failed {
                    output.reportFailure()
                    throw ExitCode(1)
                }
            } catch let failure as ArticleFile.Failure {
                StandardError.print("byline: \(failure)")
                failed = true
            }
        }
        if failed { throw ExitCode(1) }
    }
}

/// The process environment as a dictionary.
enum Environment {
    static var current: [String: String] {
        var result: [String: String] = [:]
        var pointer = environ
        while let entry = pointer.pointee {
            let pair = String(cString: entry)
            if let eq = pair.firstIndex(of: "=") {
                result[String(pair[..<eq])] = String(pair[pair.index(after: eq)...])
            }
            pointer += 1
        }
        return result
    }
}
