import BylineFiles
#if canImport(Glibc)
import Glibc
#endif

/// The command line and the environment as Byline reads them: every value decoded with `FileName.decode`, so a
/// file name that is not UTF-8 (`byline $'caf\xe9.txt'`) reaches `open` as the bytes the shell passed.
/// (`CommandLine.arguments` replaces such bytes with U+FFFD, naming a file that does not exist.)
enum Arguments {
    /// The arguments after the program's name.
    static var current: [String] {
        (1..<Int(CommandLine.argc)).compactMap { CommandLine.unsafeArgv[$0].map { FileName.decode(cString: $0) } }
    }

    /// A message of ArgumentParser's with every argument it quotes shown as names are shown
    /// (`FileName.shown`): `$'--bad\noption'` must not start a line of its own.
    static func showingArguments(_ message: String, _ arguments: [String]) -> String {
        var message = message
        let parts = arguments.flatMap { argument -> [String] in
            // `--option=value` is quoted whole or as its value.
            guard argument.hasPrefix("-"), let eq = argument.firstIndex(of: "=") else { return [argument] }
            return [argument, String(argument[argument.index(after: eq)...])]
        }
        for part in parts.sorted(by: { $0.count > $1.count }) where !part.isEmpty && FileName.shown(part) != part {
            message = message.replacing(part, with: FileName.shown(part))
        }
        return message
    }
}

/// The process environment as a dictionary (values decoded as file names: `XDG_STATE_HOME` may hold any byte).
enum Environment {
    static var current: [String: String] {
        var result: [String: String] = [:]
        var pointer = environ
        while let entry = pointer.pointee {
            let pair = FileName.decode(cString: entry)
            if let eq = pair.firstIndex(of: "=") {
                result[String(pair[..<eq])] = String(pair[pair.index(after: eq)...])
            }
            pointer += 1
        }
        return result
    }
}
