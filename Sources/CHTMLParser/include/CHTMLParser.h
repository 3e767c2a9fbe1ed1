/* The C interface WebPage parses HTML through: libxml2's SAX parser behind a header that names none of libxml2's
 * types.
 *
 * Why a header of its own: libxml2's headers include ICU's (unicode/ucnv.h) when libxml2 is built with ICU, as
 * Debian's is, and Foundation carries a different copy of ICU's definitions. A Swift module that sees both (any
 * target importing Foundation and, through WebPage, libxml2's headers) fails to build with "'UErrorCode' has
 * different definitions in different modules". Swift sees only this header; libxml2's are read by HTMLParser.c
 * alone. What the parser is told and why is written in HTMLParser.c. */
#ifndef BYLINE_CHTMLPARSER_H
#define BYLINE_CHTMLPARSER_H

/* The callbacks the Swift tree builder implements; `context` is its pointer. Text is UTF-8 (libxml2's xmlChar is an
 * unsigned char). */
typedef struct {
    void (*start)(void *context, const unsigned char *name, const unsigned char **attributes);
    void (*end)(void *context, const unsigned char *name);
    void (*characters)(void *context, const unsigned char *bytes, int length);
    /* the raw text of <script> and <style> (the Swift side keeps only JSON-LD) */
    void (*raw)(void *context, const unsigned char *bytes, int length);
} byline_html_callbacks;

/* Parses `length` bytes of UTF-8 HTML, calling `callbacks` with `context`. Returns 0, or -1 when the parser could
 * not be created (out of memory). */
int byline_html_parse(const char *bytes, int length, const byline_html_callbacks *callbacks, void *context);

#endif
