import ArgumentParser
import ArticleKit
import BylineFiles
import ReaderCore
import TerminalUI
import WebFetch
#if canImport(Glibc)
import Glibc
#endif

/// `byline [PATH ...]`: open articles in the reader (the default command).
struct Read: ParsableCommand, TakesOperands {
    static let configuration = CommandConfiguration(
        commandName: "read",
        // Parsed on its own at launch (Byline.parseDirectly): this skips the completion-script check.
        _superCommandName: "byline",
        abstract: "Read articles in the terminal (the default: `byline FILE` is `byline read FILE`).",
        discussion: """
            PATH may be files or folders; with none, ./Articles is opened (from cron or with input redirected too: \
            only `-` reads the article from standard input, as in `cat article.txt | byline -`). Several articles \
            or a folder open the library list. When standard output is not a terminal, the articles are printed as \
            plain text instead (several of them each under a "==> name <==" line, as head prints files).
            """
    )

    @Argument(help: "Article files (text, Markdown, HTML), folders or http(s) addresses (default: ./Articles).",
              completion: .file())
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

    @Flag(name: .customLong("print-config"),
          help: "Print the effective settings (config file and these options) as a config file, and exit.")
    var printConfig = false

    @Option(name: .long, help: ArgumentHelp("Save each fetched web page into DIR (as fetched).", valueName: "DIR"))
    var save: String?

    func validate() throws {
        if let theme, Theme.named(theme) == nil {
            throw ValidationError("unknown theme \"\(theme)\": use one of \(Theme.names.joined(separator: ", "))")
        }
    }

    func run() throws {
        signal(SIGPIPE, SIG_IGN)
        let environment = Environment.current
        if printConfig {
            printEffectiveConfig(environment: environment)
            return
        }
        let standardInput = try readStandardInputIfAsked()
        let articles = try articlePaths()

        if isatty(1) == 0 {
            try printPlainText(articles, standardInput: standardInput)
            return
        }

        let config = Config.load(environment: environment)
        let positions = ReadingPositions(environment: environment)
        let marks = ReadMarks(environment: environment)
        var preloaded: [String: ArticleFile.Loaded] = [:]
        if let standardInput { preloaded["-"] = standardInput }
        var startEvents: [ReaderEvent] = []
        let isLibrary = articles.count > 1 || paths.contains(where: ArticleFile.isFolder)
            || (paths.isEmpty && standardInput == nil)
        if isLibrary {
            let entries = articles.map { path in
                LibraryState.Entry(path: path, title: ArticleFile.firstLine(path),
                                   metadata: ArticleMetadata(modified: ArticleFile.modificationDate(path)),
                                   isRead: marks.isRead(path))
            }
            let location = paths.count == 1 ? paths[0] : paths.isEmpty ? "Articles" : "\(paths.count) paths"
            // Pick up where reading stopped: the article read last opens again (q goes to the list).
            startEvents.append(.libraryListed(LibraryState(entries: entries, location: location),
                                              reopen: articles.first(where: positions.wasReadLast)))
        } else {
            // One article: read (or fetch) it before touching the terminal, so a bad file or address gets a plain
            // error. It is analysed once the screen is up, which says so meanwhile.
            if articles[0] != "-" {
                do {
                    preloaded[articles[0]] = PageFetcher.isAddress(articles[0])
                        ? try WebArticle.fetch(articles[0], with: Byline.fetcher, saveFolder: save)
                        : try ArticleFile.load(articles[0])
                } catch {
                    StandardError.print("byline: \(error)")
                    throw ExitCode(1)
                }
            }
            startEvents.append(.openRequested(path: articles[0]))
        }

        let terminal: CursesTerminal
        do {
            terminal = try CursesTerminal(mouse: !noMouse && (config.mouse ?? true))
        } catch {
            StandardError.print("byline: \(error)")
            throw ExitCode(2)
        }
        let settings = ReaderSettings(keymap: config.keymap,
                                      theme: chooseTheme(colors: terminal.colors, environment: environment, config: config),
                                      mouse: !noMouse && (config.mouse ?? true))
        let warnings = config.problems + positions.warnings + marks.warnings
        startEvents.insert(.started(settings, warnings: warnings), at: 0)
        var host = FileReaderHost(positions: positions, marks: marks, preloaded: preloaded, fetcher: Byline.fetcher,
                                  saveFolder: save)
        if isLibrary { host.describeInBackground(articles) }
        var backend = terminal
        _ = ReaderProgram.run(ReaderState(size: terminal.size), startEvents: startEvents, backend: &backend, host: &host)
        terminal.stop()
        for warning in warnings + [host.saveProblem].compactMap({ $0 }) { StandardError.print("byline: \(warning)") }
        if let signal = terminal.quitSignal { CursesTerminal.endWithSignal(signal) }
    }

    /// `--print-config`: the config file's settings with the command line's applied, as a config file.
    private func printEffectiveConfig(environment: [String: String]) {
        let config = Config.load(environment: environment)
        for problem in config.problems { StandardError.print("byline: \(problem)") }
        var theme = config.theme
        if let named = self.theme.flatMap(Theme.named) { theme = named }
        else if noColor || !(environment["NO_COLOR"] ?? "").isEmpty { theme = .monochrome }
        let path = Config.path(environment: environment)
        let source = path.map { ArticleFile.exists($0) ? "the config file \($0)" : "the defaults (no \($0))" }
            ?? "the defaults (no home folder)"
        let flags = noMouse || self.theme != nil || noColor ? ", with the command line's options" : ""
        var output = StandardOutput()
        output.write(ConfigText.render(theme: theme, mouse: !noMouse && (config.mouse ?? true), keymap: config.keymap,
                                       source: source + flags))
        output.reportFailure()
    }

    /// `--theme`, then `--no-color` or `NO_COLOR`, then the config file, then what the terminal can show.
    private func chooseTheme(colors: Int, environment: [String: String], config: Config) -> Theme {
        if let theme, let named = Theme.named(theme) { return named }
        if noColor || !(environment["NO_COLOR"] ?? "").isEmpty { return .monochrome }
        if let chosen = config.theme { return colors >= 8 || chosen == .monochrome ? chosen : .monochrome }
        return .forTerminal(colors: colors)
    }

    /// Standard input, when it is asked for with `-`. Only then: with no path, ./Articles opens whatever standard
    /// input is (cron gives none, `< /dev/null` an empty one), as the help says.
    private func readStandardInputIfAsked() throws -> ArticleFile.Loaded? {
        guard paths.contains("-") else { return nil }
        do { return try ArticleFile.decode(ArticleFile.readAll(0, name: "standard input"), name: "standard input") } catch {
            StandardError.print("byline: \(error)")
            throw ExitCode(1)
        }
    }

    /// The article files the paths name (folders expanded), or an error exit.
    private func articlePaths() throws -> [String] {
        var result: [String] = []
        for path in paths.isEmpty ? ["Articles"] : paths {
            if path == "-" || PageFetcher.isAddress(path) { result.append(path); continue }
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
                if path == "-", let standardInput {
                    loaded = standardInput
                } else if PageFetcher.isAddress(path) {
                    loaded = try WebArticle.fetch(path, with: Byline.fetcher, saveFolder: save)
                } else {
                    loaded = try ArticleFile.load(path)
                }
                for warning in loaded.warnings { StandardError.print("byline: \(FileName.shown(path)): warning: \(warning)") }
                // Several articles are told apart as head and tail do it: "==> name <==" above each.
                if articles.count > 1 {
                    let name = path == "-" ? "standard input" : FileName.shown(path)
                    output.write((index > 0 ? "\n" : "") + "==> \(name) <==\n")
                }
                output.write(PlainText.render(loaded.analyzed()))
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
