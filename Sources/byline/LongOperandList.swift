/// Command lines with thousands of paths, parsed in linear time.
///
/// swift-argument-parser (1.8) spends time proportional to the values already parsed on each value of a repeated
/// positional argument: `ParsedValues.update` copies the array parsed so far and merges the set of argument
/// positions it came from into itself, and removing a used argument scans the list from its start. 8 000 paths
/// took 3.7 s before any file was read, 10 000 took 9 s. So when a command line holds many operands (the paths),
/// all but the first are taken out before the parser sees it, and put back into the parsed command after.
///
/// To tell an operand from an option's value this needs to know which options take a value:
/// `optionsWithValue` lists them for each command, and a test compares it with what the parser itself reports.
struct LongOperandList {
    /// The options that take a value (as the next argument unless written `--name=value`), by command.
    static let optionsWithValue: [String: Set<String>] = [
        "extract": ["--benchmark", "--jobs", "-j", "--files-from", "--save"],
        "read": ["--theme", "--save"],
    ]
    static let subcommands: Set<String> = ["extract", "read", "help"]
    /// Below this many operands the parser's own time is negligible, and the command line goes to it unchanged.
    static let threshold = 64

    /// The command line for the parser: options, their values and the first operand, in their places.
    let forParser: [String]
    /// Every operand, in order.
    let operands: [String]

    /// Separates a long list of operands from `arguments` (without the program name); nil for a short one.
    init?(_ arguments: [String]) {
        var command = "read"
        var start = 0
        if let first = arguments.first, Self.subcommands.contains(first) {
            command = first
            start = 1
        }
        if command == "help" { return nil }
        let withValue = Self.optionsWithValue[command] ?? []
        var kept = Array(arguments[..<start])
        var operands: [String] = []
        var afterTerminator = false
        var i = start
        while i < arguments.count {
            let argument = arguments[i]
            if afterTerminator || argument == "-" || !argument.hasPrefix("-") {
                // The first operand stays, so that the parser validates the command as it would be given.
                if operands.isEmpty { kept.append(argument) }
                operands.append(argument)
            } else if argument == "--" {
                afterTerminator = true
                if operands.isEmpty { kept.append(argument) }
            } else {
                kept.append(argument)
                if Self.takesValue(argument, withValue), i + 1 < arguments.count {
                    i += 1
                    kept.append(arguments[i])
                }
            }
            i += 1
        }
        guard operands.count >= Self.threshold else { return nil }
        forParser = kept
        self.operands = operands
    }

    /// Whether `option` is followed by its value: `--jobs 4`, `-j 4`, `-rj 4` (short flags grouped, the last
    /// taking the value), but not `--jobs=4`.
    private static func takesValue(_ option: String, _ withValue: Set<String>) -> Bool {
        if option.contains("=") { return false }
        if withValue.contains(option) { return true }
        if !option.hasPrefix("--"), option.count > 2, let last = option.last {
            return withValue.contains("-" + String(last))
        }
        return false
    }
}

/// A command whose operands (paths) `LongOperandList` can put back after parsing.
protocol TakesOperands {
    var operands: [String] { get set }
}
