import ArgumentParser
#if canImport(Glibc)
import Glibc
#endif

/// The `byline` command: read articles in the terminal, or extract their analysis for scripts.
@main
struct Byline: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "byline",
        abstract: "A terminal reader for news articles: quotes with their speakers, entities, sections.",
        usage: """
            byline [--no-mouse] [--no-color] [--theme <theme>] [PATH ...]
            byline extract [--json] [--jobs <n>] [-r] FILE|FOLDER|- ...
            byline extract [--json] --files-from <list> [-0]
            byline extract --json --stdin-jsonl
            """,
        discussion: """
            Opens articles (plain text: headline on the first line, paragraphs separated by blank lines) in panes: \
            the text, its section headings, every direct quote grouped by speaker, and the people, places and \
            organisations it names. With no PATH, ./Articles is opened as a library. Press ? in the reader for \
            every key.

            Keys and the theme can be set in $XDG_CONFIG_HOME/byline/config.toml (~/.config/byline/config.toml); \
            reading positions are kept in $XDG_STATE_HOME/byline (~/.local/state/byline).

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

    /// Runs the command. Like ArgumentParser's own `main()`, except that its messages go through
    /// `StandardError`: they quote arguments (file names among them), which may hold escape sequences.
    static func main() {
        do {
            var command: any ParsableCommand
            let arguments = Array(CommandLine.arguments.dropFirst())
            if let long = LongOperandList(arguments) {
                // Thousands of paths: the parser sees only the first (see LongOperandList), the command gets all.
                command = try parseAsRoot(long.forParser)
                if var taking = command as? any ParsableCommand & TakesOperands {
                    taking.operands = long.operands
                    command = taking
                }
            } else {
                command = try parseAsRoot(arguments)
            }
            try command.run()
        } catch {
            let code = exitCode(for: error)
            let message = fullMessage(for: error)
            if !message.isEmpty {
                if code == .success { print(message) } else { StandardError.print(message) }
            }
            Glibc.exit(code.rawValue)
        }
    }
}
