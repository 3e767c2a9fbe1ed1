/* The small C shim between Swift and ncursesw.
 *
 * Swift imports ncurses' real functions, but not its macros, its mutable globals (in Swift 6 mode)
 * or anything whose definition is a cast. Everything the TerminalUI module needs of those lives here,
 * together with the signal handlers that restore the terminal, which must be plain C to be safe. */
#ifndef BYLINE_CNCURSESW_SHIM_H
#define BYLINE_CNCURSESW_SHIM_H

/* SwiftPM drops the -D flags pkg-config prints, so switch the wide-character API on here. */
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif

#include <locale.h>
#include <wchar.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <signal.h>
#include <unistd.h>
#include <fcntl.h>
#include <errno.h>
#include <termios.h>
#include <ncursesw/curses.h>
/* term.h defines many short macros (lines, columns...): include it last. */
#include <ncursesw/term.h>

/* ---- attributes (NCURSES_BITS casts) ---- */
static inline attr_t cn_attr_normal(void)    { return A_NORMAL; }
static inline attr_t cn_attr_bold(void)      { return A_BOLD; }
static inline attr_t cn_attr_reverse(void)   { return A_REVERSE; }
static inline attr_t cn_attr_underline(void) { return A_UNDERLINE; }
static inline attr_t cn_attr_dim(void)       { return A_DIM; }
static inline attr_t cn_attr_italic(void)    { return A_ITALIC; }

/* ---- globals Swift 6 refuses to touch ---- */
static inline WINDOW *cn_stdscr(void) { return stdscr; }
static inline int cn_lines(void) { return LINES; }
static inline int cn_cols(void) { return COLS; }
static inline int cn_colors(void) { return COLORS; }
static inline int cn_color_pairs(void) { return COLOR_PAIRS; }

/* ---- mouse masks (macros) ---- */
static inline mmask_t cn_mouse_mask_wanted(void) {
    return BUTTON1_PRESSED | BUTTON1_CLICKED | BUTTON1_DOUBLE_CLICKED | BUTTON4_PRESSED
#ifdef BUTTON5_PRESSED
        | BUTTON5_PRESSED
#endif
        ;
}
static inline int cn_is_wheel_up(mmask_t m) { return (m & BUTTON4_PRESSED) != 0; }
static inline int cn_is_wheel_down(mmask_t m) {
#ifdef BUTTON5_PRESSED
    return (m & BUTTON5_PRESSED) != 0;
#else
    return 0;
#endif
}
static inline int cn_is_click(mmask_t m) {
    return (m & (BUTTON1_PRESSED | BUTTON1_CLICKED | BUTTON1_DOUBLE_CLICKED)) != 0;
}

/* ---- the terminal we will draw on ---- */

/* What checking the terminal found: 0 usable, 1 no TERM / unknown TERM, 2 cannot address the cursor (dumb). */
static inline int cn_check_terminal(void) {
    const char *term = getenv("TERM");
    if (term == NULL || *term == '\0') return 1;
    int err = 0;
    if (setupterm((char *)term, STDOUT_FILENO, &err) != OK) return 1;
    char *cup = tigetstr("cup");
    int usable = !(cup == NULL || cup == (char *)-1);
    del_curterm(cur_term);
    return usable ? 0 : 2;
}

/* The file descriptor keys are read from. */
static int cn_input_fd = 0;

/* Keys come from the terminal even when standard input is a pipe (like less): then read /dev/tty. */
static inline SCREEN *cn_newterm_for_tty(int input_from_dev_tty) {
    FILE *in = stdin;
    if (input_from_dev_tty) {
        in = fopen("/dev/tty", "r");
        if (in == NULL) return NULL;
    }
    cn_input_fd = fileno(in);
    return newterm(NULL, stdout, in);
}

/* Flow control off while the reader runs, so that Ctrl-S and Ctrl-Q reach the keymap instead of freezing the
 * screen (as in tmux, emacs and lazygit). def_prog_mode records it as curses' mode: endwin gives the shell back
 * its own modes (flow control on again), and after Ctrl-Z and fg the reader gets this one. */
static inline void cn_turn_off_flow_control(void) {
    struct termios modes;
    if (tcgetattr(cn_input_fd, &modes) != 0) return;
    modes.c_iflag &= ~(tcflag_t)(IXON | IXOFF);
    if (tcsetattr(cn_input_fd, TCSANOW, &modes) == 0) def_prog_mode();
}

static inline void cn_eprint(const char *s) { fputs(s, stderr); }

/* The columns the C library (and so ncurses) gives a character; declared here because glibc hides wcwidth
 * unless _XOPEN_SOURCE is defined, which SwiftPM does not pass on. */
extern int wcwidth(wchar_t c);
static inline int cn_wcwidth(int c) { return wcwidth((wchar_t)c); }

/* The character set of the current locale ("UTF-8" when wide characters will work). */
#include <langinfo.h>
static inline const char *cn_codeset(void) { return nl_langinfo(CODESET); }

/* ---- restoring the terminal on every way out ----
 *
 * Every signal whose default action ends the process (signal(7): "Term" and "Core") ends curses first:
 *
 * - termination requests (SIGINT from Ctrl-C, SIGTERM, SIGHUP when the terminal closes) become an event of the
 *   main loop: the handler only records the signal; the loop sees it (a blocking read returns EINTR, and the loop
 *   never waits more than a second), quits the normal way, saving the reading position, restores the terminal
 *   and then ends with the same signal, so the shell sees the usual status (130, 143, 129). A second one while the
 *   first is handled ends byline at once, as below.
 * - every other one (a crash: a Swift trap is SIGILL or SIGTRAP; SIGQUIT; SIGUSR1, SIGALRM, SIGXCPU from
 *   `ulimit -t`, the real-time signals ...) restores the terminal in the handler and lets the signal do what it
 *   would have done. Swift code cannot run there: only async-signal-safe calls (and endwin, as ncurses' own
 *   handlers do).
 *
 * SIGKILL cannot be caught; SIGPIPE is ignored; SIGTSTP and SIGWINCH are ncurses'. */
static volatile sig_atomic_t cn_curses_active = 0;
static volatile sig_atomic_t cn_quit_signal = 0;

static inline void cn_set_curses_active(int on) { cn_curses_active = on; }

/* The termination request waiting for the main loop (SIGINT, SIGTERM, SIGHUP), 0 if none. */
static inline int cn_pending_quit_signal(void) { return cn_quit_signal; }

/* The file descriptor keys are read from (standard input, or /dev/tty when it is a pipe). */
static inline int cn_key_input_fd(void) { return cn_input_fd; }

static void cn_restore_and_reraise(int sig) {
    if (cn_curses_active) {
        cn_curses_active = 0;
        endwin();
        /* Leave the mouse, keypad and alternate screen modes even if endwin could not. */
        static const char reset[] = "\033[?1000l\033[?1002l\033[?1006l\033[?1049l\033[?25h\r\n";
        ssize_t ignored = write(STDOUT_FILENO, reset, sizeof reset - 1);
        (void)ignored;
    }
    signal(sig, SIG_DFL);
    raise(sig);
}

static void cn_request_quit(int sig) {
    if (cn_quit_signal != 0 || !cn_curses_active) {
        cn_restore_and_reraise(sig);
        return;
    }
    cn_quit_signal = sig;
}

/* After the normal quit path ran (terminal restored, position saved): end with the signal that asked for it. */
static inline void cn_end_with_signal(int sig) {
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, sig);
    signal(sig, SIG_DFL);
    sigprocmask(SIG_UNBLOCK, &set, NULL);
    raise(sig);
    _exit(128 + sig);
}

static inline int cn_is_quit_request(int sig) { return sig == SIGINT || sig == SIGTERM || sig == SIGHUP; }

/* Every signal whose default action ends the process, but SIGKILL and SIGSTOP (which cannot be caught) and
 * SIGPIPE (ignored): fills `sigs`, returns the count. */
static inline int cn_ending_signals(int *sigs) {
    int n = 0;
    int fixed[] = { SIGHUP, SIGINT, SIGQUIT, SIGILL, SIGTRAP, SIGABRT, SIGBUS, SIGFPE, SIGUSR1, SIGSEGV, SIGUSR2,
                    SIGALRM, SIGTERM, SIGXCPU, SIGXFSZ, SIGVTALRM, SIGPROF, SIGSYS,
#ifdef SIGSTKFLT
                    SIGSTKFLT,
#endif
#ifdef SIGIO
                    SIGIO,
#endif
#ifdef SIGPWR
                    SIGPWR,
#endif
    };
    for (unsigned i = 0; i < sizeof fixed / sizeof fixed[0]; i++) sigs[n++] = fixed[i];
#ifdef SIGRTMIN
    for (int sig = SIGRTMIN; sig <= SIGRTMAX; sig++) sigs[n++] = sig;
#endif
    return n;
}

/* A parent may have started us with signals blocked (test runners and some shells do); the ones the reader
 * depends on are unblocked: resizes, suspend and resume, and the termination requests we restore on. */
static inline void cn_unblock_reader_signals(void) {
    sigset_t set;
    sigemptyset(&set);
    int sigs[] = { SIGWINCH, SIGTSTP, SIGCONT, SIGINT, SIGTERM, SIGHUP, SIGQUIT };
    for (unsigned i = 0; i < sizeof sigs / sizeof sigs[0]; i++) sigaddset(&set, sigs[i]);
    sigprocmask(SIG_UNBLOCK, &set, NULL);
    /* SIGTSTP and SIGWINCH must reach ncurses' handlers, which it installs only over the default action. */
    signal(SIGTSTP, SIG_DFL);
    signal(SIGWINCH, SIG_DFL);
}

static inline void cn_install_restoring_handlers(void) {
    /* A stack of its own, so that even a stack overflow (SIGSEGV) can restore the terminal. */
    static char alternate_stack[64 * 1024];
    stack_t ss;
    memset(&ss, 0, sizeof ss);
    ss.ss_sp = alternate_stack;
    ss.ss_size = sizeof alternate_stack;
    sigaltstack(&ss, NULL);

    int sigs[128];
    int count = cn_ending_signals(sigs);
    for (int i = 0; i < count; i++) {
        struct sigaction sa;
        memset(&sa, 0, sizeof sa);
        sigemptyset(&sa.sa_mask);
        if (cn_is_quit_request(sigs[i])) {
            /* No SA_RESTART: a read waiting for a key returns EINTR, and the loop sees the request at once. */
            sa.sa_handler = cn_request_quit;
            sa.sa_flags = SA_ONSTACK;
        } else {
            sa.sa_handler = cn_restore_and_reraise;
            sa.sa_flags = SA_RESETHAND | SA_ONSTACK;
        }
        sigaction(sigs[i], &sa, NULL);
    }
    /* Writing to a closed pipe is an error we report, not a silent death. */
    signal(SIGPIPE, SIG_IGN);
}

#endif
