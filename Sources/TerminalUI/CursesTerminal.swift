@preconcurrency import CNCursesW
import ReaderCore
#if canImport(Glibc)
import Glibc
#endif

/// The real terminal, through ncursesw: reads keys, resizes and mouse actions, and copies grids to the screen.
///
/// Thin on purpose: everything the reader shows is decided in `ReaderCore`; this only translates. The terminal
/// is restored on every way out: `stop()`, a fatal signal or a termination request (the C shim's handlers),
/// and Ctrl-Z (ncurses' own suspend handling).
public final class CursesTerminal: TerminalBackend {
    /// Why the terminal cannot be used; each has a message for people.
    public enum StartFailure: Error, CustomStringConvertible {
        case noTerminalType
        case dumbTerminal(String)
        case cannotStart(String)

        public var description: String {
            switch self {
            case .noTerminalType:
                return "cannot use this terminal: TERM is not set or not a terminal type this system knows"
                    + " (try TERM=xterm-256color); `byline FILE | cat` prints the article instead"
            case .dumbTerminal(let term):
                return "cannot use a terminal of type \"\(term)\": it cannot move the cursor;"
                    + " `byline FILE | cat` prints the article instead"
            case .cannotStart(let why):
                return "cannot start the terminal: \(why)"
            }
        }
    }

    private let screen: OpaquePointer
    private let window: UnsafeMutablePointer<WINDOW>
    private var colorPairs: [ColorKey: Int16] = [:]
    private var nextPair: Int32 = 1
    private var stopped = false
    private var widthCache: [UInt32: Int32] = [:]
    /// How many colours the terminal shows (0 without colour).
    public let colors: Int

    private struct ColorKey: Hashable {
        var foreground: Color
        var background: Color
    }

    /// Starts curses on the controlling terminal. Keys come from `/dev/tty` when standard input is not a
    /// terminal (`cat article | byline -`), like `less`.
    public init(mouse: Bool) throws(StartFailure) {
        Self.chooseUTF8Locale()
        switch cn_check_terminal() {
        case 1: throw .noTerminalType
        case 2: throw .dumbTerminal(String(cString: getenv("TERM")))
        default: break
        }
        cn_unblock_reader_signals()
        cn_install_restoring_handlers()
        let inputFromTTY: Int32 = isatty(0) == 0 ? 1 : 0
        guard let screen = cn_newterm_for_tty(inputFromTTY) else {
            throw .cannotStart(inputFromTTY == 1 ? "cannot open /dev/tty for keys" : "newterm failed")
        }
        self.screen = screen
        cn_set_curses_active(1)
        window = cn_stdscr()
        _ = cbreak()
        _ = noecho()
        _ = nonl()
        cn_turn_off_flow_control()
        _ = keypad(window, true)
        _ = curs_set(0)
        _ = set_escdelay(25)
        _ = leaveok(window, true)
        if has_colors() {
            _ = start_color()
            _ = use_default_colors()
            colors = Int(cn_colors())
        } else {
            colors = 0
        }
        if mouse {
            _ = mousemask(cn_mouse_mask_wanted(), nil)
            _ = mouseinterval(0)
        }
    }

    deinit { stop() }

    /// Ends curses and gives the terminal back as it was. Safe to call twice.
    public func stop() {
        guard !stopped else { return }
        stopped = true
        _ = endwin()
        cn_set_curses_active(0)
        delscreen(screen)
    }

    /// Prefer the user's locale; if it is not UTF-8, use C.UTF-8 for characters so wide text draws correctly.
    private static func chooseUTF8Locale() {
        setlocale(LC_ALL, "")
        let codeset = String(cString: cn_codeset()).uppercased().filter { $0 != "-" }
        if codeset != "UTF8" {
            if setlocale(LC_CTYPE, "C.UTF-8") == nil { setlocale(LC_CTYPE, "en_US.UTF-8") }
        }
    }

    public var size: Size { Size(width: Int(getmaxx(window)), height: Int(getmaxy(window))) }

    /// The termination request (SIGINT, SIGTERM, SIGHUP) that ended the reader, if one did: the caller ends with
    /// it (`endWithSignal`) once the terminal is restored and the reading position saved.
    public var quitSignal: Int32? {
        let signal = cn_pending_quit_signal()
        return signal == 0 ? nil : signal
    }

    /// Ends the process with `signal`, as its default action would have (the shell sees 128 + the number).
    public static func endWithSignal(_ signal: Int32) -> Never {
        cn_end_with_signal(signal)
        exit(128 + signal)
    }

    public func nextInput(timeoutMilliseconds: Int?) -> TerminalInput {
        // Waiting for ever could miss a termination request that arrives between the check and the read (the read
        // returns EINTR only when the signal comes during it): wait a second at a time, checking in between.
        let wait = timeoutMilliseconds ?? 1000
        let clock = ContinuousClock()
        while true {
            if quitSignal != nil { return .quitRequested }
            wtimeout(window, Int32(wait))
            errno = 0
            let started = clock.now
            var ch: wint_t = 0
            let result = wget_wch(window, &ch)
            if result == KEY_CODE_YES { return functionKey(Int32(ch)) }
            if result == OK { return .key(characterKey(UInt32(ch))) }
            if quitSignal != nil { return .quitRequested }
            if timeoutMilliseconds != nil { return .timeout }
            // ERR: interrupted, a timeout, or input gone (the terminal closed: EIO, or EOF at once).
            if errno == EINTR { continue }
            if errno != 0 || clock.now - started < .milliseconds(wait / 2) { return .closed }
        }
    }

    private func characterKey(_ value: UInt32) -> Key {
        switch value {
        case 0x0A, 0x0D: return .enter
        case 0x09: return .tab
        case 0x1B: return .escape
        case 0x7F, 0x08: return .backspace
        default: return .char(Unicode.Scalar(value) ?? "\u{FFFD}")
        }
    }

    private func functionKey(_ code: Int32) -> TerminalInput {
        switch code {
        case KEY_UP: return .key(.up)
        case KEY_DOWN: return .key(.down)
        case KEY_LEFT: return .key(.left)
        case KEY_RIGHT: return .key(.right)
        case KEY_PPAGE: return .key(.pageUp)
        case KEY_NPAGE: return .key(.pageDown)
        case KEY_HOME: return .key(.home)
        case KEY_END: return .key(.end)
        case KEY_ENTER: return .key(.enter)
        case KEY_BTAB: return .key(.backTab)
        case KEY_BACKSPACE: return .key(.backspace)
        case KEY_DC: return .key(.delete)
        case KEY_RESIZE: return .resize(size)
        case KEY_MOUSE:
            var event = MEVENT()
            guard getmouse(&event) == OK else { return .timeout }
            let x = Int(event.x), y = Int(event.y)
            if cn_is_wheel_up(event.bstate) != 0 { return .mouse(MouseEvent(.wheelUp, x: x, y: y)) }
            if cn_is_wheel_down(event.bstate) != 0 { return .mouse(MouseEvent(.wheelDown, x: x, y: y)) }
            if cn_is_click(event.bstate) != 0 { return .mouse(MouseEvent(.click, x: x, y: y)) }
            return .timeout
        case KEY_F0 + 1...KEY_F0 + 24: return .key(.function(Int(code - KEY_F0)))
        default: return .timeout
        }
    }

    public func invalidate() {
        _ = clearok(window, true)
    }

    public func present(_ grid: Grid) {
        let rows = min(grid.size.height, Int(getmaxy(window)))
        let columns = min(grid.size.width, Int(getmaxx(window)))
        var wide: [wchar_t] = []
        for y in 0..<rows {
            var x = 0
            while x < columns {
                let cell = grid[x, y]
                defer { x += 1 }
                if cell.width == 0 { continue }
                var width = Int32(cell.width)
                if x + Int(width) > columns { width = 1 }
                wide.removeAll(keepingCapacity: true)
                for scalar in cell.text.unicodeScalars { wide.append(wchar_t(bitPattern: scalar.value)) }
                if wide.isEmpty { wide.append(0x20) }
                // The grid measured the glyph; if the C library disagrees, draw a stand-in of the grid's width
                // so the rest of the row cannot shift.
                if terminalWidth(UInt32(bitPattern: wide[0])) != width {
                    wide = [width == 2 ? 0xFF1F : 0x3F]
                }
                wide.append(0)
                var cchar = cchar_t()
                let (attrs, pair) = attributes(cell.style)
                _ = setcchar(&cchar, wide, attrs, pair, nil)
                _ = mvwadd_wch(window, Int32(y), Int32(x), &cchar)
            }
        }
        _ = wnoutrefresh(window)
        _ = doupdate()
    }

    private func terminalWidth(_ value: UInt32) -> Int32 {
        if value >= 0x20 && value < 0x7F { return 1 }
        if let cached = widthCache[value] { return cached }
        let w = cn_wcwidth(Int32(bitPattern: value))
        widthCache[value] = w
        return w
    }

    private func attributes(_ style: Style) -> (attr_t, Int16) {
        var attrs = cn_attr_normal()
        let a = style.attributes
        if a.contains(.bold) { attrs |= cn_attr_bold() }
        if a.contains(.dim) { attrs |= cn_attr_dim() }
        if a.contains(.underline) { attrs |= cn_attr_underline() }
        if a.contains(.reverse) { attrs |= cn_attr_reverse() }
        if a.contains(.italic) { attrs |= cn_attr_italic() }
        return (attrs, pair(style.foreground, style.background))
    }

    private func pair(_ foreground: Color, _ background: Color) -> Int16 {
        guard colors >= 8, foreground != .standard || background != .standard else { return 0 }
        let key = ColorKey(foreground: foreground, background: background)
        if let existing = colorPairs[key] { return existing }
        guard nextPair < min(cn_color_pairs(), 32767) else { return 0 }
        let number = Int16(nextPair)
        nextPair += 1
        _ = init_pair(number, colorNumber(foreground), colorNumber(background))
        colorPairs[key] = number
        return number
    }

    private func colorNumber(_ color: Color) -> Int16 {
        switch color {
        case .standard: return -1
        case .ansi(let n): return Int16(n) < Int16(colors) ? Int16(n) : Int16(n % 8)
        case .indexed(let n): return colors >= 256 ? Int16(n) : Int16(n % 8)
        }
    }
}
