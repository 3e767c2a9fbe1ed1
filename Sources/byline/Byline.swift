import ArgumentParser
import WebFetch
#if canImport(Glibc)
import Glibc
#endif

/// The `byline` command: read articles in the terminal, or extract their analysis for scripts.
@main
struct Byline: ParsableCommand {
    static let version = "0.1.0"

    /// How web addresses are fetched: `User-Agent: byline/VERSION`, the limits of `PageFetcher`.
    static var fetcher: PageFetcher { PageFetcher(userAgent: "byline/\(version)") }

    static let configuration = CommandConfiguration(
        commandName: "byline",
        abstract: "A terminal reader for news articles: quotes with their speakers, entities, sections.",
        usage: """
            byline [--no-mouse] [--no-color] [--theme <theme>] [--save <dir>] [PATH|URL ...]
            byline --print-config
            byline extract [--json] [--jobs <n>] [-r] [--save <dir>] FILE|URL|FOLDER|- ...
            byline extract [--json] --files-from <list> [-0]
            byline extract --json --stdin-jsonl
            """,
        discussion: """
            Opens articles (plain text: headline on the first line, paragraphs separated by blank lines; Markdown; \
            web pages, saved as .html or fetched from an http(s) address) in panes: \
            the text, its section headings, every direct quote grouped by speaker, and the people, places and \
            organisations it names. With no PATH, ./Articles is opened as a library. Press ? in the reader for \
            every key.

            Keys and the theme can be set in $XDG_CONFIG_HOME/byline/config.toml (~/.config/byline/config.toml); \
            `byline --print-config` prints the settings in effect as such a file (docs/config.md). Reading positions \
            and read marks are kept in $XDG_STATE_HOME/byline (~/.local/state/byline).

            EXIT STATUS
                  0  success
                  1  an article could not be read (missing, unreadable, empty, not text,
                     too large), or the output could not be written
                  2  the terminal cannot be used (TERM unset, unknown or dumb)
                 64  wrong arguments
              128+N  ended by signal N (130 Ctrl-C, 143 kill), the terminal restored first
            """,
        version: version,
        subcommands: [Read.self, Extract.self],
        defaultSubcommand: Read.self
    )

    /// Runs the command. Like ArgumentParser's own `main()`, except that the arguments keep every byte
    /// (`Arguments`), and that its messages show the arguments they quote as names are shown and go through
    /// `StandardError`: arguments (file names among them) may hold escape sequences and line feeds.
    static func main() {
        let arguments = Arguments.current
        do {
            var command = try parse(arguments)
            try command.run()
        } catch {
            let code = exitCode(for: error)
            let message = Arguments.showingArguments(fullMessage(for: error), arguments)
            if !message.isEmpty {
                if code == .success { print(message) } else { StandardError.print(message) }
            }
            Glibc.exit(code.rawValue)
        }
    }

    /// The command `arguments` give, by the quickest way that gives it exactly.
    static func parse(_ arguments: [String]) throws -> any ParsableCommand {
        if arguments.first == "extract", let plain = Extract(plain: arguments.dropFirst()) { return plain }
        // Thousands of paths: the parser sees only the first (see LongOperandList), the command gets all.
        let long = LongOperandList(arguments)
        let forParser = long?.forParser ?? arguments
        var command = try parseDirectly(forParser) ?? parseAsRoot(forParser)
        if let long, var taking = command as? any ParsableCommand & TakesOperands {
            taking.operands = long.operands
            command = taking
        }
        return command
    }

    /// The subcommand a command line names (`extract ...`, `read ...`, or the reader's paths and options), parsed
    /// as a command of its own; nil when that does not give it (help, `--version`, completion scripts, a mistake),
    /// and the whole command line then goes to the root command as usual, for the same help and messages.
    ///
    /// Why: as the root of the command tree, swift-argument-parser first parses every command line twice more to
    /// look for `--generate-completion-script`, more than half of its time at launch (docs/performance.md). A
    /// subcommand parsed as the root of its own tree skips that check when its configuration names its
    /// super-command (`_superCommandName`), which changes nothing else: it is the root nowhere but here.
    static func parseDirectly(_ arguments: [String]) -> (any ParsableCommand)? {
        let subcommand: any ParsableCommand.Type
        var rest = arguments[...]
        switch arguments.first {
        case "extract": subcommand = Extract.self; rest = rest.dropFirst()
        case "read": subcommand = Read.self; rest = rest.dropFirst()
        case "help": return nil
        default: subcommand = Read.self  // the default subcommand
        }
        guard let command = try? subcommand.parseAsRoot(Array(rest)), type(of: command) == subcommand else { return nil }
        return command
    }
}
