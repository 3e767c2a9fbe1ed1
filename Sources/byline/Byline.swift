import ArgumentParser

/// The `byline` command: read articles in the terminal, or extract their analysis for scripts.
@main
struct Byline: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "byline",
        abstract: "A terminal reader for news articles: quotes with their speakers, entities, sections.",
        discussion: """
            Opens articles (plain text: headline on the first line, paragraphs separated by blank lines) in panes:
            the text, its section headings, every direct quote grouped by speaker, and the people, places and
            organisations it names. Press ? in the reader for every key.

            EXIT STATUS
              0  success
              1  an article could not be read (missing, unreadable, not text, empty) or printing failed
              2  the terminal cannot be used (TERM unset, unknown or dumb)
             64  wrong arguments
            """,
        version: version,
        subcommands: [Read.self, Extract.self],
        defaultSubcommand: Read.self
    )
}
