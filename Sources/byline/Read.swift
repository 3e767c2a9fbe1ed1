import ArgumentParser
import ArticleKit
import BylineFiles

/// `byline [PATH ...]`: open articles in the reader (the default command).
struct Read: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "read",
        abstract: "Read articles in the terminal (the default: `byline FILE` is `byline read FILE`).",
        discussion: """
            PATH may be files or folders; with none, ./Articles is opened. Several articles or a folder open the
            library list. When standard output is not a terminal, the article is printed as plain text.
            """
    )

    @Argument(help: "Article files or folders (default: ./Articles).", completion: .file())
    var paths: [String] = []

    func run() throws {
        let paths = self.paths.isEmpty ? ["Articles"] : self.paths
        for path in paths {
            let loaded = try loadOrExit(path)
            var out = StandardOutput()
            out.write(ExtractFormat.text(Article(analyzing: loaded.text)))
        }
    }

    private func loadOrExit(_ path: String) throws -> ArticleFile.Loaded {
        do { return try ArticleFile.load(path) } catch {
            StandardError.print("byline: \(error)")
            throw ExitCode(1)
        }
    }
}
