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

/* Keys come from the terminal even when standard input is a pipe (like less): then read /dev/tty. */
static inline SCREEN *cn_newterm_for_tty(int input_from_dev_tty) {
    FILE *in = stdin;
    if (input_from_dev_tty) {
        in = fopen("/dev/tty", "r");
        if (in == NULL) return NULL;
    }
    return newterm(NULL, stdout, in);
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
 * Fatal signals (a Swift trap is SIGILL or SIGTRAP) and termination requests end curses first, then let the
 * signal do what it would have done, so the shell gets the usual exit status and a sane tty. */
static volatile sig_atomic_t cn_curses_active = 0;

static inline void cn_set_curses_active(int on) { cn_curses_active = on; }

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
    int sigs[] = { SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGILL, SIGTRAP, SIGABRT, SIGSEGV, SIGBUS, SIGFPE };
    for (unsigned i = 0; i < sizeof sigs / sizeof sigs[0]; i++) {
        struct sigaction sa;
        memset(&sa, 0, sizeof sa);
        sa.sa_handler = cn_restore_and_reraise;
        sigemptyset(&sa.sa_mask);
        sa.sa_flags = SA_RESETHAND;
        sigaction(sigs[i], &sa, NULL);
    }
    /* Writing to a closed pipe is an error we report, not a silent death. */
    signal(SIGPIPE, SIG_IGN);
}

#endif
