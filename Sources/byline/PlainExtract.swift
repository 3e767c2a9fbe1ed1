extension Extract {
    /// `extract [--json] FILE ...`: the command line scripts and batch runners give most, read without the parser.
    /// Any other command line (another option, no file, a mistake) is nil and goes to swift-argument-parser, which
    /// gives every help and message. A test holds this to what the parser makes of the same command lines.
    ///
    /// Why: the parser discovers a command's options by reflection at every launch (Mirror, generic metadata,
    /// protocol conformance lookups), which cost more than the whole analysis of a short article, and start-up is
    /// what a script running `byline extract` once per file waits for (docs/performance.md).
    init?(plain arguments: ArraySlice<String>) {
        var json = false
        var files: [String] = []
        for argument in arguments {
            if argument == "--json" && !json {
                json = true
            } else if argument == "-" || !argument.hasPrefix("-") {
                files.append(argument)
            } else {
                return nil
            }
        }
        if files.isEmpty { return nil }
        self.init()
        // Every property is set, as the parser sets them: one left unset would stop the program when read.
        self.json = json
        jobs = nil
        filesFrom = nil
        nullSeparated = false
        recursive = false
        stdinJSONL = false
        benchmark = nil
        save = nil
        self.files = files
    }
}
