import ReaderCore

/// The effective settings written out as a config file: what `byline --print-config` prints. Every setting and
/// every command with its keys, so the output is both a reference and a starting point (save it as
/// `config.toml` and edit it). Reading it back gives the same settings.
public enum ConfigText {
    /// The config file for these settings. `theme` nil means "not set": the best the terminal shows.
    /// `source` says where the settings came from (the config file's path, the command line).
    public static func render(theme: Theme?, mouse: Bool, keymap: Keymap, source: String) -> String {
        var out = """
            # byline's effective settings (byline --print-config): \(source).
            # Save as $XDG_CONFIG_HOME/byline/config.toml (~/.config/byline/config.toml) and edit; docs/config.md
            # describes every line.

            # Colour theme: "256", "8" or "mono". Not set: the best the terminal shows (mono under NO_COLOR).

            """
        if let theme {
            out += "theme = \(quoted(theme.name))\n"
        } else {
            out += "# theme = \"256\"\n"
        }
        out += """

            # Whether byline uses the mouse (false leaves it to the terminal, so text can be selected).
            mouse = \(mouse)

            [keys]
            # command = [keys]. A key given to a command is taken off any other command it could clash with.

            """
        for section in CommandGroup.allCases {
            let bindings = keymap.bindings.filter { $0.command.group == section }
            guard !bindings.isEmpty else { continue }
            out += "\n# \(section.rawValue)\n"
            for binding in bindings {
                let keys = binding.keys.map { quoted($0.description) }.joined(separator: ", ")
                out += "\(binding.command.name) = [\(keys)]\n"
            }
        }
        return out
    }

    /// A TOML basic string.
    static func quoted(_ text: String) -> String {
        "\"" + text.replacingAll("\\", with: "\\\\").replacingAll("\"", with: "\\\"") + "\""
    }
}

private extension String {
    func replacingAll(_ target: Character, with replacement: String) -> String {
        var out = ""
        for c in self { if c == target { out += replacement } else { out.append(c) } }
        return out
    }
}
